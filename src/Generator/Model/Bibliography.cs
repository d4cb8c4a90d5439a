using System;

namespace ContentGen.Model;

/// <summary>One field of a BibTeX entry.</summary>
/// <param name="Name">The field name, lower-case (<c>title</c>, <c>author</c>).</param>
/// <param name="Value">
/// The value as plain Unicode text: macros expanded, pieces joined, LaTeX decoded (accents, escapes, dashes, quotes),
/// protection braces removed, runs of spaces, tabs and line breaks made one space, trimmed. Verbatim fields
/// (<c>url</c>, <c>doi</c>, <c>eprint</c>, <c>file</c>, …) are not LaTeX-decoded: only <c>\</c> before a character
/// that is not a letter is dropped (<c>\_</c> → <c>_</c>, <c>\\</c> → <c>\</c>).
/// </param>
/// <param name="Raw">The value as BibTeX text: macros expanded and pieces joined, the outer braces or quotes removed,
/// nothing decoded. Name lists are parsed from this (<c>Bibliography.BibNames.Parse</c>), as braces matter there.</param>
/// <param name="NameLocation">Where the field name is in the file.</param>
/// <param name="ValueLocation">Where the value is in the file, from its first piece to its last.</param>
internal sealed record BibField(string Name, string Value, string Raw, LocationInfo NameLocation, LocationInfo ValueLocation);

/// <summary>One entry of a <c>.bib</c> file (<c>@article{key, ...}</c>).</summary>
/// <param name="Type">The entry type, lower-case (<c>article</c>, <c>inproceedings</c>).</param>
/// <param name="Key">The citation key as written; empty only when the entry has none (and so <paramref name="HasErrors"/>).</param>
/// <param name="KeyLocation">Where the key is; for an entry without key, its opening brace.</param>
/// <param name="Fields">The fields in file order; a repeated field name keeps its first value only.</param>
/// <param name="HasErrors">Whether an error was reported inside this entry (its fields may then be incomplete), or its key repeats an earlier entry's.</param>
internal sealed record BibEntry(string Type, string Key, LocationInfo KeyLocation, EquatableArray<BibField> Fields, bool HasErrors)
{
    /// <summary>The field with the given name (case-insensitive), or null.</summary>
    public BibField? Field(string name)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The decoded value of the field with the given name (case-insensitive), or null.</summary>
    public string? Get(string name) => Field(name)?.Value;

    /// <summary>
    /// The month as a number from 1 to 12, or null: from <c>month = jan</c> (which reads as "January"), <c>{Jan.}</c>,
    /// <c>{January}</c>, <c>{1}</c> or <c>{01}</c>.
    /// </summary>
    public int? Month => Get("month") is { } month ? MonthNumber(month) : null;

    /// <summary>The month number of an English month name (full or the first three letters, a trailing dot allowed) or of 1 to 12.</summary>
    public static int? MonthNumber(string text)
    {
        var value = text.Trim().TrimEnd('.').ToLowerInvariant();
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            var name = MonthNames[i].ToLowerInvariant();
            if (value == name || (value.Length == 3 && name.StartsWith(value, StringComparison.Ordinal)) || (value == "sept" && i == 8))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>The English month names, which the month macros <c>jan</c> … <c>dec</c> stand for.</summary>
    public static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };
}

/// <summary>What <c>Bibliography.BibReader.Read</c> makes of one <c>.bib</c> file.</summary>
/// <param name="FilePath">The file's path, as given.</param>
/// <param name="Entries">Every entry that was started, in file order, those with errors too (see <see cref="BibEntry.HasErrors"/>).</param>
/// <param name="Preambles">The text of each <c>@preamble</c> as BibTeX (macros expanded, not decoded).</param>
/// <param name="Diagnostics">Every problem, each at its place in the file.</param>
internal sealed record BibFile(string FilePath, EquatableArray<BibEntry> Entries, EquatableArray<string> Preambles, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The first entry with the given key (compared as BibTeX does, ignoring case), or null.</summary>
    public BibEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Length > 0 && string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }
}

/// <summary>
/// One name of an <c>author</c> or <c>editor</c> list, in BibTeX's four parts. Every part is decoded text, words
/// separated by one space.
/// </summary>
/// <param name="Given">The given names ("Evan", "Martin Luther"), may be empty.</param>
/// <param name="Von">The particle ("van", "de la"), may be empty.</param>
/// <param name="Family">The family name ("Hubinger"); for a corporate name, the whole name.</param>
/// <param name="Suffix">The "Jr" part ("Jr.", "III"), may be empty.</param>
/// <param name="IsCorporate">Whether the name was written in braces as one unit (<c>{Anthropic}</c>): <paramref name="Family"/> holds it all.</param>
internal sealed record BibName(string Given, string Von, string Family, string Suffix, bool IsCorporate)
{
    /// <summary>Whether this is BibTeX's <c>and others</c> (et al.).</summary>
    public bool IsOthers => !IsCorporate && Family == "others" && Given.Length == 0 && Von.Length == 0 && Suffix.Length == 0;

    /// <summary>The family name with its particle: "van Beethoven".</summary>
    public string FullFamily => Von.Length == 0 ? Family : Von + " " + Family;

