
namespace ContentGen.Model;

/// <summary>A distinct taxonomy term, its constant's name, how many documents use it, and where it is first written.</summary>
/// <param name="Term">The term as written.</param>
/// <param name="Identifier">Its constant's name.</param>
/// <param name="Count">How many generated documents use it.</param>
/// <param name="FirstUse">Where it is first written, for the constant's <c>#line</c>.</param>
/// <param name="Examples">The first few documents that use it, as their titles (or slugs), for the constant's doc.</param>
internal sealed record TaxonomyTerm(string Term, string Identifier, int Count, LocationInfo? FirstUse, EquatableArray<string> Examples);

/// <summary>A term and the slots (positions in the collection's <c>All</c>) of the documents that use it, case-insensitively.</summary>
internal sealed record TermPostings(string Term, EquatableArray<int> Slots);

/// <summary>One site-wide taxonomy (the terms of every collection's field with this key): its class, noun and terms.</summary>
internal sealed record TaxonomyModel(string Key, string ClassName, string Noun, EquatableArray<TaxonomyTerm> Terms);

/// <summary>A document's name in code, its slug and its file: what a document left out for an error still gives.</summary>
internal sealed record DocumentName(string Identifier, string Slug, string SourcePath);

/// <summary>One collection after the cross-document checks.</summary>
/// <param name="Spec">The collection's description.</param>
/// <param name="Documents">The generated documents, in the order of <c>All</c>.</param>
/// <param name="Lookups">Per lookup field (taxonomies and other lookups, in field order), its postings.</param>
/// <param name="Broken">
/// The documents left out for an error (of their own or of a document they refer to), by name: each keeps its property,
/// so code that names it gets the content error alone; the build fails on that error, so the property never runs.
/// </param>
internal sealed record CollectionCatalog(CollectionSpec Spec, EquatableArray<DocumentMetadata> Documents, EquatableArray<EquatableArray<TermPostings>> Lookups, EquatableArray<DocumentName> Broken);

/// <summary>
/// Every collection after the cross-document checks, the site-wide taxonomies, the diagnostics that only show across
/// files, and whether each class has a property per document (<c>ContentGenPaperProperties</c>).
/// </summary>
internal sealed record Catalog(
    string Namespace,
    EquatableArray<CollectionCatalog> Collections,
    EquatableArray<TaxonomyModel> Taxonomies,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool DocumentProperties)
{
    /// <summary>The collection with the given name, or null.</summary>
    public CollectionCatalog? Find(string name)
    {
        foreach (var collection in Collections)
        {
            if (collection.Spec.Name == name)
            {
                return collection;
            }
        }

        return null;
    }
}
