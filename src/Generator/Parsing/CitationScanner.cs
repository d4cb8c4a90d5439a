using System;
using System.Collections.Generic;
using ContentGen.Model;

namespace ContentGen.Parsing;

/// <summary>
/// Finds the Pandoc-style citations of a body (<c>[@key]</c>, <c>[@key, p. 4]</c>, <c>[see @a; @b]</c>, <c>@key</c> in
/// running text, <c>-@key</c>, <c>@{key}</c>) by one scan of its lines, without rendering it: the citations are checked
/// against the bibliography and give papers' <c>Cites</c>, whatever renders the body. Fenced code blocks and code spans
/// are skipped, and an <c>@</c> after a letter, digit or one of <c>. / : _ + = ' "</c> is not a citation (an e-mail address,
/// a URL, a handle in a path).
/// </summary>
internal static class CitationScanner
{
    /// <summary>At most this many citations are kept per file: enough for any real body, and a bound on a hostile one.</summary>
    public const int MaxCitations = 1000;

    /// <summary>
    /// The citations of the body that starts at <paramref name="bodyStart"/> in <paramref name="text"/>, in order, with
    /// their places in the file: free of the compiler's types (<see cref="BodyFacts"/>).
    /// </summary>
    public static List<CitationFact> Places(string text, LineMap lines, int bodyStart)
    {
        var citations = new List<CitationFact>();
        foreach (var (start, end, key) in Find(text, bodyStart))
        {
            citations.Add(new CitationFact(lines.PlaceOf(start, end), key));
        }

        return citations;
    }

    /// <summary>The citations of a body as the pipeline holds them, located in <paramref name="filePath"/>.</summary>
    public static EquatableArray<CitationUse> Uses(IReadOnlyList<CitationFact> citations, string filePath)
    {
        var uses = new CitationUse[citations.Count];
        for (var i = 0; i < uses.Length; i++)
        {
            uses[i] = new CitationUse(citations[i].Key, citations[i].Place.ToLocation(filePath));
        }

        return new EquatableArray<CitationUse>(uses);
    }

    /// <summary>
    /// Where each citation is: from its <c>@</c> to the end of its key, and the key. Free of the compiler's types, so the
    /// build step finds the same citations when it renders the body (<see cref="BodyRenderer"/>).
    /// </summary>
    public static List<(int Start, int End, string Key)> Find(string text, int bodyStart)
    {
        var citations = new List<(int Start, int End, string Key)>();
        var fenceMarker = '\0';
        var fenceLength = 0;
        var lineStart = bodyStart;
        while (lineStart < text.Length && citations.Count < MaxCitations)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            // Spans, not substrings: this runs over every line of every body in every build.
            var trimmed = text.AsSpan(lineStart, lineEnd - lineStart).TrimStart(' ').TrimEnd('\r');
            if (fenceLength > 0)
            {
                if (trimmed.Length >= fenceLength && trimmed.Slice(0, fenceLength).Trim(fenceMarker).Length == 0 && trimmed.Trim().TrimStart(fenceMarker).Length == 0)
                {
                    fenceLength = 0;
                }
            }
            else if (FenceLength(trimmed) is var opening && opening > 0)
            {
                fenceMarker = trimmed[0];
                fenceLength = opening;
            }
            else if (trimmed.IndexOfAny('@', '`') >= 0)
            {
                ScanLine(text, lineStart, lineEnd, citations);
            }

            lineStart = lineEnd + 1;
        }

        return citations;
    }

    /// <summary>The keys cited, each once (ignoring case, the first spelling kept), sorted ordinally ignoring case.</summary>
    public static EquatableArray<string> DistinctKeys(EquatableArray<CitationUse> citations)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var keys = new List<string>();
        foreach (var citation in citations)
        {
            if (seen.Add(citation.Key))
            {
                keys.Add(citation.Key);
            }
        }

        keys.Sort(StringComparer.OrdinalIgnoreCase);
        return keys.ToEquatableArray();
    }

    /// <summary>The length of the fence a line opens (<c>```</c> or <c>~~~</c>, three or more), or 0.</summary>
    private static int FenceLength(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 3 || (trimmed[0] != '`' && trimmed[0] != '~'))
        {
            return 0;
        }

        var count = 0;
        while (count < trimmed.Length && trimmed[count] == trimmed[0])
        {
            count++;
        }

        return count >= 3 ? count : 0;
    }

    /// <summary>Runs of backticks to search for the end of a code span, without a string per span.</summary>
    private static readonly string Backticks = new('`', 32);

    private static void ScanLine(string text, int start, int end, List<(int Start, int End, string Key)> citations)
    {
        var i = start;
        while (i < end && citations.Count < MaxCitations)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny('@', '`');
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (c == '`')
            {
                // A code span: skip to the closing run of as many backticks, or to the end of the line.
                var run = 0;
                while (i + run < end && text[i + run] == '`')
                {
                    run++;
                }

                var closing = run <= Backticks.Length ? Backticks.AsSpan(0, run) : new string('`', run).AsSpan();
                var close = text.AsSpan(i + run, end - (i + run)).IndexOf(closing);
                i = close < 0 ? i + run : i + run + close + run;
                continue;
            }

            if (c == '@' && (i == start || StartsCitation(text[i - 1])) && ReadKey(text, i + 1, end) is { } key)
            {
                citations.Add((i, key.End, key.Key));
                i = key.End;
                continue;
            }

            i++;
        }
    }

    /// <summary>Whether a character may stand just before the <c>@</c> of a citation.</summary>
    private static bool StartsCitation(char previous)
        => char.IsWhiteSpace(previous) || previous is '[' or '(' or ';' or '-' or '*' or '>';

    /// <summary>
    /// The key after an <c>@</c>: <c>{anything but braces}</c>, or a letter, digit or <c>_</c> followed by those and
    /// internal punctuation (<c>: . # $ % &amp; - + ? &lt; &gt; ~ /</c>), punctuation at its end left out; and where it
    /// ends (after a closing brace).
    /// </summary>
    private static (string Key, int End)? ReadKey(string text, int start, int end)
    {
        if (start >= end)
        {
            return null;
        }

        if (text[start] == '{')
        {
            var close = text.IndexOf('}', start + 1, end - start - 1);
            var braced = close < 0 ? string.Empty : text.Substring(start + 1, close - start - 1).Trim();
            return braced.Length == 0 || braced.IndexOf('{') >= 0 ? null : (braced, close + 1);
        }

        if (!IsKeyStart(text[start]))
        {
            return null;
        }

        var i = start + 1;
        while (i < end && (IsKeyStart(text[i]) || IsInternalPunctuation(text[i])))
        {
            i++;
        }

        while (IsInternalPunctuation(text[i - 1]))
        {
            i--;
        }

        return (text.Substring(start, i - start), i);
    }

    private static bool IsKeyStart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsInternalPunctuation(char c) => c is ':' or '.' or '#' or '$' or '%' or '&' or '-' or '+' or '?' or '<' or '>' or '~' or '/';
}
