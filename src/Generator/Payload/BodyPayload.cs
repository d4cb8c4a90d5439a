using ContentGen.Model;

namespace ContentGen.Payload;

/// <summary>
/// One document's body as ContentGen's build step stores it in the body resource (<see cref="BodyResource"/>):
/// Markdown, HTML, plain text, word count, sections with their lists and the keys the body cites, written by <see cref="PayloadWriter"/> and
/// compressed with <see cref="Deflate"/>. The three texts of a body repeat each other, so together they compress well.
/// The run time's <c>DocumentBody</c> constructor (EmbeddedResources/ContentGenRuntime.cs) reads the fields back in the same order.
/// </summary>
internal static class BodyPayload
{
    /// <summary>The body's bytes, before compression.</summary>
    public static byte[] Encode(DocumentBody body)
    {
        var writer = new PayloadWriter(body.Markdown.Length + body.Html.Length + body.PlainText.Length + 256);
        writer.WriteString(body.Markdown);
        writer.WriteString(body.Html);
        writer.WriteString(body.PlainText);
        writer.WriteInt(body.WordCount);
        writer.WriteInt(body.Sections.Count);
        foreach (var section in body.Sections)
        {
            writer.WriteString(section.Title);
            writer.WriteInt(section.Level);
            writer.WriteString(section.Anchor);
            writer.WriteInt(section.HtmlStart);
            writer.WriteInt(section.HtmlLength);
            writer.WriteInt(section.Items.Count);
            foreach (var item in section.Items)
            {
                writer.WriteString(item);
            }
        }

        writer.WriteInt(body.CitedKeys.Count);
        foreach (var key in body.CitedKeys)
        {
            writer.WriteString(key);
        }

        return writer.ToArray();
    }
}
