using System;
using ContentGen.Model;

namespace ContentGen.Payload;

/// <summary>
/// One document's body as the generated code stores it: Markdown, HTML, plain text, word count, the list sections and
/// sections, written by <see cref="PayloadWriter"/>, compressed with Deflate and encoded as Base64 for a string
/// literal. The three texts of a body repeat each other, so together they compress to about a fifth: the compiler
/// reads and embeds far fewer characters, and the body costs nothing at run time until it is read.
/// The run time's <c>DocumentBody</c> constructor (EmbeddedResources/ContentGenRuntime.cs) reads the fields back in the same order.
/// </summary>
internal static class BodyPayload
{
    public static string Encode(DocumentBody body)
    {
        var writer = new PayloadWriter(body.Markdown.Length + body.Html.Length + body.PlainText.Length + 256);
        writer.WriteString(body.Markdown);
        writer.WriteString(body.Html);
        writer.WriteString(body.PlainText);
        writer.WriteInt(body.WordCount);
        writer.WriteInt(body.Lists.Count);
        foreach (var list in body.Lists)
        {
            writer.WriteInt(list.Count);
            foreach (var item in list)
            {
                writer.WriteString(item);
            }
        }

        writer.WriteInt(body.Sections.Count);
        foreach (var section in body.Sections)
        {
            writer.WriteString(section.Title);
            writer.WriteInt(section.Level);
            writer.WriteString(section.Anchor);
            writer.WriteInt(section.HtmlStart);
            writer.WriteInt(section.HtmlLength);
        }

        return Convert.ToBase64String(writer.ToDeflatedArray());
    }
}
