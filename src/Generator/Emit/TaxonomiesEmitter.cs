using System.Linq;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>Emits <c>Taxonomies</c>: a constant per distinct term, with <c>All</c> and <c>Counts</c>, per taxonomy.</summary>
internal static class TaxonomiesEmitter
{
    public const string HintName = "Taxonomies.g.cs";

    /// <param name="ns">The namespace.</param>
    /// <param name="taxonomies">The site-wide taxonomies.</param>
    /// <param name="spanLineDirectives">Whether the project's C# has the span form of <c>#line</c> (C# 10).</param>
    public static string Emit(string ns, EquatableArray<TaxonomyModel> taxonomies, bool spanLineDirectives = true)
    {
        var w = new SourceWriter();
        w.FileHeader().OpenNamespace(ns);
        w.Summary("The taxonomy terms used across the collections, as constants: a typo in a term is a compile error, not an empty page.");
        w.Line(GeneratedCode.Attribute);
        w.Open("public static partial class Taxonomies");
        var firstTaxonomy = true;
        foreach (var taxonomy in taxonomies)
        {
            if (!firstTaxonomy)
            {
                w.Line();
            }

            firstTaxonomy = false;
            w.Summary("The " + Literals.XmlDoc(taxonomy.Noun) + " terms (front-matter <c>" + Literals.XmlDoc(taxonomy.Key) + "</c>) used by the documents.");
            w.Open("public static partial class " + taxonomy.ClassName);
            foreach (var term in taxonomy.Terms)
            {
                var usedBy = term.Count == 0 ? "used by no generated document (only by one with errors)"
                    : "used by " + term.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (term.Count == 1 ? " document: " : " documents: ")
                        + string.Join("; ", term.Examples.Select(Literals.XmlDoc)) + (term.Count > term.Examples.Count ? "; ..." : string.Empty);
                w.Summary("The " + Literals.XmlDoc(taxonomy.Noun) + " \"" + Literals.XmlDoc(term.Term) + "\", " + usedBy + ".");
                LineDirectives.Declaration(w, "public const string " + term.Identifier + " = " + Literals.String(term.Term) + ";", term.Identifier, term.FirstUse, spanLineDirectives);
                w.Line();
            }

            w.Summary("Every " + Literals.XmlDoc(taxonomy.Noun) + " term, in alphabetical order.");
            w.Line("public static " + GeneratedCode.ReadOnlyListOfString + " All { get; } = "
                + StringList(taxonomy.Terms.Select(t => t.Term).ToList()) + ";");
            w.Line();
            w.Summary("How many papers use each " + Literals.XmlDoc(taxonomy.Noun) + " term.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyDictionary<string, int> Counts { get; } = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, int>(new global::System.Collections.Generic.Dictionary<string, int>(global::System.StringComparer.Ordinal)");
            w.Line("{");
            w.Indent();
            foreach (var term in taxonomy.Terms)
            {
                w.Line("[" + Literals.String(term.Term) + "] = " + Literals.Int(term.Count) + ",");
            }

            w.Unindent();
            w.Line("});");
            w.Close();
        }

        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>A read-only list expression for a list of strings.</summary>
    private static string StringList(System.Collections.Generic.IReadOnlyCollection<string> items)
        => items.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "global::System.Array.AsReadOnly(new string[] { " + string.Join(", ", items.Select(Literals.String)) + " })";
}
