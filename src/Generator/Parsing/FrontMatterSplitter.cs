using System;
namespace ContentGen.Parsing;

/// <summary>How a file's front matter was found, or why it was not.</summary>
internal enum FrontMatterStatus
{
    Found,
    Missing,
    Unclosed,
    NotAtTop,
}

/// <summary>The three front-matter formats Hugo reads, told apart by the file's first characters.</summary>
internal enum FrontMatterFormat
{
    /// <summary>YAML between <c>---</c> lines (a closing <c>...</c> line is accepted too).</summary>
    Yaml,

    /// <summary>TOML between <c>+++</c> lines.</summary>
    Toml,

    /// <summary>A JSON object that starts the file; its closing <c>}</c> ends the front matter.</summary>
    Json,
}

/// <summary>
/// The front matter block of a file: its format, the metadata text (between the opening and closing <c>---</c> or
/// <c>+++</c> lines, or the JSON object from its <c>{</c> to its <c>}</c>) as offsets into the file's text, and where
/// the body starts.
/// </summary>
internal readonly struct FrontMatterBlock
{
    public FrontMatterBlock(FrontMatterStatus status, int openingLine, int yamlStart, int yamlEnd, int bodyStart, int closingLine = 0, FrontMatterFormat format = FrontMatterFormat.Yaml)
    {
        Status = status;
        Format = format;
        OpeningLine = openingLine;
        ClosingLine = closingLine;
        YamlStart = yamlStart;
        YamlEnd = yamlEnd;
        BodyStart = bodyStart;
    }

    public FrontMatterStatus Status { get; }

    public FrontMatterFormat Format { get; }

    /// <summary>The 0-based line of the opening delimiter (or of the offending line when not found).</summary>
    public int OpeningLine { get; }

    /// <summary>The 0-based line of the closing delimiter (for JSON, the line of the object's closing <c>}</c>).</summary>
    public int ClosingLine { get; }

    /// <summary>Offset of the metadata text, whatever its <see cref="Format"/> (the name is from when it was YAML only).</summary>
    public int YamlStart { get; }

    /// <summary>Offset just past the metadata text.</summary>
    public int YamlEnd { get; }

    public int BodyStart { get; }
}

/// <summary>
/// Splits Hugo-style front matter (YAML between <c>---</c> lines, TOML between <c>+++</c> lines, or a JSON object)
/// from the body. We split ourselves rather than through Markdig's front-matter extension, which silently renders an
/// unclosed block as body text.
/// </summary>
internal static class FrontMatterSplitter
{
    public static FrontMatterBlock Split(string text, LineMap lines)
    {
        var firstLine = lines.LineChars(0);
        if (IsDelimiter(firstLine, "---"))
        {
            return SplitDelimited(text, lines, FrontMatterFormat.Yaml, "---", "...");
        }

        if (IsDelimiter(firstLine, "+++"))
        {
            return SplitDelimited(text, lines, FrontMatterFormat.Toml, "+++", "+++");
        }

        if (text.Length > 0 && text[0] == '{')
        {
            return SplitJson(text, lines);
        }

        // A delimiter further down, after blank lines or text, is front matter in the wrong place.
        for (var line = 0; line < lines.LineCount; line++)
        {
            var content = lines.LineChars(line);
            if (IsDelimiter(content, "---"))
            {
                return IsBlank(text, 0, lines.LineStart(line)) || LooksLikeYamlAfter(text, lines, line)
                    ? new FrontMatterBlock(FrontMatterStatus.NotAtTop, line, 0, 0, 0)
                    : new FrontMatterBlock(FrontMatterStatus.Missing, 0, 0, 0, 0);
            }
        }

        return new FrontMatterBlock(FrontMatterStatus.Missing, 0, 0, 0, 0);
    }

    private static FrontMatterBlock SplitDelimited(string text, LineMap lines, FrontMatterFormat format, string delimiter, string alternative)
    {
        for (var line = 1; line < lines.LineCount; line++)
        {
            var content = lines.LineChars(line);
            if (IsDelimiter(content, delimiter) || IsDelimiter(content, alternative))
            {
                var start = lines.LineStart(1);
                var end = lines.LineStart(line);
                var bodyStart = line + 1 < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
                return new FrontMatterBlock(FrontMatterStatus.Found, 0, start, end, bodyStart, line, format);
            }
        }

        return new FrontMatterBlock(FrontMatterStatus.Unclosed, 0, 0, 0, 0, format: format);
    }

    /// <summary>
    /// JSON front matter, as Hugo reads it: the object that starts the file, up to its matching <c>}</c>. Brackets
    /// inside strings do not count; a string also ends at a line break (JSON allows none in a string), so an unclosed
    /// quote is reported where it is by the JSON reader rather than as an object that never closes. The body starts
    /// on the line after the closing brace.
    /// </summary>
    private static FrontMatterBlock SplitJson(string text, LineMap lines)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"' || c == '\n' || c == '\r')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{':
                case '[':
                    depth++;
                    break;
                case '}':
                case ']':
                    if (--depth == 0)
                    {
                        var closingLine = lines.LineOf(i);
                        var bodyStart = closingLine + 1 < lines.LineCount ? lines.LineStart(closingLine + 1) : text.Length;
                        return new FrontMatterBlock(FrontMatterStatus.Found, 0, 0, i + 1, bodyStart, closingLine, FrontMatterFormat.Json);
                    }

                    break;
            }
        }

        return new FrontMatterBlock(FrontMatterStatus.Unclosed, 0, 0, 0, 0, format: FrontMatterFormat.Json);
    }

    /// <summary>A line that is exactly the delimiter, allowing trailing spaces or tabs (a BOM is removed before).</summary>
    private static bool IsDelimiter(ReadOnlySpan<char> line, string delimiter)
        => line.TrimEnd(" \t".AsSpan()).SequenceEqual(delimiter.AsSpan());

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
