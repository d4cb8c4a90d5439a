using System;

namespace ContentGen.Parsing;

/// <summary>A content file's body as it is checked, hashed and rendered, and the file line it starts on.</summary>
/// <param name="Text">The string the body is the end of, from <paramref name="Start"/> on: the file's text itself when its line breaks are all <c>\n</c>, so checking a body copies nothing.</param>
/// <param name="Start">Where the body starts in <paramref name="Text"/>.</param>
/// <param name="FirstLine">The 0-based file line of the body's first line.</param>
internal readonly record struct BodyText(string Text, int Start, int FirstLine)
{
    /// <summary>The text after the front matter, with <c>\n</c> line breaks and without leading blank lines.</summary>
    public ReadOnlySpan<char> Span => Text.AsSpan(Start);

    /// <summary>As <see cref="Span"/>, as a string of its own (a copy, unless the body is the whole text).</summary>
    public string Markdown => Start == 0 ? Text : Text.Substring(Start);
}

/// <summary>
/// Where a content file's body is. The generator (which checks and hashes bodies) and the build step that renders them
/// (Build/RenderBodies) both take the body from here, so both see the same text and compute the same hash.
/// </summary>
internal static class BodySource
{
    /// <summary>The body of a file whose front matter was found.</summary>
    public static BodyText Of(string text, FrontMatterBlock block)
    {
        if (text.IndexOf('\r', block.BodyStart) < 0)
        {
            var start = block.BodyStart;
            while (start < text.Length && text[start] == '\n')
            {
                start++;
            }

            return new BodyText(text, start, block.ClosingLine + 1 + (start - block.BodyStart));
        }

        var normalized = text.Substring(block.BodyStart).Replace("\r\n", "\n").Replace('\r', '\n');
        var markdown = normalized.TrimStart('\n');
        return new BodyText(markdown, 0, block.ClosingLine + 1 + (normalized.Length - markdown.Length));
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
