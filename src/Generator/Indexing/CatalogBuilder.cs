using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Diagnostics;
using ContentGen.Naming;
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
    /// <summary>How many of the documents that use a term its constant's doc names.</summary>
    private const int MaxTermExamples = 3;

    /// <summary>A document as docs name it: its title, or its slug when its collection has no title.</summary>
    private static Func<DocumentMetadata, string> DisplayName(EquatableArray<CollectionSpec> collections)
    {
        var titles = collections.ToDictionary(c => c.Name, c => c.IndexOf(PaperSchema.Title), StringComparer.Ordinal);
        return entry => entry.Text(titles[entry.Collection]) ?? entry.Slug;
    }

    public static Catalog Build(ImmutableArray<DocumentMetadata> entries, EquatableArray<CollectionSpec> collections, GeneratorOptions options)
    {
        var diagnostics = DiagnosticList.AcrossFiles();
        var sorted = entries.OrderBy(e => e.FilePath, StringComparer.Ordinal).ToList();
        var rejected = new HashSet<DocumentMetadata>();
        var byCollection = collections.ToDictionary(c => c.Name, c => sorted.Where(e => e.Collection == c.Name).ToList(), StringComparer.Ordinal);

        foreach (var collection in collections)
        {
            var documents = byCollection[collection.Name];
            foreach (var group in Duplicates(documents, documents.Count, e => e.Identifier, StringComparer.Ordinal))
            {
                ReportEachAgainstOthers(group, diagnostics, rejected, (entry, other) =>
                    entry.Slug == other.Slug
                        ? (DiagnosticDescriptors.IdentifierCollision, entry.NameLocation, new[] { "slug", entry.Slug, other.SourcePath })
                        : (DiagnosticDescriptors.IdentifierCollision, entry.NameLocation, new[] { "generated name", entry.Identifier, other.SourcePath }));
            }

            for (var index = 0; index < collection.Fields.Count; index++)
            {
                var field = collection.Fields[index];
                if (!field.Unique)
                {
                    continue;
                }

                var i = index;
                var (descriptor, comparer) = UniqueRule(field);
                // A value the bibliography filled (no place in the front matter) is not compared: two papers given one value by
                // one entry are already reported as matching that entry twice, through 'bibkey', which is unique too.
                foreach (var group in Duplicates(documents.Where(e => e.Text(i) is not null && (e.Values[i]!.Location is not null || field.Key == PaperSchema.BibKey)), documents.Count, e => UniqueKey(field, e.Text(i)!), comparer))
                {
                    ReportEachAgainstOthers(group, diagnostics, rejected, (entry, other) =>
                        (descriptor, entry.Values[i]!.Location ?? entry.NameLocation, descriptor == DiagnosticDescriptors.DuplicateUniqueValue
                            ? new[] { field.Key, entry.Text(i)!, other.SourcePath }
                            : new[] { entry.Text(i)!, other.SourcePath }));
                }
            }

            // The same title is only a warning: both papers stay.
            var title = collection.IndexOf(PaperSchema.Title);
            if (collection.IsPapers && title >= 0)
            {
                foreach (var group in Duplicates(documents.Where(e => e.Text(title) is not null && e.Values[title]!.Location is not null), documents.Count, e => NormalizeTitle(e.Text(title)!), StringComparer.Ordinal))
                {
                    ReportEachAgainstOthers(group, diagnostics, rejected: null, (entry, other) =>
                        (DiagnosticDescriptors.DuplicateTitle, entry.Values[title]!.Location ?? entry.NameLocation, new[] { entry.Text(title)!, other.SourcePath }));
                }
            }
        }

        // Terms spelled two ways are checked per taxonomy across every collection, as the taxonomy is site-wide.
        var taxonomyFields = TaxonomyFields(collections);
        var similar = new HashSet<(string Field, string Term)>();
        foreach (var group in taxonomyFields)
        {
            ReportSimilarTerms(TermUses(group, byCollection), group.Key, group.First().Field.Taxonomy!.Noun, diagnostics, similar);
        }

        var generated = collections.ToDictionary(
            c => c.Name,
            c => byCollection[c.Name].Where(e => !e.HasErrors && !rejected.Contains(e) && (options.IncludeDrafts || !e.Draft)).ToList(),
            StringComparer.Ordinal);
        ResolveReferences(collections, byCollection, generated, diagnostics);
        KeepComputedReferencesToGenerated(collections, generated);

        var catalogs = new List<CollectionCatalog>();
        foreach (var collection in collections)
        {
            var ordered = InAllOrder(collection, generated[collection.Name]);
            generated[collection.Name] = ordered;
            var lookups = new List<EquatableArray<TermPostings>>();
            for (var i = 0; i < collection.Fields.Count; i++)
            {
                if (collection.Fields[i].Taxonomy is not null || collection.Fields[i].LookupMethod is not null)
                {
                    var index = i;
                    lookups.Add(Postings(ordered, p => p.Items(index)));
                }
            }

            catalogs.Add(new CollectionCatalog(collection, ordered.ToEquatableArray(), lookups.ToEquatableArray(), BrokenNames(LeftOut(byCollection[collection.Name], ordered, options), ordered)));
        }

        // The terms of documents left out for an error keep their constants too (with no document counted), so code that
        // names them gets the content error alone.
        var broken = collections.ToDictionary(c => c.Name, c => LeftOut(byCollection[c.Name], generated[c.Name], options), StringComparer.Ordinal);
        var taxonomies = taxonomyFields
            .Select(group => BuildTaxonomy(group.Key, group.First().Field.Taxonomy!, TermUses(group, generated), TermUses(group, broken), DisplayName(collections), diagnostics, similar))
            .ToEquatableArray();

        var properties = DocumentProperties(catalogs, options, diagnostics);
        return new Catalog(options.Namespace, catalogs.ToEquatableArray(), taxonomies, diagnostics.ToEquatableArray(), properties);
    }

    /// <summary>
    /// The most documents a class can have a property each for: .NET refuses to load a type with more than 65,535
    /// methods (TypeLoadException when the class is first used), and the class has methods of its own besides.
    /// </summary>
    public const int MaxDocumentProperties = 60000;

    /// <summary>
    /// The most documents a collection can have for the classes to get a property per document when the project does not
    /// say (<c>ContentGenPaperProperties</c> unset). Each property is a method the compiler binds, compiles and emits on
    /// every build, and keeps in memory while it does: past this, they cost the build more than a name per document is
    /// worth in a list nobody scrolls (docs/performance.md measures both), and the documents are read through All, Get and
    /// the lookups, whose constant arguments the analyzer still checks.
    /// </summary>
    public const int AutomaticDocumentProperties = 5000;

    /// <summary>
    /// Whether the classes get a property per document: not when the project says false; when it says nothing, unless a
    /// collection is past <see cref="AutomaticDocumentProperties"/> (message CG0905); when it says true, unless a collection
    /// is past <see cref="MaxDocumentProperties"/> (warning CG0904).
    /// </summary>
    private static bool DocumentProperties(List<CollectionCatalog> catalogs, GeneratorOptions options, DiagnosticList diagnostics)
    {
        if (options.PaperProperties == false)
        {
            return false;
        }

        // Unset, the classes have them up to a size; asked for, up to what .NET can load.
        var limit = options.PaperProperties is null ? AutomaticDocumentProperties : MaxDocumentProperties;
        foreach (var catalog in catalogs)
        {
            var count = catalog.Documents.Count + catalog.Broken.Count;
            if (count > limit)
            {
                diagnostics.Add(
                    options.PaperProperties is null ? DiagnosticDescriptors.DocumentPropertiesLeftOut : DiagnosticDescriptors.TooManyDocumentProperties,
                    null,
                    catalog.Spec.Name,
                    count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The documents of a collection left out for an error, of their own or of a document they refer to: every one not
    /// generated, but for drafts the settings leave out.
    /// </summary>
    private static List<DocumentMetadata> LeftOut(List<DocumentMetadata> all, List<DocumentMetadata> generated, GeneratorOptions options)
    {
        var kept = new HashSet<string>(generated.Select(e => e.FilePath), StringComparer.Ordinal);
        return all.Where(e => !kept.Contains(e.FilePath) && (options.IncludeDrafts || !e.Draft)).ToList();
    }

    /// <summary>The names the documents left out keep: each once, and none that a generated document has.</summary>
    private static EquatableArray<DocumentName> BrokenNames(List<DocumentMetadata> leftOut, List<DocumentMetadata> generated)
    {
        var taken = new HashSet<string>(generated.Select(e => e.Identifier), StringComparer.Ordinal);
        return leftOut
            .Where(e => taken.Add(e.Identifier))
            .Select(e => new DocumentName(e.Identifier, e.Slug, e.SourcePath))
            .OrderBy(n => n.Identifier, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    /// <summary>Every taxonomy field, grouped by key across collections (so <c>tags</c> is one taxonomy site-wide), in order of first declaration.</summary>
    private static List<IGrouping<string, (CollectionSpec Collection, FieldSpec Field, int Index)>> TaxonomyFields(EquatableArray<CollectionSpec> collections)
        => collections
            .SelectMany(c => c.Fields.Select((f, i) => (Collection: c, Field: f, Index: i)))
            .Where(x => x.Field.Taxonomy is not null)
            .GroupBy(x => x.Field.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every use of a term of one taxonomy by the given documents, with where it is written, collection by collection in the documents' order.</summary>
    private static List<(DocumentMetadata Entry, TermUse Use)> TermUses(IEnumerable<(CollectionSpec Collection, FieldSpec Field, int Index)> fields, Dictionary<string, List<DocumentMetadata>> documents)
    {
        // Counted first: the list holds every term of every document, and growing it left its earlier arrays as garbage.
        var count = 0;
        foreach (var (collection, _, index) in fields)
        {
            foreach (var entry in documents[collection.Name])
            {
                count += entry.Values[index]?.Items.Count ?? 0;
            }
        }

        var uses = new List<(DocumentMetadata, TermUse)>(count);
        foreach (var (collection, field, index) in fields)
        {
            foreach (var entry in documents[collection.Name])
            {
                if (entry.Values[index] is not { } value)
                {
                    continue;
                }

                for (var t = 0; t < value.Items.Count; t++)
                {
                    uses.Add((entry, new TermUse(field.Key, value.Items[t], value.ItemLocations.Count > t ? value.ItemLocations[t] : entry.NameLocation)));
                }
            }
        }

        return uses;
    }

    /// <summary>The diagnostic and the comparison of a unique field: DOIs ignore case, arXiv ids their version.</summary>
    private static (Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor, StringComparer Comparer) UniqueRule(FieldSpec field)
        => field.Key == PaperSchema.BibKey && field.Type == FieldType.String ? (DiagnosticDescriptors.BibEntryMatchedTwice, StringComparer.OrdinalIgnoreCase)
            : field.Type switch
        {
            FieldType.Doi => (DiagnosticDescriptors.DuplicateDoi, StringComparer.OrdinalIgnoreCase),
            FieldType.Arxiv => (DiagnosticDescriptors.DuplicateArxiv, StringComparer.Ordinal),
            FieldType.Email => (DiagnosticDescriptors.DuplicateUniqueValue, StringComparer.OrdinalIgnoreCase),
            _ => (DiagnosticDescriptors.DuplicateUniqueValue, StringComparer.Ordinal),
        };

    /// <summary>The value a unique field is compared by (and <c>FindBy</c> looks up).</summary>
    private static string UniqueKey(FieldSpec field, string value) => field.Type == FieldType.Arxiv ? ArxivId.WithoutVersion(value) : value;

    /// <summary>
    /// Checks every reference against the generated documents of its target collection. A document whose reference
    /// names nothing is left out like one with an error (the build fails on the diagnostic); a document that only
    /// refers to one left out for its own errors is left out too, without another diagnostic.
    /// </summary>
    private static void ResolveReferences(EquatableArray<CollectionSpec> collections, Dictionary<string, List<DocumentMetadata>> all, Dictionary<string, List<DocumentMetadata>> generated, DiagnosticList diagnostics)
    {
        if (!collections.Any(c => c.Fields.Any(f => f.Type == FieldType.Ref && !f.Computed)))
        {
            // Only computed references (papers' Cites): nothing written in a file to check.
            return;
        }

        var reported = new HashSet<DocumentMetadata>();
        bool changed;
        do
        {
            changed = false;
            var slugs = generated.ToDictionary(p => p.Key, p => new HashSet<string>(p.Value.Select(e => e.Slug), StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var collection in collections)
            {
                var kept = new List<DocumentMetadata>();
                foreach (var entry in generated[collection.Name])
                {
                    var resolved = true;
                    for (var i = 0; i < collection.Fields.Count; i++)
                    {
                        var field = collection.Fields[i];
                        if (field.Type != FieldType.Ref || field.Computed || entry.Values[i] is not { } value || field.RefCollection is not { } target || !slugs.TryGetValue(target, out var targetSlugs))
                        {
                            continue;
                        }

                        var items = field.IsList ? value.Items : new EquatableArray<string>(new[] { value.Text! });
                        for (var t = 0; t < items.Count; t++)
                        {
                            if (targetSlugs.Contains(items[t]))
                            {
                                continue;
                            }

                            resolved = false;
                            var existsWithErrors = all[target].Any(e => e.Slug == items[t] && e.HasErrors);
                            if (!existsWithErrors && reported.Add(entry))
                            {
                                var nearest = EditDistance.Nearest(items[t], all[target].Select(e => e.Slug), 3);
                                var location = field.IsList && value.ItemLocations.Count > t ? value.ItemLocations[t] : value.Location ?? entry.NameLocation;
                                diagnostics.Add(
                                    DiagnosticDescriptors.UnknownReference,
                                    location,
                                    items[t],
                                    field.Key,
                                    target,
                                    nearest.Count > 0 ? ": did you mean " + EditDistance.QuoteList(nearest) + "?" : string.Empty);
                            }
                        }
                    }

                    if (resolved)
                    {
                        kept.Add(entry);
                    }
                    else
                    {
                        changed = true;
                    }
                }

                generated[collection.Name] = kept;
            }
        }
        while (changed);
    }

    /// <summary>
    /// A computed reference (papers' <c>Cites</c>, <c>CitedBy</c>) keeps only the documents that are generated: citing a
    /// draft or a paper with errors is no problem of the citing paper.
    /// </summary>
    private static void KeepComputedReferencesToGenerated(EquatableArray<CollectionSpec> collections, Dictionary<string, List<DocumentMetadata>> generated)
    {
        var slugs = generated.ToDictionary(p => p.Key, p => new HashSet<string>(p.Value.Select(e => e.Slug), StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var collection in collections)
        {
            var computed = Enumerable.Range(0, collection.Fields.Count)
                .Where(i => collection.Fields[i] is { Type: FieldType.Ref, Computed: true, IsList: true } field && field.RefCollection is { } target && slugs.ContainsKey(target))
                .ToList();
            if (computed.Count == 0)
            {
                continue;
            }

            generated[collection.Name] = generated[collection.Name].Select(entry =>
            {
                var values = entry.Values.ToArray();
                var changed = false;
                foreach (var i in computed)
                {
                    if (values[i] is { } value && value.Items.Any(slug => !slugs[collection.Fields[i].RefCollection!].Contains(slug)))
                    {
                        values[i] = FieldValue.List(value.Items.Where(slug => slugs[collection.Fields[i].RefCollection!].Contains(slug)).ToEquatableArray(), null, EquatableArray<LocationInfo>.Empty);
                        changed = true;
                    }
                }

                return changed ? entry with { Values = new EquatableArray<FieldValue?>(values) } : entry;
            }).ToList();
        }
    }

    /// <summary>The order of <c>All</c>: newest first by <c>date</c>, then by title, then by slug; by slug alone without them.</summary>
    private static List<DocumentMetadata> InAllOrder(CollectionSpec collection, List<DocumentMetadata> documents)
    {
        var date = collection.IndexOf(PaperSchema.Date);
        var title = collection.IndexOf(PaperSchema.Title);
        return documents
            .OrderByDescending(e => date >= 0 ? e.Text(date) ?? string.Empty : string.Empty, StringComparer.Ordinal)
            .ThenBy(e => title >= 0 ? e.Text(title) ?? string.Empty : string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => title >= 0 ? e.Text(title) ?? string.Empty : string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private static void ReportEachAgainstOthers(
        List<DocumentMetadata> group,
        DiagnosticList diagnostics,
        HashSet<DocumentMetadata>? rejected,
        Func<DocumentMetadata, DocumentMetadata, (Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor, LocationInfo Location, string[] Arguments)> describe)
    {
        foreach (var entry in group)
        {
            var other = group.First(o => !ReferenceEquals(o, entry));
            var (descriptor, location, arguments) = describe(entry, other);
            diagnostics.Add(descriptor, location, arguments);
            rejected?.Add(entry);
        }
    }

    private static TaxonomyModel BuildTaxonomy(string key, TaxonomySpec spec, List<(DocumentMetadata Entry, TermUse Use)> uses, List<(DocumentMetadata Entry, TermUse Use)> brokenUses, Func<DocumentMetadata, string> displayName, DiagnosticList diagnostics, HashSet<(string Field, string Term)> alreadyReported)
    {
        var noun = spec.Noun;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, use) in uses)
        {
            counts[use.Term] = counts.TryGetValue(use.Term, out var count) ? count + 1 : 1;
        }

        foreach (var (_, use) in brokenUses)
        {
            if (!counts.ContainsKey(use.Term))
            {
                counts.Add(use.Term, 0);
            }
        }

        uses.AddRange(brokenUses);
        var firstUse = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        var examples = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (entry, use) in uses)
        {
            if (!firstUse.ContainsKey(use.Term))
            {
                firstUse.Add(use.Term, use.Location);
            }

            // The documents that are generated come first in the uses, in the order of All.
            if (counts[use.Term] > 0 && !entry.HasErrors)
            {
                if (!examples.TryGetValue(use.Term, out var shown))
                {
                    examples.Add(use.Term, shown = new List<string>(MaxTermExamples));
                }

                if (shown.Count < MaxTermExamples)
                {
                    shown.Add(displayName(entry));
                }
            }
        }

        var ordered = counts.Keys.OrderBy(t => t, StringComparer.OrdinalIgnoreCase).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var terms = new List<TaxonomyTerm>(ordered.Count);
        foreach (var group in ordered.GroupBy(t => Identifiers.ForTerm(t, spec.ClassName), StringComparer.Ordinal))
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
                var member = members[i];
                terms.Add(new TaxonomyTerm(member, names[i], counts[member], firstUse.TryGetValue(member, out var first) ? first : null, examples.TryGetValue(member, out var shown) ? shown.ToEquatableArray() : EquatableArray<string>.Empty));
            }

            // Terms already reported as spelling variants (CG0407) need no second warning about their names.
            if (members.Count > 1 && !members.All(m => alreadyReported.Contains((key, m))))
            {
                var location = firstUse[members[1]];
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
            key,
            spec.ClassName,
            noun,
            terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Term, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>For each term, case-insensitively, the slots of the papers that use it, in slot order.</summary>
    private static EquatableArray<TermPostings> Postings(List<DocumentMetadata> papers, Func<DocumentMetadata, EquatableArray<string>> termsOf)
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

    /// <summary>
    /// Terms of one taxonomy that differ only by case, spacing or a plural 's' are one term spelled two ways: each
    /// use of a less common spelling gets a warning naming a file that uses the most common one.
    /// </summary>
    private static void ReportSimilarTerms(List<(DocumentMetadata Entry, TermUse Use)> uses, string field, string noun, DiagnosticList diagnostics, HashSet<(string Field, string Term)> reported)
    {
        // Each distinct term's uses, and the distinct terms by their spelling key, both in order of first use: a term is
        // reduced to its key once, not once per use, and only a key written two ways is looked at further.
        var terms = new List<string>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var use in uses)
        {
            if (distinct.Add(use.Use.Term))
            {
                terms.Add(use.Use.Term);
            }
        }

        var termsByKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var term in terms)
        {
            var key = SpellingKey(term);
            if (!termsByKey.TryGetValue(key, out var spelledAlike))
            {
                termsByKey.Add(key, spelledAlike = new List<string>());
                keys.Add(key);
            }

            spelledAlike.Add(term);
        }

        // The uses of the terms written more than one way, and only theirs: nearly every term is written one way.
        var variants = new HashSet<string>(keys.Where(k => termsByKey[k].Count >= 2).SelectMany(k => termsByKey[k]), StringComparer.Ordinal);
        var usesByTerm = new Dictionary<string, List<(DocumentMetadata Entry, TermUse Use)>>(StringComparer.Ordinal);
        foreach (var use in uses)
        {
            if (variants.Contains(use.Use.Term))
            {
                if (!usesByTerm.TryGetValue(use.Use.Term, out var termUses))
                {
                    usesByTerm.Add(use.Use.Term, termUses = new List<(DocumentMetadata Entry, TermUse Use)>());
                }

                termUses.Add(use);
            }
        }

        foreach (var key in keys)
        {
            if (termsByKey[key].Count < 2)
            {
                continue;
            }

            var spellings = termsByKey[key]
                .Select(term => (Term: term, Uses: usesByTerm[term]))
                .OrderByDescending(s => s.Uses.Select(u => u.Entry.FilePath).Distinct().Count())
                .ThenBy(s => s.Term, StringComparer.Ordinal)
                .ToList();
            var canonical = spellings[0];
            var canonicalFile = canonical.Uses[0].Entry.SourcePath;
            foreach (var variant in spellings.Skip(1))
            {
                reported.Add((field, variant.Term));
                reported.Add((field, canonical.Term));
                foreach (var (_, use) in variant.Uses)
                {
                    diagnostics.Add(DiagnosticDescriptors.SimilarTerms, use.Location, noun, variant.Term, canonical.Term, canonicalFile, Difference(variant.Term, canonical.Term));
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

    /// <summary>A title lower-cased, its runs of spaces, tabs and line breaks one space, without a full stop at its end.</summary>
    private static string NormalizeTitle(string title)
    {
        var lower = title.ToLowerInvariant();
        var normalized = new System.Text.StringBuilder(lower.Length);
        var space = false;
        foreach (var c in lower)
        {
            if (c is ' ' or '\t' or '\n')
            {
                space = normalized.Length > 0;
                continue;
            }

            if (space)
            {
                normalized.Append(' ');
                space = false;
            }

            normalized.Append(c);
        }

        var length = normalized.Length;
        while (length > 0 && normalized[length - 1] == '.')
        {
            length--;
        }

        return normalized.ToString(0, length);
    }

    /// <summary>
    /// The documents that share a key with another, group by group in order of each key's first document (as
    /// <c>GroupBy</c> orders them), without building a group for every key: almost every key is unique.
    /// </summary>
    private static List<List<DocumentMetadata>> Duplicates(IEnumerable<DocumentMetadata> documents, int most, Func<DocumentMetadata, string> key, StringComparer comparer)
    {
        // Sized for all of them at once: grown by doubling, the earlier tables were large-object garbage.
        var first = new Dictionary<string, (int Order, DocumentMetadata Document, List<DocumentMetadata>? Group)>(most, comparer);
        var groups = new List<(int Order, List<DocumentMetadata> Group)>();
        var order = 0;
        foreach (var document in documents)
        {
            var k = key(document);
            if (!first.TryGetValue(k, out var seen))
            {
                first.Add(k, (order++, document, null));
                continue;
            }

            if (seen.Group is null)
            {
                seen.Group = new List<DocumentMetadata> { seen.Document };
                first[k] = seen;
                groups.Add((seen.Order, seen.Group));
            }

            seen.Group.Add(document);
        }

        return groups.OrderBy(g => g.Order).Select(g => g.Group).ToList();
    }
}

/// <summary>
/// Where a taxonomy term is written: the front-matter key of its list, the term and its span. An object, not a struct:
/// the list of every use of every document is large enough for the large-object heap, which only a full collection
/// frees, and a reference keeps it a quarter of the size.
/// </summary>
internal sealed record TermUse(string Field, string Term, LocationInfo Location);
