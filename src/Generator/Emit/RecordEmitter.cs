using System.Collections.Generic;
using System.Linq;
using ContentGen.Model;
using ContentGen.Naming;

namespace ContentGen.Emit;

/// <summary>
/// Emits a collection's record (<c>Paper</c>), its section record (<c>PaperSection</c>) and the enums of its enum
/// fields, every member derived from the collection's fields. They depend only on the collections, so this file stays
/// cached while content changes.
/// </summary>
internal static class RecordEmitter
{
    public static string HintName(CollectionSpec collection) => collection.TypeName + ".g.cs";

    public static string Emit(string ns, CollectionSpec collection, EquatableArray<CollectionSpec> collections)
    {
        var type = collection.TypeName;
        var w = new SourceWriter();
        w.FileHeader().OpenNamespace(ns);

        w.Summary(collection.IsPapers
            ? "A research paper summary, compiled at build time from a Markdown file of the content collection."
            : "A document of the <c>" + Literals.XmlDoc(collection.Name) + "</c> collection, compiled at build time from a Markdown file of the content collection.");
        var remarks = (collection.IsPapers ? "Metadata comes from the front matter and, for what it leaves out, the paper's BibTeX entry" : "Metadata comes from the front matter") + "; the body properties (<see cref=\"Html\"/>, <see cref=\"Sections\"/>, ...) are loaded on first use.";
        if (collection.Fields.Any(f => f.Type == FieldType.Ref))
        {
            remarks += " References to other documents are kept as their positions, so two records compare, hash and print without following them (references may form cycles).";
        }

        w.Line("/// <remarks>" + remarks + "</remarks>");
        w.Line(GeneratedCode.Attribute);
        w.Open("public sealed partial record " + type);
        w.Line("private readonly int _slot;");
        foreach (var field in collection.Fields.Where(f => f.Type == FieldType.Ref))
        {
            w.Line("private readonly " + FieldCodec.StorageType(field, ns, null) + " " + StorageName(field) + ";");
        }

        w.Line();
        var parameters = new List<string> { "int slot", "string slug", "string sourcePath" };
        parameters.AddRange(collection.Fields.Select(f => FieldCodec.StorageType(f, ns, RefType(f, collections)) + " " + ParameterName(f)));
        w.Line("internal " + type + "(" + string.Join(", ", parameters) + ")");
        w.Line("{");
        w.Indent();
        w.Line("_slot = slot;");
        w.Line("Slug = slug;");
        w.Line("SourcePath = sourcePath;");
        foreach (var field in collection.Fields)
        {
            w.Line((field.Type == FieldType.Ref ? StorageName(field) : field.PropertyName) + " = " + ParameterName(field) + ";");
        }

        w.Close();
        Property(w, "string", "Slug", "The " + Literals.XmlDoc(collection.Noun) + "'s slug: its file name without the extension, unique in the collection.");
        foreach (var field in collection.Fields)
        {
            var doc = field.Description.Length > 0 ? field.Description : "Front-matter <c>" + Literals.XmlDoc(field.Key) + "</c>.";
            if (field.Type == FieldType.Ref)
            {
                var target = Target(field, collections);
                var table = "global::" + ns + "." + target.ClassName + ".Store.Table";
                w.Line();
                w.Summary(doc);
                w.Line("public " + FieldCodec.PropertyType(field, ns, target.TypeName) + " " + field.PropertyName + " => "
                    + (field.IsList ? table + ".At(" + StorageName(field) + ")" : field.IsNullable ? table + ".AtOptional(" + StorageName(field) + ")" : table + ".Documents[" + StorageName(field) + "]") + ";");
            }
            else if (field.Hidden)
            {
                w.Line();
                w.Summary(doc);
                w.Line("private " + FieldCodec.PropertyType(field, ns, null) + " " + field.PropertyName + " { get; init; }");
            }
            else
            {
                Property(w, FieldCodec.PropertyType(field, ns, null), field.PropertyName, doc);
            }
        }

        var citations = collection.IsPapers ? CitationMembers(collection) : null;
        if (citations is { } members)
        {
            var writer = RuntimeEmitter.Qualified(ns, "CitationWriter");
            var year = members.PublicationYear + "?.ToString(global::System.Globalization.CultureInfo.InvariantCulture) ?? " + members.Date + ".Year.ToString(\"0000\", global::System.Globalization.CultureInfo.InvariantCulture)";
            var tail = members.Publication + ", " + members.Doi + ", " + members.PaperUrl + "?.OriginalString, " + members.Arxiv;
            w.Line();
            w.Summary("The " + Literals.XmlDoc(collection.Noun) + " as a BibTeX entry of its type (keyed by <see cref=\"" + members.Key + "\"/>, else the slug), written from its fields when called, LaTeX's special characters escaped.");
            w.Line("public string ToBibTeX() => " + writer + ".BibTeX(" + members.Type + " ?? \"misc\", " + members.Key + " ?? Slug, " + members.Authors + ", " + members.Title + ", "
                + members.Publication + ", " + year + ", " + members.Doi + ", " + members.Arxiv + ", " + members.PaperUrl + "?.OriginalString, " + members.Abstract + ");");
            w.Line();
            w.Summary("The " + Literals.XmlDoc(collection.Noun) + " cited in the given style, as plain text written from its fields when called.");
            w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"style\"/> is not a <see cref=\"global::" + ns + ".CitationStyle\"/>.</exception>");
            w.Open("public string ToCitation(global::" + ns + ".CitationStyle style) => style switch");
            w.Line("global::" + ns + ".CitationStyle.Apa => " + writer + ".Apa(" + members.Authors + ", " + year + ", " + members.Title + ", " + tail + "),");
            w.Line("global::" + ns + ".CitationStyle.ChicagoAuthorDate => " + writer + ".Chicago(" + members.Authors + ", " + year + ", " + members.Title + ", " + tail + "),");
            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(style), style, \"Not a citation style.\"),");
            w.Close(";");
        }

        Property(w, "string", "SourcePath", "The path of the Markdown file, relative to the content root and <c>/</c>-separated.");

        var section = "global::" + ns + "." + collection.SectionTypeName;
        Computed(w, "string", "Markdown", "The body as written in the Markdown file, after the front matter.", "Body.Markdown");
        Computed(w, "string", "Html", "The body rendered to HTML at build time (raw HTML in the Markdown is escaped unless <c>ContentGenAllowRawHtml</c> is <c>true</c>).", "Body.Html");
        Computed(w, "string", "PlainText", "The body as plain text, without markup.", "Body.PlainText");
        Computed(w, "global::System.Collections.Generic.IReadOnlyList<" + section + ">", "Sections", "The headings of the body, in order, each with the HTML of its section.", "Body.Sections");
        for (var i = 0; i < collection.Body.ListSections.Count; i++)
        {
            var list = collection.Body.ListSections[i];
            Computed(w, GeneratedCode.ReadOnlyListOfString, list.PropertyName, "The items of the list under the <c>## " + Literals.XmlDoc(list.Heading) + "</c> heading; empty when there is none.", "Body.Lists[" + Literals.Int(i) + "]");
        }

        Computed(w, "int", "WordCount", "The number of words in the body.", "Body.WordCount");
        Computed(w, "global::System.TimeSpan", "ReadingTime", "The time it takes to read the body, in whole minutes at 213 words a minute (as Hugo counts it).", "Body.ReadingTime");

        w.Line();
        w.Line("private global::" + ns + ".ContentGenRuntime.DocumentBody<" + section + "> Body => global::" + ns + "." + collection.ClassName + ".Store.Table.Body(_slot);");
        w.Line();
        w.Line("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        w.Line("{");
        w.Indent();
        w.Line("// Only the identifying members: printing the body would load it, and a reference could lead back here.");
        var printed = new List<string> { "builder.Append(\"Slug = \").Append(Slug)" };
        foreach (var field in collection.Fields.Where(f => f.Required && !f.IsList && f.Type != FieldType.Ref))
        {
            printed.Add(".Append(" + Literals.String(", " + field.PropertyName + " = ") + ").Append(" + FieldCodec.PrintExpression(field, field.PropertyName) + ")");
        }

        w.Line(string.Concat(printed) + ";");
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Line();

        w.Summary("A heading of a " + Literals.XmlDoc(collection.Noun) + "'s body and the HTML of the section it opens (up to the next heading of the same or a higher level).");
        w.Line("/// <param name=\"Title\">The heading's text, without markup.</param>");
        w.Line("/// <param name=\"Level\">The heading's level: 2 for <c>##</c>.</param>");
        w.Line("/// <param name=\"Anchor\">The heading's HTML id, as in the rendered body, for links such as <c>#key-findings</c>.</param>");
        w.Line("/// <param name=\"Html\">The HTML of the section, without the heading itself.</param>");
        w.Line(GeneratedCode.Attribute);
        w.Line("public sealed partial record " + collection.SectionTypeName + "(string Title, int Level, string Anchor, string Html);");

        if (citations is not null)
        {
            w.Line();
            w.Summary("The citation styles of <see cref=\"" + type + ".ToCitation\"/>.");
            w.Line(GeneratedCode.Attribute);
            w.Open("public enum CitationStyle");
            w.Summary("APA, 7th edition: <c>Hubinger, E., Denison, C., &amp; Perez, E. (2024). Title. Publication. https://doi.org/...</c>; 21 authors or more as the first 19, an ellipsis and the last.");
            w.Line("Apa,");
            w.Summary("Chicago author-date: <c>Hubinger, E., C. Denison, and E. Perez. 2024. \u201CTitle.\u201D Publication. https://doi.org/...</c>; more than 10 authors as the first seven and et al.");
            w.Line("ChicagoAuthorDate,");
            w.Close();
        }

        foreach (var field in collection.Fields.Where(f => f.Type == FieldType.Enum))
        {
            w.Line();
            w.Summary("The values of <see cref=\"" + type + "." + field.PropertyName + "\"/> (front-matter <c>" + Literals.XmlDoc(field.Key) + "</c>).");
            w.Line(GeneratedCode.Attribute);
            w.Open("public enum " + field.EnumName);
            foreach (var value in field.Values)
            {
                w.Summary("<c>" + Literals.XmlDoc(value) + "</c>.");
                w.Line(Identifiers.ForEnumMember(value) + ",");
            }

            w.Close();
        }

        w.Close();
        return w.ToString();
    }

    /// <summary>The properties papers' <c>ToBibTeX()</c> and <c>ToCitation()</c> read, or null when the collection has them not.</summary>
    internal static CitationProperties? CitationMembers(CollectionSpec collection)
    {
        string? Name(string key) => collection.Find(key)?.PropertyName;
        return collection.Find(Schema.PaperSchema.BibTeXType) is { Hidden: true } type && collection.Find(Schema.PaperSchema.AuthorForms) is { Hidden: true, IsList: true } authors
            && Name(Schema.PaperSchema.BibKey) is { } key && Name(Schema.PaperSchema.Title) is { } title && Name(Schema.PaperSchema.Date) is { } date
            && Name(Schema.PaperSchema.PublicationYear) is { } year && Name(Schema.PaperSchema.Publication) is { } publication && Name(Schema.PaperSchema.Doi) is { } doi
            && Name(Schema.PaperSchema.Arxiv) is { } arxiv && Name(Schema.PaperSchema.PaperUrl) is { } url && Name(Schema.PaperSchema.Abstract) is { } @abstract
            ? new CitationProperties(type.PropertyName, authors.PropertyName, key, title, date, year, publication, doi, arxiv, url, @abstract)
            : null;
    }

    /// <summary>The names of the record's properties the citation writer is called with.</summary>
    internal sealed record CitationProperties(string Type, string Authors, string Key, string Title, string Date, string PublicationYear, string Publication, string Doi, string Arxiv, string PaperUrl, string Abstract);

    /// <summary>The collection a reference field names (the config reader has checked that it exists).</summary>
    public static CollectionSpec Target(FieldSpec field, EquatableArray<CollectionSpec> collections)
        => collections.First(c => c.Name == field.RefCollection);

    private static string? RefType(FieldSpec field, EquatableArray<CollectionSpec> collections)
        => field.Type == FieldType.Ref ? Target(field, collections).TypeName : null;

    private static string StorageName(FieldSpec field) => "_" + char.ToLowerInvariant(field.PropertyName[0]) + field.PropertyName.Substring(1);

    private static string ParameterName(FieldSpec field)
    {
        var name = char.ToLowerInvariant(field.PropertyName[0]) + field.PropertyName.Substring(1);
        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name
            : name is "slot" or "slug" or "sourcePath" ? name + "Field"
            : name;
    }

    private static void Property(SourceWriter w, string type, string name, string doc)
    {
        w.Line();
        w.Summary(doc);
        w.Line("public " + type + " " + name + " { get; init; }");
    }

    private static void Computed(SourceWriter w, string type, string name, string doc, string expression)
    {
        w.Line();
        w.Summary(doc);
        w.Line("public " + type + " " + name + " => " + expression + ";");
    }
}
