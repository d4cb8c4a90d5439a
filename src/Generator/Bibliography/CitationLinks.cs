using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Model;
using ContentGen.Schema;

namespace ContentGen.Bibliography;

/// <summary>
/// The label and link of every key the bodies cite that the bibliography has: what the run time puts in place of the
/// citation markers the build step rendered (<see cref="CitationMarkers"/>). A pure function of the documents and the
/// bibliography, sorted by key, so the order of the inputs never matters.
/// </summary>
internal static class CitationLinks
{
    public static EquatableArray<CitationLink> Build(IEnumerable<DocumentMetadata> documents, BibIndex bibliography, EquatableArray<CollectionSpec> collections)
    {
        var all = documents.ToList();
        var cited = new HashSet<string>(all.SelectMany(d => d.CitedKeys), StringComparer.OrdinalIgnoreCase);
        if (cited.Count == 0)
        {
            return EquatableArray<CitationLink>.Empty;
        }

        // The papers that matched an entry, by its key: a citation of it links to the paper itself.
        var papers = collections.FirstOrDefault(c => c.IsPapers);
        var keyIndex = papers?.IndexOf(PaperSchema.BibKey) ?? -1;
        var slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var paper in all.Where(d => papers is not null && d.Collection == papers.Name && !d.HasErrors).OrderBy(d => d.FilePath, StringComparer.Ordinal))
        {
            if (paper.Text(keyIndex) is { } key && !slugs.ContainsKey(key))
            {
                slugs.Add(key, paper.Slug);
            }
        }

        return bibliography.Entries
            .Where(e => !e.HasErrors && e.Key.Length > 0 && cited.Contains(e.Key))
            .GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .Select(e => new CitationLink(e.Key, Label(e), slugs.TryGetValue(e.Key, out var slug) ? slug : Link(e)))
            .ToEquatableArray();
    }

    /// <summary>"Family", "Family and Other" or "Family et al.", then the year: the author–year form of a citation.</summary>
    public static string Label(BibEntry entry)
    {
        var names = BibNames.Parse(entry.Field("author")?.Value ?? entry.Field("editor")?.Value ?? string.Empty).Where(n => !n.IsOthers).ToList();
        var who = names.Count switch
        {
            0 => entry.Field("title")?.Value ?? entry.Key,
            1 => names[0].FullFamily,
            2 => names[0].FullFamily + " and " + names[1].FullFamily,
            _ => names[0].FullFamily + " et al.",
        };
        var year = entry.Field("year")?.Value;
        return string.IsNullOrWhiteSpace(year) ? who : who + " " + year!.Trim();
    }

    private static string? Link(BibEntry entry)
    {
        if (entry.Field("doi")?.Value is { Length: > 0 } doi)
        {
            return "https://doi.org/" + doi.Trim();
        }

        if (entry.Field("url")?.Value is { Length: > 0 } url)
        {
            return url.Trim();
        }

        return entry.Field("eprint")?.Value is { Length: > 0 } eprint ? "https://arxiv.org/abs/" + eprint.Trim() : null;
    }
}