    /// <summary>Family first, then given names, then suffix: "Hubinger, Evan", "van Beethoven, Ludwig", "King, Martin Luther, Jr."; a corporate name as it is.</summary>
    public string FamilyFirst => IsCorporate ? Family : Join(Join(FullFamily, Given), Suffix);

    /// <summary>Given names first: "Evan Hubinger", "Ludwig van Beethoven", "Martin Luther King, Jr."; a corporate name as it is.</summary>
    public string GivenFirst
    {
        get
        {
            if (IsCorporate)
            {
                return Family;
            }

            var name = Given.Length == 0 ? FullFamily : Given + " " + FullFamily;
            return Join(name, Suffix);
        }
    }

    /// <summary>The initials of the given names: "E." for "Evan", "M. L." for "Martin Luther", "J.-P." for "Jean-Paul"; empty for none.</summary>
    public string Initials => IsCorporate ? string.Empty : InitialsOf(Given);

    /// <summary>The short form the papers' <c>authors</c> use: "Hubinger, E.", "van Beethoven, L.", "King, M. L., Jr."; a corporate name as it is.</summary>
    public string Display => IsCorporate ? Family : Join(Join(FullFamily, Initials), Suffix);

    /// <summary>The initials of given names, as <see cref="Initials"/> describes.</summary>
    public static string InitialsOf(string given)
    {
        var result = new System.Text.StringBuilder();
        foreach (var word in given.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('-');
            var initials = new System.Collections.Generic.List<string>();
            foreach (var part in parts)
            {
                // "J.R.R." is three initials already.
                foreach (var piece in part.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (FirstLetter(piece) is { } letter)
                    {
                        initials.Add(letter + ".");
                    }
                }
            }

            if (initials.Count == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(' ');
            }

            // Hyphenated names keep their hyphen: "J.-P."; initials run together in one word ("J.R.R.") are spaced.
            result.Append(parts.Length > 1 && initials.Count == parts.Length ? string.Join("-", initials) : string.Join(" ", initials));
        }

        return result.ToString();
    }

    private static string? FirstLetter(string text)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (char.IsLetterOrDigit(element, 0))
            {
                return element;
            }
        }

        return null;
    }

    private static string Join(string first, string second)
        => first.Length == 0 ? second : second.Length == 0 ? first : first + ", " + second;
}

/// <summary>A field for <c>Bibliography.BibWriter</c>: its name and either plain text or a list of names.</summary>
/// <param name="Name">The field name (<c>title</c>).</param>
/// <param name="Text">The value as plain Unicode text; ignored when <paramref name="Names"/> is not empty.</param>
/// <param name="Names">For a name list (<c>author</c>, <c>editor</c>), the names.</param>
internal sealed record BibWriterField(string Name, string Text, EquatableArray<BibName> Names)
{
    /// <summary>A field whose value is plain text.</summary>
    public static BibWriterField FromText(string name, string text) => new(name, text, EquatableArray<BibName>.Empty);

    /// <summary>A name-list field.</summary>
    public static BibWriterField FromNames(string name, System.Collections.Generic.IEnumerable<BibName> names) => new(name, string.Empty, names.ToEquatableArray());
}

/// <summary>
/// The bibliography of a project: the entries of every <c>.bib</c> file under the content root, files in path order and
/// entries in file order, and the problems that only show across entries or files (the problems of one file are in its
/// <see cref="BibFile"/>).
/// </summary>
/// <param name="HasFiles">Whether the project has a <c>.bib</c> file at all: without one, nothing is matched and no citation is checked.</param>
/// <param name="Entries">Every entry with a key, those with errors too.</param>
/// <param name="Diagnostics">Keys used in two files, DOIs and arXiv ids used by two entries.</param>
internal sealed record BibIndex(bool HasFiles, EquatableArray<BibEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>A project without <c>.bib</c> files.</summary>
    public static readonly BibIndex Empty = new(false, EquatableArray<BibEntry>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>A citation in a body (<c>[@key]</c>, <c>@key</c>): the key as written and where it is.</summary>
internal sealed record CitationUse(string Key, LocationInfo Location);

/// <summary>The citations of one document's body, as its file's parse found them.</summary>
internal sealed record DocumentCitations(string FilePath, EquatableArray<CitationUse> Citations);

/// <summary>A document after its BibTeX entry filled and checked it, and what that found.</summary>
internal sealed record FilledDocument(DocumentMetadata Metadata, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Every document after the bibliography (papers' <c>Cites</c> and <c>CitedBy</c> set), and every problem the matching found, sorted.</summary>
internal sealed record RelatedDocuments(EquatableArray<DocumentMetadata> Documents, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>What a citation of <paramref name="Key"/> reads as and links to in a rendered body.</summary>
/// <param name="Key">The BibTeX key, as the bibliography spells it.</param>
/// <param name="Label">Author and year: "Hubinger et al. 2024".</param>
/// <param name="Href">The cited paper's slug when the collection has it, else its DOI link, URL or arXiv page; null when the entry has none.</param>
internal sealed record CitationLink(string Key, string Label, string? Href);
