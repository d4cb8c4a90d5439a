using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ContentGen.Diagnostics;

namespace ContentGen.Parsing;

/// <summary>
/// Checks a body against the shape its collection expects: its required sections (for papers <c>## Summary</c> and
/// <c>## Key Findings</c>), none empty, and, for papers, no placeholder left over from the Hugo archetype.
/// </summary>
internal static class BodyChecks
{
    /// <summary>The placeholders of the paper archetype, as they are left in a file nobody finished.</summary>
    private static readonly Regex Placeholders = new(
        @"\[Brief summary[^\]\n]*\]|\[Your critical analysis[^\]\n]*\]|\[Questions to be written[^\]\n]*\]|(?<=^[ \t]*(?:[-*+]|[0-9]+\.)[ \t]+)Finding [0-9]+[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline);

    /// <summary>
    /// Whether <see cref="Placeholders"/> can match at all: each of its placeholders holds one of these words. The
    /// regular expression, with its look-behind, costs far more per body than these searches.
    /// </summary>
    private static bool MayHoldPlaceholder(ReadOnlySpan<char> markdown)
        => markdown.IndexOf("[Brief summary".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || markdown.IndexOf("[Your critical analysis".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || markdown.IndexOf("[Questions to be written".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || markdown.IndexOf("Finding ".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>How many '[' one paragraph may hold: Markdig's link parsing is quadratic in it (20,000 × "[a](b" takes seconds).</summary>
    public const int MaxBracketsPerParagraph = 256;

    /// <summary>How many emphasis markers ('*', '_') one paragraph may hold before Markdig's delimiter processing slows down.</summary>
    public const int MaxEmphasisPerParagraph = 1000;

    /// <summary>How many backticks one paragraph may hold: matching code-span delimiters slows down past that.</summary>
    public const int MaxBackticksPerParagraph = 1000;

    /// <summary>How many lines with a '|' (table rows) one paragraph may hold: Markdig's pipe tables cost about 50 µs a row.</summary>
    public const int MaxTableRows = 1000;

    /// <summary>Per file, the same constructs may appear this many times at most (each paragraph can be under its limit).</summary>
    public const int MaxBracketsPerFile = 5000;

    public const int MaxEmphasisPerFile = 10000;

    public const int MaxBackticksPerFile = 10000;

    public const int MaxTableRowsPerFile = 5000;

    /// <summary>How deep block quotes ('&gt;') may nest on one line.</summary>
    public const int MaxQuoteDepth = 32;

    /// <summary>
    /// Reports, as CG0305 at its line, that a body holds so many of the constructs Markdig handles slowly (see the limits
    /// above, found by <see cref="FindComplexityBreach"/> in one pass before Markdig sees the body) that one file could
    /// stall the build: the body is not rendered.
    /// </summary>
    public static void ReportComplexity(BreachFact breach, string filePath, DiagnosticList diagnostics)
        => diagnostics.Add(
            DiagnosticDescriptors.BodyTooComplex,
            breach.Line.ToLocation(filePath),
            breach.Where,
            breach.What,
            breach.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The first place where the body holds more of a construct than Markdig renders quickly, or null. The build step
    /// that renders bodies asks the same before it renders one, so a body the generator rejects never stalls the build.
    /// </summary>
    public static ComplexityBreach? FindComplexityBreach(ReadOnlySpan<char> markdown)
    {
        int brackets = 0, emphasis = 0, backticks = 0, tableRows = 0, paragraphLine = 0, quoteDepth = 0;
        int fileBrackets = 0, fileEmphasis = 0, fileBackticks = 0, fileTableRows = 0;

        // A line at a time, jumping from one construct to the next with a vectorised search: this runs over every body of
        // every build, and most characters are none of them.
        for (int line = 0, start = 0; start <= markdown.Length; line++)
        {
            var newline = markdown.Slice(start).IndexOf('\n');
            var end = newline < 0 ? markdown.Length : start + newline;
            var text = markdown.Slice(start, end - start);
            start = end + 1;

            quoteDepth = 0;
            for (var q = 0; q < text.Length && text[q] is '>' or ' ' or '\t'; q++)
            {
                quoteDepth += text[q] == '>' ? 1 : 0;
            }

            var lineHasPipe = false;
            for (var rest = text; rest.IndexOfAny(Constructs) is var next && next >= 0; rest = rest.Slice(next + 1))
            {
                switch (rest[next])
                {
                    case '|': lineHasPipe = true; break;
                    case '[': brackets++; fileBrackets++; break;
                    case '*': case '_': emphasis++; fileEmphasis++; break;
                    default: backticks++; fileBackticks++; break;
                }
            }

            // Limits are checked once a line, at its end: a line's worth of overshoot costs nothing, a check per character does.
            tableRows += lineHasPipe ? 1 : 0;
            fileTableRows += lineHasPipe ? 1 : 0;
            var breach =
                brackets > MaxBracketsPerParagraph ? ("This paragraph", "'[' (links, references and footnotes)", MaxBracketsPerParagraph)
                : emphasis > MaxEmphasisPerParagraph ? ("This paragraph", "emphasis markers ('*' and '_')", MaxEmphasisPerParagraph)
                : backticks > MaxBackticksPerParagraph ? ("This paragraph", "backticks ('`')", MaxBackticksPerParagraph)
                : tableRows > MaxTableRows ? ("This paragraph", "table rows", MaxTableRows)
                : quoteDepth > MaxQuoteDepth ? ("This line", "nested block quotes ('>')", MaxQuoteDepth)
                : fileBrackets > MaxBracketsPerFile ? ("The body", "'[' (links, references and footnotes)", MaxBracketsPerFile)
                : fileEmphasis > MaxEmphasisPerFile ? ("The body", "emphasis markers ('*' and '_')", MaxEmphasisPerFile)
                : fileBackticks > MaxBackticksPerFile ? ("The body", "backticks ('`')", MaxBackticksPerFile)
                : fileTableRows > MaxTableRowsPerFile ? ("The body", "table rows", MaxTableRowsPerFile)
                : default((string Where, string What, int Limit)?);
            if (breach is { } found)
            {
                return new ComplexityBreach(found.Where == "This line" ? line : found.Where == "The body" ? 0 : paragraphLine, found.Where, found.What, found.Limit);
            }

            if (text.Trim().Length == 0)
            {
                brackets = emphasis = backticks = tableRows = 0;
                paragraphLine = line + 1;
            }
        }

        return null;
    }

    /// <summary>The characters <see cref="FindComplexityBreach"/> counts.</summary>
    private static readonly char[] Constructs = { '|', '[', '*', '_', '`' };

    /// <summary>Reports missing or empty expected sections and leftover placeholders.</summary>
    /// <param name="lines">The line map of the file (whose front matter at least it covers).</param>
    /// <param name="bodyAnchorLine">The file line to report a missing section at (the closing front-matter delimiter).</param>
    /// <param name="body">The body's facts: its level-2 headings and placeholders.</param>
    /// <param name="spec">The collection's body rules.</param>
    /// <param name="checkPlaceholders">Whether to report the paper archetype's placeholders.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static void Check(LineMap lines, int bodyAnchorLine, BodyFacts body, Model.BodySpec spec, bool checkPlaceholders, DiagnosticList diagnostics)
    {
        foreach (var expected in spec.RequiredSections)
        {
            HeadingFact? found = null;
            foreach (var heading in body.Headings)
            {
                if (string.Equals(heading.Title, expected, StringComparison.OrdinalIgnoreCase))
                {
                    found = heading;
                    break;
                }
            }

            if (found is null)
            {
                diagnostics.Add(DiagnosticDescriptors.MissingSection, lines.LineLocation(bodyAnchorLine), expected);
            }
            else if (found.IsEmpty)
            {
                diagnostics.Add(DiagnosticDescriptors.EmptySection, found.Line.ToLocation(lines.FilePath), found.Title);
            }
        }

        if (checkPlaceholders)
        {
            foreach (var placeholder in body.Placeholders)
            {
                diagnostics.Add(DiagnosticDescriptors.Placeholder, placeholder.Place.ToLocation(lines.FilePath), placeholder.Value);
            }
        }
    }

    /// <summary>The paper archetype's placeholders left in a body, in order, with their places in the file.</summary>
    /// <param name="lines">The line map of the whole file.</param>
    /// <param name="body">The body, with <c>\n</c> line breaks.</param>
    /// <param name="firstBodyLine">The file line (0-based) of the body's first line.</param>
    public static List<PlaceholderFact> FindPlaceholders(LineMap lines, ReadOnlySpan<char> body, int firstBodyLine)
    {
        var found = new List<PlaceholderFact>();
        if (!MayHoldPlaceholder(body))
        {
            return found;
        }

        // Matches come in order, so the line count carries over from one to the next.
        var markdown = body.ToString();
        var lineIndex = 0;
        var lineStart = 0;
        var scanned = 0;
        foreach (Match match in Placeholders.Matches(markdown))
        {
            for (var i = scanned; i < match.Index; i++)
            {
                if (markdown[i] == '\n')
                {
                    lineIndex++;
                    lineStart = i + 1;
                }
            }

            scanned = match.Index;
            var fileLine = firstBodyLine + lineIndex;
            if (fileLine >= lines.LineCount)
            {
                continue;
            }

            var start = lines.LineStart(fileLine) + (match.Index - lineStart);
            var value = match.Value.TrimEnd();
            found.Add(new PlaceholderFact(lines.PlaceOf(start, start + value.Length), value));
        }

        return found;
    }
}

/// <summary>Where a body holds too much of a construct: the body line (0-based), what it is ("This paragraph"), the construct and its limit.</summary>
internal readonly record struct ComplexityBreach(int Line, string Where, string What, int Limit);
