using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Schema;

namespace ContentGen.Bibliography;

/// <summary>
/// Matches a paper to its BibTeX entry, fills what the front matter leaves out, checks what both give, decides the
/// problems the parse left pending (a title or authors that the entry did not supply) and computes the paper's BibTeX
/// and citation texts. One paper at a time (a pure function of the paper and the bibliography), so editing one paper
/// redoes only its own match. See docs/bibtex.md.
/// </summary>
internal static class BibMatcher
{
    /// <summary>The lookups of a bibliography, built once per <see cref="BibIndex"/> value rather than once per paper.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BibIndex, Lookups> Cache = new();

    /// <summary>The papers' fields that the citation graph fills in, after every paper is filled.</summary>
    private static readonly string[] CitationFields = { PaperSchema.Cites, PaperSchema.CitedBy };

    /// <summary>Matches, fills and checks one document; a document of another collection than papers is returned as it is.</summary>
    public static FilledDocument Fill(DocumentMetadata document, CollectionSpec collection, BibIndex bibliography)
    {
        if (!collection.IsPapers || document.Values.Count != collection.Fields.Count)
        {
            return new FilledDocument(document, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new DiagnosticList();
        var values = document.Values.ToArray();
        var hasErrors = document.HasErrors;
        // A bibkey is checked even without any .bib file: it names no entry then either.
        var entry = bibliography.HasFiles || Text(collection, values, PaperSchema.BibKey) is not null ? Match(document, collection, values, bibliography, diagnostics, ref hasErrors) : null;
        var unknownKey = diagnostics.HasErrors;
        if (entry is { HasErrors: false })
        {
            Check(collection, values, entry, diagnostics);
            FillFrom(collection, values, entry);
        }
        else if (entry is not null && collection.IndexOf(PaperSchema.BibKey) is var keyIndex and >= 0 && values[keyIndex] is null)
        {
            // An entry with errors of its own (reported in its file) still names the paper, but fills and checks nothing.
            values[keyIndex] = FieldValue.Single(entry.Key, null);
        }

        // With a bibkey that names nothing, the fields it was to fill are not reported as well: the one error says it all.
        foreach (var key in unknownKey ? EquatableArray<string>.Empty : document.Pending)
        {
            var index = collection.IndexOf(key);
            var field = collection.Fields[index];
            if (values[index] is not null && (!field.IsList || values[index]!.Items.Count > 0))
            {
                continue;
            }

            if (field.Required)
            {
                diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, document.NameLocation, field.Key, bibliography.HasFiles ? "missing (and no BibTeX entry gives it)" : "missing", field.Example);
                hasErrors = true;
            }
            else if (field.WarnWhenEmpty)
            {
                diagnostics.Add(DiagnosticDescriptors.NoAuthors, document.NameLocation);
            }
        }

        if (!hasErrors)
        {
            PaperCitations.Compute(collection, values, entry);
        }

        // Which papers cite which is worked out once every paper is filled (CitationGraph.Relate); until then each cites
        // none and none cites it, so that a paper that stays so keeps these very values instead of a copy of them.
        foreach (var computed in CitationFields)
        {
            if (collection.IndexOf(computed) is var index && index >= 0)
            {
                values[index] ??= FieldValue.EmptyList;
            }
        }

        return new FilledDocument(document with { Values = new EquatableArray<FieldValue?>(values), HasErrors = hasErrors }, diagnostics.ToEquatableArray());
    }

    private static BibEntry? Match(DocumentMetadata document, CollectionSpec collection, FieldValue?[] values, BibIndex bibliography, DiagnosticList diagnostics, ref bool hasErrors)
    {
        var lookups = Cache.GetValue(bibliography, b => new Lookups(b));
        if (Text(collection, values, PaperSchema.BibKey) is { } key)
        {
            if (lookups.ByKey.TryGetValue(key, out var named))
            {
                return named;
            }

            var nearest = EditDistance.Nearest(key, lookups.ByKey.Values.Select(e => e.Key), 3);
            diagnostics.Add(DiagnosticDescriptors.UnknownBibKey, values[collection.IndexOf(PaperSchema.BibKey)]!.Location ?? document.NameLocation, key, nearest.Count > 0 ? " (did you mean " + EditDistance.QuoteList(nearest) + "?)" : string.Empty);
            hasErrors = true;
            return null;
        }

        if (Text(collection, values, PaperSchema.Doi) is { } doi && lookups.ByDoi.TryGetValue(doi, out var byDoi))
        {
            return byDoi;
        }

        if (Text(collection, values, PaperSchema.Arxiv) is { } arxiv && lookups.ByArxiv.TryGetValue(ArxivId.WithoutVersion(arxiv), out var byArxiv))
        {
            return byArxiv;
        }

        return lookups.ByKey.TryGetValue(document.Slug, out var bySlug) && !bySlug.HasErrors ? bySlug : null;
    }

    /// <summary>Warns about each field that the front matter and the entry both give and that disagree (CG0619).</summary>
    private static void Check(CollectionSpec collection, FieldValue?[] values, BibEntry entry, DiagnosticList diagnostics)
    {
        var where = "'" + entry.Key + "' (" + BibIndexBuilder.FileName(entry.KeyLocation.FilePath) + ", line ";
        void Report(string key, string here, BibField? field, string there)
        {
            var value = values[collection.IndexOf(key)]!;
            if (value.Location is { } location)
            {
                var line = field is null ? BibIndexBuilder.Line(entry.KeyLocation) : BibIndexBuilder.Line(field.ValueLocation);
                diagnostics.Add(DiagnosticDescriptors.BibFieldMismatch, location, key, here, where + line + ")", there);
            }
        }

        if (Text(collection, values, PaperSchema.Title) is { } title && entry.Get("title") is { Length: > 0 } entryTitle && ComparableTitle(title) != ComparableTitle(entryTitle))
        {
            Report(PaperSchema.Title, "is '" + title + "'", entry.Field("title"), "'" + entryTitle + "'");
        }

        if (collection.IndexOf(PaperSchema.Authors) is var authorsIndex and >= 0 && values[authorsIndex] is { Items.Count: > 0 } authors
            && entry.Field("author") is { } authorField && AuthorDifference(authors.Items, BibNames.Parse(authorField.Raw)) is { } difference)
        {
            Report(PaperSchema.Authors, difference.Here, authorField, difference.There);
        }

        if (Text(collection, values, PaperSchema.PublicationYear) is { } year && EntryYear(entry) is { } entryYear && year != entryYear)
        {
            Report(PaperSchema.PublicationYear, "is " + year, entry.Field("year") ?? entry.Field("date"), entryYear);
        }

        if (Text(collection, values, PaperSchema.Doi) is { } doi && BibIndexBuilder.Doi(entry) is { } entryDoi && !string.Equals(doi, entryDoi, StringComparison.OrdinalIgnoreCase))
        {
            Report(PaperSchema.Doi, "is '" + doi + "'", entry.Field("doi"), "'" + entryDoi + "'");
        }

        if (Text(collection, values, PaperSchema.Arxiv) is { } arxiv && BibIndexBuilder.Arxiv(entry) is { } entryArxiv
            && !string.Equals(ArxivId.WithoutVersion(arxiv), ArxivId.WithoutVersion(entryArxiv), StringComparison.Ordinal))
        {
            Report(PaperSchema.Arxiv, "is '" + arxiv + "'", entry.Field("eprint") ?? entry.Field("doi"), "'" + entryArxiv + "'");
        }
    }

    /// <summary>Fills each field the front matter leaves out from the entry; a value the entry gives in a form the field does not accept is left out.</summary>
    private static void FillFrom(CollectionSpec collection, FieldValue?[] values, BibEntry entry)
    {
        void Set(string key, string? text)
        {
            var index = collection.IndexOf(key);
            if (index >= 0 && text is { Length: > 0 } && values[index] is null)
            {
                values[index] = FieldValue.Single(text, null);
            }
        }

        Set(PaperSchema.BibKey, entry.Key);
        Set(PaperSchema.Title, entry.Get("title"));
        var authorsIndex = collection.IndexOf(PaperSchema.Authors);
        if (authorsIndex >= 0 && values[authorsIndex] is null or { Items.Count: 0 } && entry.Field("author") is { } author)
        {
            var names = BibNames.Parse(author.Raw).Where(n => !n.IsOthers).Select(n => n.Display).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToEquatableArray();
            if (names.Count > 0)
            {
                values[authorsIndex] = FieldValue.List(names, null, EquatableArray<LocationInfo>.Empty);
            }
        }

        Set(PaperSchema.Publication, Publication(entry));
        Set(PaperSchema.PublicationYear, EntryYear(entry));
        var doi = BibIndexBuilder.Doi(entry);
        Set(PaperSchema.Doi, doi is not null && DoiPattern.IsMatch(doi) ? doi : null);
        var arxiv = BibIndexBuilder.Arxiv(entry);
        Set(PaperSchema.Arxiv, arxiv);
        var url = entry.Get("url") is { } u && Uri.TryCreate(u, UriKind.Absolute, out var parsed) && (parsed.Scheme == "https" || parsed.Scheme == "http") ? u : null;
        Set(PaperSchema.PaperUrl, url ?? (Text(collection, values, PaperSchema.Doi) is { } d ? "https://doi.org/" + d : null) ?? (Text(collection, values, PaperSchema.Arxiv) is { } a ? "https://arxiv.org/abs/" + a : null));
        Set(PaperSchema.Abstract, entry.Get("abstract"));
    }

    private static readonly System.Text.RegularExpressions.Regex DoiPattern = new(@"^10\.[0-9]{4,9}(?:\.[0-9]+)*/\S+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Where the entry was published, by its type: journal, booktitle, institution, school, publisher or howpublished; an arXiv preprint says so.</summary>
    public static string? Publication(BibEntry entry)
    {
        var byType = entry.Type switch
        {
            "article" or "periodical" => entry.Get("journal") ?? entry.Get("journaltitle"),
            "inproceedings" or "conference" or "incollection" or "inbook" => entry.Get("booktitle"),
            "techreport" or "report" => entry.Get("institution"),
            "phdthesis" or "mastersthesis" or "thesis" => entry.Get("school") ?? entry.Get("institution"),
            "book" or "booklet" or "proceedings" or "manual" => entry.Get("publisher") ?? entry.Get("organization"),
            _ => entry.Get("howpublished"),
        };
        return byType
            ?? entry.Get("journal") ?? entry.Get("booktitle") ?? entry.Get("howpublished")
            ?? (BibIndexBuilder.Arxiv(entry) is not null ? "arXiv preprint" : null);
    }

    /// <summary>The entry's year (its <c>year</c>, or the year of its <c>date</c>) when it is four digits, else null.</summary>
    public static string? EntryYear(BibEntry entry)
    {
        var year = entry.Get("year") ?? (entry.Get("date") is { Length: >= 4 } date ? date.Substring(0, 4) : null);
        return year is { Length: 4 } && year.All(c => c is >= '0' and <= '9') && year[0] != '0' ? year : null;
    }

    /// <summary>A title as compared: letters and digits only, lower-case, accents kept.</summary>
    public static string ComparableTitle(string title)
        => new string(title.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>
    /// How two author lists differ, or null when they agree: family names in order (ignoring case, accents and
    /// punctuation), given names compatible by initials (<c>Meinke, A.</c> agrees with <c>Meinke, Alexander</c>). An
    /// entry that ends in <c>and others</c> agrees with any longer list that starts like it.
    /// </summary>
    public static (string Here, string There)? AuthorDifference(EquatableArray<string> written, EquatableArray<BibName> entryNames)
    {
        var here = written.Select(w => (Text: w, Name: ParseOne(w))).ToList();
        var truncated = entryNames.Count > 0 && entryNames[entryNames.Count - 1].IsOthers;
        var there = entryNames.Where(n => !n.IsOthers).ToList();
        var first = -1;
        for (var i = 0; i < Math.Max(here.Count, there.Count); i++)
        {
            if (i >= there.Count && truncated)
            {
                break;
            }

            if (i >= here.Count || i >= there.Count || !Compatible(here[i].Name, there[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return null;
        }

        var thereFamilies = there.Select(n => Comparable(n.FullFamily)).ToList();
        var hereFamilies = here.Select(h => Comparable(h.Name.FullFamily)).ToList();
        var extra = here.Where(h => !thereFamilies.Contains(Comparable(h.Name.FullFamily))).Select(h => h.Text).ToList();
        var missing = truncated ? new List<string>() : there.Where(n => !hereFamilies.Contains(Comparable(n.FullFamily))).Select(n => n.Display).ToList();
        var position = (first + 1).ToString(CultureInfo.InvariantCulture);
        var hereText = "lists " + Count(here.Count) + " and differs first at name " + position + " ("
            + (first < here.Count ? "'" + here[first].Text + "'" : "none") + ")";
        var thereText = Count(there.Count) + (truncated ? " and others" : string.Empty) + ", name " + position + " "
            + (first < there.Count ? "'" + there[first].Display + "'" : "none");
        if (extra.Count > 0)
        {
            thereText += "; not in the entry: " + Quote(extra);
        }

        if (missing.Count > 0)
        {
            thereText += "; missing here: " + Quote(missing);
        }

        if (extra.Count == 0 && missing.Count == 0)
        {
            thereText += "; the same names in another order or with other initials";
        }

        return (hereText, thereText);
    }

    private static string Count(int names) => names.ToString(CultureInfo.InvariantCulture) + (names == 1 ? " name" : " names");

    private static string Quote(List<string> names)
        => names.Count <= 5 ? EditDistance.QuoteList(names) : EditDistance.QuoteList(names.Take(5)) + " and " + (names.Count - 5).ToString(CultureInfo.InvariantCulture) + " more";

    /// <summary>One name as the front matter writes it ("Hubinger, E.", "Evan Hubinger"), read as BibTeX reads a name.</summary>
    public static BibName ParseOne(string written)
    {
        var names = BibNames.Parse(written);
        return names.Count > 0 ? names[0] : new BibName(string.Empty, string.Empty, written, string.Empty, IsCorporate: true);
    }

    private static bool Compatible(BibName a, BibName b)
    {
        if (Comparable(a.FullFamily) != Comparable(b.FullFamily))
        {
            return false;
        }

        var x = Comparable(BibName.InitialsOf(a.Given));
        var y = Comparable(BibName.InitialsOf(b.Given));
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    /// <summary>Letters and digits only, lower-case, without accents: "O'Gara" and "OGara", "Mindermann" and "Mindermann" agree.</summary>
    private static string Comparable(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }

    private static string? Text(CollectionSpec collection, FieldValue?[] values, string key)
    {
        var index = collection.IndexOf(key);
        return index >= 0 ? values[index]?.Text : null;
    }

    /// <summary>An entry per key (ignoring case), DOI (ignoring case) and arXiv id (without version): the first in file order.</summary>
    private sealed class Lookups
    {
        public Lookups(BibIndex bibliography)
        {
            foreach (var entry in bibliography.Entries)
            {
                if (!ByKey.ContainsKey(entry.Key))
                {
                    ByKey.Add(entry.Key, entry);
                }

                if (entry.HasErrors)
                {
                    continue;
                }

                if (BibIndexBuilder.Doi(entry) is { } doi && !ByDoi.ContainsKey(doi))
                {
                    ByDoi.Add(doi, entry);
                }

                if (BibIndexBuilder.Arxiv(entry) is { } arxiv && !ByArxiv.ContainsKey(ArxivId.WithoutVersion(arxiv)))
                {
                    ByArxiv.Add(ArxivId.WithoutVersion(arxiv), entry);
                }
            }
        }

        public Dictionary<string, BibEntry> ByKey { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, BibEntry> ByDoi { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, BibEntry> ByArxiv { get; } = new(StringComparer.Ordinal);
    }
}
