using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ContentGen.Model;
using ContentGen.Schema;

namespace ContentGen.Bibliography;

/// <summary>
/// A paper's BibTeX entry and its citations in APA (7th edition) and Chicago author-date style, built at compile time
/// from its typed fields (after the bibliography filled them) and stored with them, so that <c>Paper.ToBibTeX()</c> and
/// <c>Paper.ToCitation(style)</c> parse nothing at run time. The texts are plain Unicode; italics are left to the page.
/// </summary>
internal static class PaperCitations
{
    /// <summary>APA lists up to this many authors; more are the first 19, an ellipsis and the last.</summary>
    private const int ApaMaxAuthors = 20;

    /// <summary>Chicago author-date lists up to this many authors; more are the first seven and "et al."</summary>
    private const int ChicagoMaxAuthors = 10;

    /// <summary>Sets the paper's <c>bibtex</c>, <c>citation_apa</c> and <c>citation_chicago</c> values from its other values.</summary>
    /// <param name="collection">The papers collection.</param>
    /// <param name="values">The paper's values in field order, filled; the three are set here.</param>
    /// <param name="slug">The paper's slug, the key of its entry when it has no <c>bibkey</c>.</param>
    /// <param name="entry">The paper's BibTeX entry, whose type the written entry keeps; null for none.</param>
    public static void Compute(CollectionSpec collection, FieldValue?[] values, string slug, BibEntry? entry)
    {
        var paper = new PaperText(collection, values);
        Set(collection, values, PaperSchema.BibTeX, BibTeX(paper, paper.Get(PaperSchema.BibKey) ?? slug, entry?.Type));
        Set(collection, values, PaperSchema.ApaCitation, Apa(paper));
        Set(collection, values, PaperSchema.ChicagoCitation, Chicago(paper));
    }

    /// <summary>The entry type a paper is written as: its entry's type, else one guessed from where it was published.</summary>
    public static string EntryType(string? publication, string? entryType)
    {
        if (entryType is { Length: > 0 })
        {
            return entryType;
        }

        if (publication is null || publication.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase))
        {
            return "misc";
        }

