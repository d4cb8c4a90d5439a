namespace ContentGen.Parsing;

/// <summary>How a file's front matter was found, or why it was not.</summary>
internal enum FrontMatterStatus
{
    Found,
    Missing,
    Unclosed,
    NotAtTop,
    UnsupportedFormat,
}

/// <summary>
/// The front matter block of a file: the YAML text between the opening and closing <c>---</c> lines, as offsets into
/// the file's text, and where the body starts.
/// </summary>
internal readonly struct FrontMatterBlock
{
    public FrontMatterBlock(FrontMatterStatus status, int openingLine, int yamlStart, int yamlEnd, int bodyStart, int closingLine = 0)
    {
        Status = status;
        OpeningLine = openingLine;
        ClosingLine = closingLine;
        YamlStart = yamlStart;
        YamlEnd = yamlEnd;
        BodyStart = bodyStart;
    }

    public FrontMatterStatus Status { get; }

    /// <summary>The 0-based line of the opening delimiter (or of the offending line when not found).</summary>
    public int OpeningLine { get; }

    /// <summary>The 0-based line of the closing delimiter.</summary>
    public int ClosingLine { get; }

    public int YamlStart { get; }

    public int YamlEnd { get; }

    public int BodyStart { get; }
}

/// <summary>
/// Splits Hugo-style YAML front matter from the body. We split ourselves rather than through Markdig's
/// front-matter extension, which silently renders an unclosed block as body text.
/// </summary>
internal static class FrontMatterSplitter
{
    public static FrontMatterBlock Split(string text, LineMap lines)
    {
        var firstLine = lines.LineText(0);
        if (IsDelimiter(firstLine, "---"))
        {
            for (var line = 1; line < lines.LineCount; line++)
            {
                var content = lines.LineText(line);
                if (IsDelimiter(content, "---") || IsDelimiter(content, "..."))
                {
                    var yamlStart = lines.LineStart(1);
                    var yamlEnd = lines.LineStart(line);
                    var bodyStart = line + 1 < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
                    return new FrontMatterBlock(FrontMatterStatus.Found, 0, yamlStart, yamlEnd, bodyStart, line);
                }
            }

            return new FrontMatterBlock(FrontMatterStatus.Unclosed, 0, 0, 0, 0);
        }

        if (IsDelimiter(firstLine, "+++") || firstLine.TrimStart().StartsWith("{", System.StringComparison.Ordinal))
        {
            return new FrontMatterBlock(FrontMatterStatus.UnsupportedFormat, 0, 0, 0, 0);
        }

        // A delimiter further down, after blank lines or text, is front matter in the wrong place.
        for (var line = 0; line < lines.LineCount; line++)
        {
            var content = lines.LineText(line);
            if (IsDelimiter(content, "---"))
            {
                return IsBlank(text, 0, lines.LineStart(line)) || LooksLikeYamlAfter(text, lines, line)
                    ? new FrontMatterBlock(FrontMatterStatus.NotAtTop, line, 0, 0, 0)
                    : new FrontMatterBlock(FrontMatterStatus.Missing, 0, 0, 0, 0);
            }
        }

        return new FrontMatterBlock(FrontMatterStatus.Missing, 0, 0, 0, 0);
    }

    /// <summary>A line that is exactly the delimiter, allowing trailing spaces or tabs (a BOM is removed before).</summary>
    private static bool IsDelimiter(string line, string delimiter)
        => line.TrimEnd(' ', '\t') == delimiter;

    private static bool LooksLikeYamlAfter(string text, LineMap lines, int line)
    {
        if (line + 1 >= lines.LineCount)
        {
            return false;
        }

        var next = lines.LineText(line + 1);
        var colon = next.IndexOf(':');
        return colon > 0 && next.Substring(0, colon).IndexOf(' ') < 0;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
