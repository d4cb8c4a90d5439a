namespace ContentGen.Parsing;

/// <summary>A content file's body as it is checked, hashed and rendered, and the file line it starts on.</summary>
/// <param name="Markdown">The text after the front matter, with <c>\n</c> line breaks and without leading blank lines.</param>
/// <param name="FirstLine">The 0-based file line of the body's first line.</param>
internal readonly record struct BodyText(string Markdown, int FirstLine);

/// <summary>
/// Where a content file's body is. The generator (which checks and hashes bodies) and the build step that renders them
/// (Build/RenderBodies) both take the body from here, so both see the same text and compute the same hash.
/// </summary>
internal static class BodySource
{
    /// <summary>The body of a file whose front matter was found.</summary>
    public static BodyText Of(string text, FrontMatterBlock block)
    {
        var body = text.Substring(block.BodyStart);
        var normalized = body.IndexOf('\r') < 0 ? body : body.Replace("\r\n", "\n").Replace('\r', '\n');
        var markdown = normalized.TrimStart('\n');
        return new BodyText(markdown, block.ClosingLine + 1 + (normalized.Length - markdown.Length));
    }

    /// <summary>The body of a file as read from disk, or null when it has no front matter (and so is no document).</summary>
    public static BodyText? Of(string fileText)
    {
        var text = WithoutByteOrderMark(fileText);
        var block = FrontMatterSplitter.Split(text, new LineMap(string.Empty, text));
        return block.Status == FrontMatterStatus.Found ? Of(text, block) : null;
    }

    /// <summary>The text without a leading U+FEFF, which is no part of the content.</summary>
    public static string WithoutByteOrderMark(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
}