        var lower = publication.ToLowerInvariant();
        return lower.Contains("proceedings") || lower.Contains("conference") || lower.Contains("workshop") || lower.Contains("findings")
            || lower.Split(' ').Any(ConferenceWords.Contains)
            ? "inproceedings"
            : lower.Contains("report") ? "techreport"
            : "article";
    }

    /// <summary>Words that make a venue a conference's.</summary>
    private static readonly HashSet<string> ConferenceWords = new(StringComparer.Ordinal) { "iclr", "neurips", "nips", "icml", "acl", "emnlp", "naacl", "aaai", "ijcai", "cvpr", "iccv", "eccv", "colm", "facct" };

    /// <summary>The BibTeX field that holds where an entry of the given type was published.</summary>
    public static string VenueField(string type)
        => type.ToLowerInvariant() switch
        {
            "article" or "periodical" => "journal",
            "inproceedings" or "conference" or "incollection" or "inbook" => "booktitle",
            "techreport" or "report" => "institution",
            "phdthesis" or "mastersthesis" or "thesis" => "school",
            "book" or "booklet" or "proceedings" or "manual" => "publisher",
            _ => "howpublished",
        };

    private static string BibTeX(PaperText paper, string key, string? entryType)
    {
        var publication = paper.Get(PaperSchema.Publication);
        var type = EntryType(publication, entryType);
        var fields = new List<BibWriterField>();
        var names = paper.Authors();
        if (names.Count > 0)
        {
            fields.Add(BibWriterField.FromNames("author", names.Select(a => a.Name)));
        }

        fields.Add(BibWriterField.FromText("title", paper.Get(PaperSchema.Title) ?? string.Empty));
        if (publication is not null)
        {
            fields.Add(BibWriterField.FromText(VenueField(type), publication));
        }

        fields.Add(BibWriterField.FromText("year", paper.Year));
        Add(fields, "doi", paper.Get(PaperSchema.Doi));
        if (paper.Get(PaperSchema.Arxiv) is { } arxiv)
        {
            fields.Add(BibWriterField.FromText("eprint", arxiv));
            fields.Add(BibWriterField.FromText("archiveprefix", "arXiv"));
        }

        Add(fields, "url", paper.Get(PaperSchema.PaperUrl));
        Add(fields, "abstract", paper.Get(PaperSchema.Abstract));
        return BibWriter.Write(type, key, fields);
    }

    private static string Apa(PaperText paper)
    {
        var names = paper.Authors().Select(a => a.Display).ToList();
        string authors;
        if (names.Count > ApaMaxAuthors)
        {
            authors = string.Join(", ", names.Take(ApaMaxAuthors - 1)) + ", . . . " + names[names.Count - 1];
        }
        else if (names.Count > 1)
        {
            authors = string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[names.Count - 1];
        }
        else
        {
            authors = names.Count == 1 ? names[0] : string.Empty;
        }

        var text = new StringBuilder();
        var title = Sentence(paper.Get(PaperSchema.Title) ?? string.Empty);
        if (authors.Length > 0)
        {
            text.Append(Sentence(authors)).Append(" (").Append(paper.Year).Append("). ").Append(title);
        }
        else
        {
            // Without authors, APA moves the title to the author's place.
            text.Append(title).Append(" (").Append(paper.Year).Append(").");
        }

        AppendTail(text, paper);
        return text.ToString();
    }

    private static string Chicago(PaperText paper)
    {
        var names = paper.Authors();
        var shown = names.Count > ChicagoMaxAuthors ? names.Take(7).ToList() : names.ToList();
        var parts = shown.Select((a, i) => i == 0 ? a.FamilyFirst : a.GivenFirst).ToList();
        string authors;
        if (names.Count > ChicagoMaxAuthors)
        {
            authors = string.Join(", ", parts) + ", et al";
        }
        else if (parts.Count > 2)
        {
            authors = string.Join(", ", parts.Take(parts.Count - 1)) + ", and " + parts[parts.Count - 1];
        }
        else
        {
            authors = string.Join(" and ", parts);
        }

        var text = new StringBuilder();
        var title = "\u201C" + Sentence(paper.Get(PaperSchema.Title) ?? string.Empty) + "\u201D";
        if (authors.Length > 0)
        {
            text.Append(Sentence(authors)).Append(' ').Append(paper.Year).Append(". ").Append(title);
        }
        else
        {
            text.Append(title).Append(' ').Append(paper.Year).Append('.');
        }

        AppendTail(text, paper);
        return text.ToString();
    }

    /// <summary>Where it was published and the link: the DOI's, else the paper's URL, else its arXiv page.</summary>
    private static void AppendTail(StringBuilder text, PaperText paper)
    {
        if (paper.Get(PaperSchema.Publication) is { } publication)
        {
            text.Append(' ').Append(Sentence(publication));
        }

        var link = paper.Get(PaperSchema.Doi) is { } doi ? "https://doi.org/" + doi
            : paper.Get(PaperSchema.PaperUrl) ?? (paper.Get(PaperSchema.Arxiv) is { } arxiv ? "https://arxiv.org/abs/" + arxiv : null);
        if (link is not null)
        {
            text.Append(' ').Append(link);
        }
    }

    /// <summary>Text ending in a full stop, unless it ends in one, a question mark or an exclamation mark already.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[trimmed.Length - 1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }

    private static void Add(List<BibWriterField> fields, string name, string? value)
    {
        if (value is { Length: > 0 })
        {
            fields.Add(BibWriterField.FromText(name, value));
        }
    }

    private static void Set(CollectionSpec collection, FieldValue?[] values, string key, string text)
    {
        var index = collection.IndexOf(key);
        if (index >= 0)
        {
            values[index] = FieldValue.Single(text, null);
        }
    }

    /// <summary>
    /// One author as the texts write it, by the name as the front matter has it. Worked out once per distinct name and
    /// thread, not once per paper and text: the same authors recur across a collection, and reading a name as BibTeX does
    /// (and its initials) costs more than the rest of a citation. A pure function of the name, so the memo changes no
    /// output; it is emptied when full, so it stays small however many names a project has.
    /// </summary>
    private static Author AuthorOf(string written)
    {
        var authors = t_authors ??= new Dictionary<string, Author>(StringComparer.Ordinal);
        if (authors.TryGetValue(written, out var author))
        {
            return author;
        }

        if (authors.Count >= MaxRememberedAuthors)
        {
            authors.Clear();
        }

        var name = BibMatcher.ParseOne(written);
        author = new Author(name, name.Display, name.FamilyFirst, name.GivenFirst);
        authors.Add(written, author);
        return author;
    }

    private const int MaxRememberedAuthors = 4096;

    [ThreadStatic]
    private static Dictionary<string, Author>? t_authors;

    /// <summary>An author's name and the forms of it the citation styles write (a corporate name is its whole name in each).</summary>
    private sealed record Author(BibName Name, string Display, string FamilyFirst, string GivenFirst);

    /// <summary>The values of one paper, by key.</summary>
    private sealed class PaperText
    {
        private readonly CollectionSpec _collection;
        private readonly FieldValue?[] _values;

        public PaperText(CollectionSpec collection, FieldValue?[] values)
        {
            _collection = collection;
            _values = values;
        }

        /// <summary>The year of publication, else the year of the paper's date.</summary>
        public string Year => Get(PaperSchema.PublicationYear) ?? (Get(PaperSchema.Date) is { Length: >= 4 } date ? date.Substring(0, 4) : "n.d.");

        public string? Get(string key)
        {
            var index = _collection.IndexOf(key);
            return index >= 0 && _values[index]?.Text is { Length: > 0 } text ? text : null;
        }

        private List<Author>? _authors;

        /// <summary>The authors, each read as BibTeX reads one name (once: all three texts use them).</summary>
        public List<Author> Authors()
        {
            var index = _collection.IndexOf(PaperSchema.Authors);
            return _authors ??= index >= 0 && _values[index] is { } value ? value.Items.Select(AuthorOf).ToList() : new List<Author>();
        }
    }
}
