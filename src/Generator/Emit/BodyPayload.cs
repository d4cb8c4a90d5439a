using System;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// One paper's body as the generated code stores it: Markdown, HTML, plain text, word count, key findings and
/// sections, written by <see cref="PayloadWriter"/>, compressed with Deflate and encoded as Base64 for a string
/// literal. The three texts of a body repeat each other, so together they compress to about a fifth: the compiler
/// reads and embeds far fewer characters, and the body costs nothing at run time until it is read.
/// <c>StoreRuntime</c>'s <c>Body</c> constructor reads the fields back in the same order.
/// </summary>
internal static class BodyPayload
{
    public static string Encode(PaperBody body)
    {
        var writer = new PayloadWriter(body.Markdown.Length + body.Html.Length + body.PlainText.Length + 256);
        writer.WriteString(body.Markdown);
        writer.WriteString(body.Html);
        writer.WriteString(body.PlainText);
        writer.WriteInt(body.WordCount);
        writer.WriteInt(body.KeyFindings.Count);
        foreach (var finding in body.KeyFindings)
        {
            writer.WriteString(finding);
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
