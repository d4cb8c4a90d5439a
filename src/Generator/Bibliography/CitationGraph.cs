using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Schema;

namespace ContentGen.Bibliography;

/// <summary>
/// Works out papers' <c>Cites</c> and <c>CitedBy</c> from the keys their bodies cite and the BibTeX keys the papers
/// matched, and checks the citations of a body against the bibliography (CG0621). Both are pure functions of their
/// inputs, and both sort first, so the order of the inputs never matters.
/// </summary>
internal static class CitationGraph
{
    /// <summary>The keys of a bibliography, gathered once per <see cref="BibIndex"/> value rather than once per document.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BibIndex, HashSet<string>> Keys = new();

    /// <summary>Every document with its citations resolved (papers only), and the matching's problems, sorted.</summary>
    public static RelatedDocuments Relate(ImmutableArray<FilledDocument> filled, EquatableArray<CollectionSpec> collections)
    {
        var documents = filled.Select(f => f.Metadata).OrderBy(d => d.FilePath, StringComparer.Ordinal).ToList();
        var diagnostics = filled.SelectMany(f => f.Diagnostics)
            .OrderBy(d => d.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Span.Start ?? 0)
            .ThenBy(d => d.Descriptor.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        var papers = collections.FirstOrDefault(c => c.IsPapers);
        var keyIndex = papers?.IndexOf(PaperSchema.BibKey) ?? -1;
        var citesIndex = papers?.IndexOf(PaperSchema.Cites) ?? -1;
        var citedByIndex = papers?.IndexOf(PaperSchema.CitedBy) ?? -1;
        if (papers is null || keyIndex < 0 || citesIndex < 0 || citedByIndex < 0)
        {
            return new RelatedDocuments(documents.ToEquatableArray(), diagnostics);
        }

        var isPaper = new Func<DocumentMetadata, bool>(d => d.Collection == papers.Name && d.Values.Count == papers.Fields.Count);
        var byKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var paper in documents.Where(isPaper))
        {
            if (paper.Text(keyIndex) is { } key && !byKey.ContainsKey(key))
            {
                byKey.Add(key, paper.Slug);
            }
        }

        var cites = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var citedBy = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var paper in documents.Where(isPaper))
        {
            var list = new List<string>();
            foreach (var key in paper.CitedKeys)
            {
                if (byKey.TryGetValue(key, out var slug) && slug != paper.Slug && !list.Contains(slug))
                {
                    list.Add(slug);
                    if (!citedBy.TryGetValue(slug, out var citing))
                    {
                        citedBy.Add(slug, citing = new SortedSet<string>(StringComparer.Ordinal));
                    }

                    citing.Add(paper.Slug);
                }
            }

            cites[paper.FilePath] = list;
        }

        var related = documents.Select(d =>
        {
            if (!isPaper(d))
            {
                return d;
            }

            var citesValue = FieldValue.List(cites[d.FilePath].ToEquatableArray(), null, EquatableArray<LocationInfo>.Empty);
            var citedByValue = FieldValue.List(citedBy.TryGetValue(d.Slug, out var citing) ? citing.ToEquatableArray() : EquatableArray<string>.Empty, null, EquatableArray<LocationInfo>.Empty);
            if (citesValue.Equals(d.Values[citesIndex]) && citedByValue.Equals(d.Values[citedByIndex]))
            {
                // Most papers cite none of the others (BibMatcher.Fill wrote both empty): a copy of every paper's values
                // would be kept by the driver beside the filled ones until the next build.
                return d;
            }

            var values = d.Values.ToArray();
            values[citesIndex] = citesValue;
            values[citedByIndex] = citedByValue;
            return d with { Values = new EquatableArray<FieldValue?>(values) };
        });
        return new RelatedDocuments(related.ToEquatableArray(), diagnostics);
    }

    /// <summary>A warning for each citation of a key that no entry has, with the nearest keys (none without a <c>.bib</c> file).</summary>
    public static EquatableArray<DiagnosticInfo> Check(EquatableArray<CitationUse> citations, BibIndex bibliography)
    {
        if (!bibliography.HasFiles || citations.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var keys = Keys.GetValue(bibliography, static b => new HashSet<string>(b.Entries.Select(e => e.Key), StringComparer.OrdinalIgnoreCase));
        var diagnostics = new DiagnosticList();
        foreach (var citation in citations)
        {
            if (!keys.Contains(citation.Key))
            {
                var nearest = EditDistance.Nearest(citation.Key, keys.OrderBy(k => k, StringComparer.Ordinal), 3);
                diagnostics.Add(DiagnosticDescriptors.UnknownCitationKey, citation.Location, citation.Key, nearest.Count > 0 ? " (did you mean " + EditDistance.QuoteList(nearest) + "?)" : string.Empty);
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
