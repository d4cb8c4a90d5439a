using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Analysis;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Emits what the generated lookups can find (slugs, terms, authors, unique values, years) as attributes on each
/// collection's class, for ContentGen's analyzer: it checks constant arguments of <c>Get</c>, <c>WithTag</c>,
/// <c>FindByDoi</c>... against them (CG0701, CG0702) without reading a file or parsing the content again. The attribute is
/// conditional on a symbol nothing defines, so it costs the compiled assembly nothing.
/// </summary>
internal static class LookupCatalogEmitter
{
    public const string AttributeHintName = "ContentGenLookupValuesAttribute.g.cs";

    public static string HintName(string className) => className + ".Lookups.g.cs";

    /// <summary>
    /// The lookups of every collection: a projection of the catalog that stays equal when only a title or a summary
    /// changes, so the generated file (and the analyzer's view of it) stays as it is.
    /// </summary>
    public static EquatableArray<LookupCatalog> Build(Catalog catalog)
        => catalog.Collections.Select(c => new LookupCatalog(catalog.Namespace, c.Spec.ClassName, Lookups(catalog, c).Select(Listable).ToEquatableArray())).ToEquatableArray();

    /// <summary>The lookup without the values the attribute cannot list (see <see cref="LookupAttribute.IsListable"/>).</summary>
    private static LookupValues Listable(LookupValues lookup)
    {
        if (lookup.Values.All(LookupAttribute.IsListable))
        {
            return lookup;
        }

        var kept = Enumerable.Range(0, lookup.Values.Count).Where(i => LookupAttribute.IsListable(lookup.Values[i])).ToList();
        return lookup with
        {
            Values = kept.Select(i => lookup.Values[i]).ToEquatableArray(),
            Names = lookup.Names.Count == 0 ? lookup.Names : kept.Select(i => lookup.Names[i]).ToEquatableArray(),
        };
    }

