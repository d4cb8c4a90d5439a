using System;
using System.Collections.Generic;
using System.Globalization;
using System.CommandLine.Completions;
using System.Linq;
using SampleApp.Content;

namespace SampleApp.Cli;

/// <summary>The names the commands accept, all from the generated API: slugs, authors, years and taxonomy terms, for completion and for "did you mean".</summary>
internal static class Catalog
{
    public static IEnumerable<string> PaperSlugs => Papers.All.Select(paper => paper.Slug);

    public static IEnumerable<string> NoteSlugs => Notes.All.Select(note => note.Slug);

    public static IEnumerable<string> Authors =>
        Papers.All.SelectMany(paper => paper.Authors).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Years =>
        Papers.All.Select(paper => paper.Date.Year).Distinct().Order().Select(year => year.ToString(CultureInfo.InvariantCulture));

    /// <summary>A completion source: the values that start with the word being completed, then those that contain it.</summary>
    public static Func<CompletionContext, IEnumerable<string>> Completing(Func<IEnumerable<string>> values) => context =>
    {
        var word = context.WordToComplete;
        var all = values().ToList();
        return all.Where(v => v.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            .Concat(all.Where(v => !v.StartsWith(word, StringComparison.OrdinalIgnoreCase) && v.Contains(word, StringComparison.OrdinalIgnoreCase)));
    };

    /// <summary>The family name of an author written "Family, I." (the whole name when there is no comma).</summary>
    public static string FamilyName(string author)
    {
        ArgumentNullException.ThrowIfNull(author);
        var comma = author.IndexOf(',', StringComparison.Ordinal);
        return (comma >= 0 ? author[..comma] : author).Trim();
    }

    /// <summary>The spelling of <paramref name="term"/> among <paramref name="terms"/>, ignoring case; null when it is not one.</summary>
    public static string? Known(string term, IReadOnlyList<string> terms) =>
        terms.FirstOrDefault(known => string.Equals(known, term.Trim(), StringComparison.OrdinalIgnoreCase));
}
