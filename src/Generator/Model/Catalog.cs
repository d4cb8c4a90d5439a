using ContentGen.Diagnostics;

namespace ContentGen.Model;

/// <summary>A distinct taxonomy term, its constant's name and how many papers use it.</summary>
internal sealed record TaxonomyTerm(string Term, string Identifier, int Count);

/// <summary>A term and the slots (positions in <c>Papers.All</c>) of the papers that use it, case-insensitively.</summary>
internal sealed record TermPostings(string Term, EquatableArray<int> Slots);

/// <summary>One taxonomy: what it is (key, class, noun, lookup) and its terms.</summary>
internal sealed record TaxonomyModel(Schema.TaxonomyField Field, EquatableArray<TaxonomyTerm> Terms, EquatableArray<TermPostings> Postings);

/// <summary>
/// The whole collection after the cross-document checks: the papers that are generated, in the order of
/// <c>Papers.All</c>, the taxonomies, and the diagnostics that only show across files, and whether <c>Papers</c> has
/// a property per paper (<c>ContentGenPaperProperties</c>).
/// </summary>
internal sealed record Catalog(
    string Namespace,
    EquatableArray<PaperMetadata> Papers,
    EquatableArray<TaxonomyModel> Taxonomies,
    EquatableArray<TermPostings> Authors,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool PaperProperties)
{
    /// <summary>The identifiers of the generated papers, sorted: what the body buckets need to know of the catalog.</summary>
    public EquatableArray<string> IncludedIdentifiers()
    {
        var identifiers = new string[Papers.Count];
        for (var i = 0; i < identifiers.Length; i++)
        {
            identifiers[i] = Papers[i].Identifier;
        }

        System.Array.Sort(identifiers, System.StringComparer.Ordinal);
        return new EquatableArray<string>(identifiers);
    }
}

/// <summary>The bodies that go into one generated file.</summary>
internal sealed record ContentBucket(string Namespace, int Number, EquatableArray<BodyEntry> Entries);