    private static IEnumerable<LookupValues> Lookups(Catalog catalog, CollectionCatalog collection)
    {
        var spec = collection.Spec;

        // Slugs: the generated documents and those left out for an error, which keep their property (the build fails on
        // their error, so a call that names them needs no second message).
        var named = collection.Documents.Select(d => (d.Slug, d.Identifier))
            .Concat(collection.Broken.Select(b => (b.Slug, b.Identifier)))
            .GroupBy(n => n.Slug, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(n => n.Slug, StringComparer.Ordinal)
            .ToList();
        yield return catalog.DocumentProperties
            ? new LookupValues(Strings("Get", "TryGet"), LookupMatch.Ordinal, named.Select(n => n.Slug).ToEquatableArray(), named.Select(n => n.Identifier).ToEquatableArray(), LookupReplacement.Call)
            : new LookupValues(Strings("Get", "TryGet"), LookupMatch.Ordinal, named.Select(n => n.Slug).ToEquatableArray(), EquatableArray<string>.Empty, LookupReplacement.None);

        // The lookups in field order, as the collection's class declares them; postings are the i-th of the catalog's.
        var lookupIndex = 0;
        foreach (var field in spec.Fields.Where(f => f.Taxonomy is not null || f.LookupMethod is not null))
        {
            var postings = collection.Lookups[lookupIndex++];
            if (field.Taxonomy is { } taxonomy)
            {
                // A taxonomy's terms are site-wide, like its constants: WithTag(Taxonomies.Tags.X) is never a warning.
                var terms = catalog.Taxonomies.FirstOrDefault(t => t.ClassName == taxonomy.ClassName)?.Terms ?? EquatableArray<TaxonomyTerm>.Empty;
                var ordered = terms.OrderBy(t => t.Term, StringComparer.Ordinal).ToList();
                yield return new LookupValues(
                    Strings(taxonomy.LookupMethod),
                    LookupMatch.IgnoreCase,
                    ordered.Select(t => t.Term).ToEquatableArray(),
                    ordered.Select(t => "Taxonomies." + taxonomy.ClassName + "." + t.Identifier).ToEquatableArray(),
                    LookupReplacement.Argument);
            }
            else
            {
                yield return new LookupValues(Strings(field.LookupMethod!), LookupMatch.IgnoreCase, Distinct(postings.Select(p => p.Term), StringComparer.OrdinalIgnoreCase), EquatableArray<string>.Empty, LookupReplacement.None);
            }
        }

        if (spec.Find("date") is { Type: FieldType.Date })
        {
            var date = spec.IndexOf("date");
            var years = collection.Documents
                .Select(d => d.Text(date))
                .Where(t => t is { Length: >= 4 })
                .Select(t => int.Parse(t!.Substring(0, 4), CultureInfo.InvariantCulture))
                .Distinct()
                .OrderBy(y => y)
                .Select(y => y.ToString(CultureInfo.InvariantCulture));
            yield return new LookupValues(Strings("InYear"), LookupMatch.Year, years.ToEquatableArray(), EquatableArray<string>.Empty, LookupReplacement.None);
        }

        foreach (var field in spec.Fields.Where(f => f.Unique))
        {
            var index = spec.IndexOf(field.Key);
            var (match, comparer) = field.Type switch
            {
                FieldType.Doi or FieldType.Email => (LookupMatch.IgnoreCase, StringComparer.OrdinalIgnoreCase),
                FieldType.Arxiv => (LookupMatch.Arxiv, StringComparer.Ordinal),
                _ => (LookupMatch.Ordinal, StringComparer.Ordinal),
            };
            var values = collection.Documents.Select(d => d.Text(index)).Where(t => t is not null).Select(t => t!);
            yield return new LookupValues(Strings(field.FindMethod), match, Distinct(values, comparer), EquatableArray<string>.Empty, LookupReplacement.None);
        }
    }

    private static EquatableArray<string> Strings(params string[] values) => new(values);

    private static EquatableArray<string> Distinct(IEnumerable<string> values, StringComparer comparer)
        => values.Distinct(comparer).OrderBy(v => v, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>The attribute class, once per project.</summary>
    public static string EmitAttribute(string ns)
    {
        var w = new SourceWriter();
        w.FileHeader().OpenNamespace(ns);
        w.Summary("What a generated lookup can find, for ContentGen's analyzer (CG0701, CG0702). Conditional on a symbol nothing defines: the compiler reads it, the assembly never holds it.");
        w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = true)]");
        w.Line("[global::System.Diagnostics.Conditional(" + Literals.String(LookupAttribute.ConditionalSymbol) + ")]");
        w.Line(GeneratedCode.Attribute);
        w.Line(GeneratedCode.HiddenAttribute);
        w.Open("internal sealed class " + LookupAttribute.Name + " : global::System.Attribute");
        w.Summary("Describes one set of lookups.");
        w.Line("/// <param name=\"methods\">The lookups the values are for, one a line.</param>");
        w.Line("/// <param name=\"comparison\">How an argument is compared with the values.</param>");
        w.Line("/// <param name=\"values\">Every value that finds something, one a line.</param>");
        w.Line("/// <param name=\"names\">The generated name of each value, one a line, or none.</param>");
        w.Line("/// <param name=\"replaces\">What a name takes the place of: the call or the argument.</param>");
        w.Open("public " + LookupAttribute.Name + "(string methods, string comparison, string values, string names, string replaces)");
        w.Line("Methods = methods;");
        w.Line("Comparison = comparison;");
        w.Line("Values = values;");
        w.Line("Names = names;");
        w.Line("Replaces = replaces;");
        w.Close();
        w.Line();
        w.Summary("The lookups the values are for, one a line.");
        w.Line("public string Methods { get; }");
        w.Line();
        w.Summary("How an argument is compared with the values.");
        w.Line("public string Comparison { get; }");
        w.Line();
        w.Summary("Every value that finds something, one a line.");
        w.Line("public string Values { get; }");
        w.Line();
        w.Summary("The generated name of each value, one a line, or none.");
        w.Line("public string Names { get; }");
        w.Line();
        w.Summary("What a name takes the place of: the call or the argument.");
        w.Line("public string Replaces { get; }");
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>The attributes of one collection's class.</summary>
    public static string Emit(LookupCatalog catalog)
    {
        var w = new SourceWriter(1024 + catalog.Lookups.Sum(l => l.Values.Sum(v => v.Length + 2) + l.Names.Sum(n => n.Length + 2)));
        w.FileHeader().OpenNamespace(catalog.Namespace);
        foreach (var lookup in catalog.Lookups)
        {
            w.Line("[global::" + catalog.Namespace + "." + LookupAttribute.Name + "(" + Joined(lookup.Methods) + ", " + Literals.String(lookup.Match) + ",");
            w.Indent();
            w.Line(Joined(lookup.Values) + ",");
            w.Line(Joined(lookup.Names) + ",");
            w.Line(Literals.String(lookup.Replaces) + ")]");
            w.Unindent();
        }

        w.Line("public static partial class " + catalog.ClassName);
        w.Line("{");
        w.Line("}");
        w.Close();
        return w.ToString();
    }

    private static string Joined(EquatableArray<string> values) => Literals.String(string.Join(LookupAttribute.Separator.ToString(), values));
}
