using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SampleApp.Search;

/// <summary>One searchable document: a paper or a note, as text the generator already produced.</summary>
/// <param name="Kind">"paper" or "note".</param>
/// <param name="Slug">The document's slug.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">The front-matter summary, when there is one.</param>
/// <param name="PlainText">The body as plain text (the generator's <c>PlainText</c>).</param>
/// <param name="Date">Its date, to break ties newest first.</param>
internal sealed record SearchDocument(string Kind, string Slug, string Title, string? Summary, string PlainText, DateOnly Date);

/// <summary>A part of a snippet that matched a word of the query.</summary>
internal readonly record struct Highlight(int Start, int Length);

/// <summary>A document that matched, its score and a snippet of its text around the match.</summary>
internal sealed record SearchHit(SearchDocument Document, int Score, string Snippet, IReadOnlyList<Highlight> Highlights);

/// <summary>
/// Ranked search over title, summary and body. Every word of the query must occur (as part of a word, ignoring case)
/// in one of the three; a word counts most in the title, then the summary, then the body, and the whole query as
/// a phrase counts extra. The site's search page (<c>search.js</c>) ranks with the same weights.
/// </summary>
internal static class ContentSearch
{
    public const int TitleWeight = 10;
    public const int SummaryWeight = 5;
    public const int BodyWeight = 1;
    public const int BodyHitsCounted = 5;
    public const int PhraseFactor = 3;
    public const int SnippetLength = 180;

    /// <summary>The words of a query: runs of letters and digits, lower-case, each once.</summary>
    public static IReadOnlyList<string> Words(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in query + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (current.Length > 0)
            {
                var word = current.ToString();
                if (!words.Contains(word))
                {
                    words.Add(word);
                }

                current.Clear();
            }
        }

        return words;
    }

    /// <summary>The documents that contain every word of <paramref name="query"/>, best first (then newest, then by title).</summary>
    public static IReadOnlyList<SearchHit> Search(IEnumerable<SearchDocument> documents, string query)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var words = Words(query);
        if (words.Count == 0)
        {
            return [];
        }

        var phrase = string.Join(' ', words);
        var hits = new List<SearchHit>();
        foreach (var document in documents)
        {
            if (Score(document, words, phrase) is { } score)
            {
                var (snippet, highlights) = Snippet(document, words, phrase);
                hits.Add(new SearchHit(document, score, snippet, highlights));
            }
        }

        return hits
            .OrderByDescending(hit => hit.Score)
            .ThenByDescending(hit => hit.Document.Date)
            .ThenBy(hit => hit.Document.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static int? Score(SearchDocument document, IReadOnlyList<string> words, string phrase)
    {
        var title = Normalise(document.Title);
        var summary = Normalise(document.Summary ?? "");
        var body = Normalise(document.PlainText);
        var score = 0;
        foreach (var word in words)
        {
            var inTitle = title.Contains(word, StringComparison.Ordinal);
            var inSummary = summary.Contains(word, StringComparison.Ordinal);
            var inBody = Math.Min(Count(body, word), BodyHitsCounted);
            if (!inTitle && !inSummary && inBody == 0)
            {
                return null;
            }

            score += (inTitle ? TitleWeight : 0) + (inSummary ? SummaryWeight : 0) + (inBody * BodyWeight);
        }

        if (words.Count > 1)
        {
            score += PhraseFactor * ((title.Contains(phrase, StringComparison.Ordinal) ? TitleWeight : 0)
                + (summary.Contains(phrase, StringComparison.Ordinal) ? SummaryWeight : 0)
                + (body.Contains(phrase, StringComparison.Ordinal) ? BodyWeight : 0));
        }

        return score;
    }

    /// <summary>Lower-case with every run of non-letters and non-digits as one space, the same length rules as <see cref="Words"/>.</summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.Append(' ').ToString();
    }

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>About <see cref="SnippetLength"/> characters of the body around the phrase (or the first word found), with every word of the query marked.</summary>
    private static (string Snippet, IReadOnlyList<Highlight> Highlights) Snippet(SearchDocument document, IReadOnlyList<string> words, string phrase)
    {
        var text = CollapseLines(document.PlainText.Length > 0 ? document.PlainText : document.Summary ?? document.Title);
        var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            at = words
                .Select(word => text.IndexOf(word, StringComparison.OrdinalIgnoreCase))
                .Where(index => index >= 0)
                .DefaultIfEmpty(0)
                .Min();
        }

        var start = Math.Max(0, at - (SnippetLength / 3));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < at ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > at ? space : end;
        }

        var prefix = start > 0 ? "…" : "";
        var snippet = prefix + text[start..end] + (end < text.Length ? "…" : "");
        return (snippet, Mark(snippet, words));
    }

    private static string CollapseLines(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var blank = char.IsWhiteSpace(c);
            if (!blank || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(blank ? ' ' : c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Every occurrence of every word in <paramref name="snippet"/>, in order, merged where they overlap or only one character apart (so a phrase is one mark).</summary>
    private static List<Highlight> Mark(string snippet, IReadOnlyList<string> words)
    {
        var marks = new List<Highlight>();
        foreach (var word in words)
        {
            for (var at = snippet.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = snippet.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                marks.Add(new Highlight(at, word.Length));
            }
        }

        marks.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<Highlight>();
        foreach (var mark in marks)
        {
            if (merged.Count > 0 && mark.Start <= merged[^1].Start + merged[^1].Length + 1)
            {
                var last = merged[^1];
                merged[^1] = last with { Length = Math.Max(last.Length, mark.Start + mark.Length - last.Start) };
            }
            else
            {
                merged.Add(mark);
            }
        }

        return merged;
    }
}
