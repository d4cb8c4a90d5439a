using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Model;
using ContentGen.Runtime;
using ContentGen.Schema;

namespace ContentGen.Bibliography;

/// <summary>
/// What a paper's <c>ToBibTeX()</c> and <c>ToCitation(style)</c> need beyond its other fields, worked out at compile time:
/// the type of its BibTeX entry, and each author's name in the forms the citation styles write, read as BibTeX reads a
/// name. The texts themselves are written at run time by the run time's <see cref="CitationWriter"/> from the fields:
/// compiled, they tripled every paper's strings for text that repeats the fields.
/// </summary>
internal static class PaperCitations
{
    /// <summary>Sets the paper's <c>bibtex_type</c> and <c>author_forms</c> values from its other values.</summary>
    /// <param name="collection">The papers collection.</param>
    /// <param name="values">The paper's values in field order, filled; the two are set here.</param>
    /// <param name="entry">The paper's BibTeX entry, whose type the written entry keeps; null for none.</param>
    public static void Compute(CollectionSpec collection, FieldValue?[] values, BibEntry? entry)
    {
        Set(collection, values, PaperSchema.BibTeXType, FieldValue.Single(EntryType(Text(collection, values, PaperSchema.Publication), entry?.Type), null));
        var authors = collection.IndexOf(PaperSchema.Authors) is var index && index >= 0 && values[index] is { } value ? value.Items : EquatableArray<string>.Empty;
        var forms = new List<string>(authors.Count * CitationWriter.FormsPerAuthor);
        foreach (var author in authors)
        {
            forms.AddRange(FormsOf(author));
        }

        Set(collection, values, PaperSchema.AuthorForms, FieldValue.List(forms.ToEquatableArray(), null, EquatableArray<LocationInfo>.Empty));
    }

    /// <summary>
    /// The paper's BibTeX entry as its generated <c>ToBibTeX()</c> writes it, from its values after <see cref="Compute"/>
    /// (for the tests and the fuzzer, which check what the generated code would return without compiling it).
    /// </summary>
    public static string BibTeX(CollectionSpec collection, FieldValue?[] values, string slug)
    {
        var year = Text(collection, values, PaperSchema.PublicationYear) ?? (Text(collection, values, PaperSchema.Date) is { Length: >= 4 } date ? date.Substring(0, 4) : "n.d.");
        return CitationWriter.BibTeX(
            Text(collection, values, PaperSchema.BibTeXType) ?? "misc",
            Text(collection, values, PaperSchema.BibKey) ?? slug,
            collection.IndexOf(PaperSchema.AuthorForms) is var forms && forms >= 0 && values[forms] is { } list ? list.Items : EquatableArray<string>.Empty,
            Text(collection, values, PaperSchema.Title) ?? string.Empty,
            Text(collection, values, PaperSchema.Publication),
            year,
            Text(collection, values, PaperSchema.Doi),
            Text(collection, values, PaperSchema.Arxiv),
            Text(collection, values, PaperSchema.PaperUrl),
            Text(collection, values, PaperSchema.Abstract));
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

    /// <summary>
    /// One author's forms, in <see cref="CitationWriter.FormsPerAuthor"/>'s order, by the name as the front matter has
    /// it. Worked out once per distinct name and thread, not once per paper: the same authors recur across a collection,
    /// and reading a name as BibTeX does (and its initials) costs more than the rest. A pure function of the name, so the
    /// memo changes no output; it is emptied when full, so it stays small however many names a project has.
    /// </summary>
    private static string[] FormsOf(string written)
    {
        var authors = t_forms ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (authors.TryGetValue(written, out var forms))
        {
            return forms;
        }

        if (authors.Count >= MaxRememberedAuthors)
        {
            authors.Clear();
        }

        var name = BibMatcher.ParseOne(written);
        forms = new[] { BibWriter.FormatNames(new[] { name }), name.Display, name.FamilyFirst, name.GivenFirst };
        authors.Add(written, forms);
        return forms;
    }

    private const int MaxRememberedAuthors = 4096;

    [ThreadStatic]
    private static Dictionary<string, string[]>? t_forms;

    private static string? Text(CollectionSpec collection, FieldValue?[] values, string key)
    {
        var index = collection.IndexOf(key);
        return index >= 0 && values[index]?.Text is { Length: > 0 } text ? text : null;
    }

    private static void Set(CollectionSpec collection, FieldValue?[] values, string key, FieldValue value)
    {
        var index = collection.IndexOf(key);
        if (index >= 0)
        {
            values[index] = value;
        }
    }
}
