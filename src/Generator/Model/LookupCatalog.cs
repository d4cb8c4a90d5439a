namespace ContentGen.Model;

/// <summary>
/// What one set of generated lookups of a collection can find: the analyzer (CG0701, CG0702) checks constant arguments
/// against <see cref="Values"/> and offers <see cref="Names"/> in their place.
/// </summary>
/// <param name="Methods">The lookups these values are for (<c>Get</c> and <c>TryGet</c> share the slugs).</param>
/// <param name="Match">How an argument is compared (see <see cref="Analysis.LookupMatch"/>).</param>
/// <param name="Values">Every value that finds something, as written in the front matter.</param>
/// <param name="Names">
/// The generated name of each value, in the same order, or empty: a document's property in the class
/// (<see cref="Analysis.LookupReplacement.Call"/>), or a taxonomy constant below the namespace
/// (<see cref="Analysis.LookupReplacement.Argument"/>).
/// </param>
/// <param name="Replaces">What a name takes the place of (see <see cref="Analysis.LookupReplacement"/>).</param>
internal sealed record LookupValues(EquatableArray<string> Methods, string Match, EquatableArray<string> Values, EquatableArray<string> Names, string Replaces);

/// <summary>The lookups of one collection's class, for the generated file the analyzer reads.</summary>
internal sealed record LookupCatalog(string Namespace, string ClassName, EquatableArray<LookupValues> Lookups);
