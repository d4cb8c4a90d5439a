using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ContentGen.Model;
using ContentGen.Runtime;

namespace ContentGen.Bibliography;

/// <summary>
/// Writes BibTeX entries from plain text, such that <see cref="BibReader"/> reads back the same values (white space
/// collapsed and trimmed, as the reader does) and the same names. Values are wrapped in braces and written as UTF-8
/// text; only what LaTeX or BibTeX would read otherwise is escaped:
/// <c>\</c> → <c>\textbackslash{}</c>, <c>{ }</c> → <c>\{ \}</c> (balanced with plain braces where they do not pair
/// up, as BibTeX counts every brace; the reader drops the plain ones), <c>&amp; % $ # _</c> →
/// <c>\&amp; \% \$ \# \_</c>, <c>~</c> → <c>\textasciitilde{}</c>, <c>^</c> → <c>\textasciicircum{}</c>, and
/// <c>--</c>, <c>``</c>, <c>''</c> are split with <c>{}</c> so they stay as typed. Verbatim fields (<c>url</c>,
/// <c>doi</c>, …) escape only <c>\</c> (as <c>\\</c>) and braces, balanced the same way. Every value is on
/// one line, so no value can start a line with <c>@</c>.
/// </summary>
internal static class BibWriter
{
    /// <summary>
    /// One entry: <c>@type{key,</c>, a line per field (<c>  name = {value},</c>), <c>}</c>, each line ending in
    /// <c>\n</c>. A character that cannot be part of a type, key or field name is written as <c>_</c>.
    /// </summary>
    public static string Write(string type, string key, IEnumerable<BibWriterField> fields)
        => CitationWriter.Entry(type, key, fields.Select(field => new KeyValuePair<string, string>(
            field.Name,
            field.Names.Count > 0 ? FormatNames(field.Names) : CitationWriter.Value(field.Name, field.Text))));

    /// <summary>Writes an entry as read: its decoded values, and its name lists as the names <see cref="BibNames.Parse(string)"/> finds.</summary>
    public static string Write(BibEntry entry)
    {
        var fields = new List<BibWriterField>();
        foreach (var field in entry.Fields)
        {
            fields.Add(BibNames.IsNameField(field.Name)
                ? BibWriterField.FromNames(field.Name, BibNames.Parse(field.Raw))
                : BibWriterField.FromText(field.Name, field.Value));
        }

        return Write(entry.Type, entry.Key, fields);
    }

    /// <summary>Plain text as the inside of a braced BibTeX value (see the class summary).</summary>
    public static string EscapeText(string text) => CitationWriter.EscapeText(text);

    /// <summary>
    /// A name list as BibTeX text: names joined by <c>and</c>; a person as <c>von Family, Given</c> (or
    /// <c>von Family, Suffix, Given</c>), the family name in braces unless it is one plain word that is not
    /// lower-case; a corporate name in braces; <see cref="BibName.IsOthers"/> as <c>others</c>.
    /// </summary>
    public static string FormatNames(IEnumerable<BibName> names)
    {
        var text = new StringBuilder();
        foreach (var name in names)
        {
            if (text.Length > 0)
            {
                text.Append(" and ");
            }

            text.Append(FormatName(name));
        }

        return text.ToString();
    }

    private static string FormatName(BibName name)
    {
        if (name.IsOthers)
        {
            return "others";
        }

        if (name.IsCorporate)
        {
            return "{" + EscapeText(name.Family) + "}";
        }

        var family = EscapeText(name.Family);
        if (!IsPlainWord(name.Family, family))
        {
            family = "{" + family + "}";
        }

        var von = Von(name.Von);

        var given = Part(name.Given);
        var suffix = Part(name.Suffix);
        var last = von.Length == 0 ? family : von + " " + family;
        if (given.Length == 0 && suffix.Length == 0)
        {
            // A lone braced family name would read as a corporate name: the comma keeps it a person's.
            return von.Length > 0 || family[0] != '{' ? last : last + ",";
        }

        return suffix.Length == 0 ? last + ", " + given : last + ", " + suffix + ", " + given;
    }

    /// <summary>
    /// The von part, written so that BibTeX reads it as one: its first and last words must start with a lower-case
    /// letter and no word may be "and" or hold a comma. Plain when it already is so ("van der"); otherwise as one word,
    /// its spaces in braces, the text before its first lower-case letter in braces (<c>{O}penAI{ }tero</c>).
    /// </summary>
    private static string Von(string von)
    {
        if (von.Length == 0)
        {
            return string.Empty;
        }

        var words = von.Split(' ');
        var plain = true;
        foreach (var word in words)
        {
            plain &= word.Length > 0 && word.IndexOf(',') < 0 && !IsSeparatorWord(word) && FirstCased(word) is { } first && char.IsLower(first);
        }

        if (plain)
        {
            return EscapeText(von);
        }

        var start = 0;
        while (start < von.Length && !(FirstCased(von[start].ToString()) is { } c && char.IsLower(c)))
        {
            start++;
        }

        var text = new StringBuilder();
        if (start > 0 && start < von.Length)
        {
            // In braces, the spaces of the prefix do not split the word.
            text.Append('{').Append(CitationWriter.Escape(von.Substring(0, start))).Append('}');
        }
        else
        {
            start = 0;
        }

        text.Append(CitationWriter.Escape(von.Substring(start)).Replace(" ", "{ }").Replace(",", "{,}"));
        var written = text.ToString();
        return string.Equals(written, "and", StringComparison.OrdinalIgnoreCase) ? "{}" + written : written;
    }

    /// <summary>The first character of a word that has a case or is a letter, as the reader decides a word's case.</summary>
    private static char? FirstCased(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) || char.IsLower(c) || char.IsUpper(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>A given name or suffix: escaped, in braces when a comma or an "and" in it would split the name.</summary>
    private static string Part(string text)
    {
        var escaped = EscapeText(text);
        if (escaped.IndexOf(',') >= 0)
        {
            return "{" + escaped + "}";
        }

        foreach (var word in escaped.Split(' '))
        {
            if (IsSeparatorWord(word))
            {
                return "{" + escaped + "}";
            }
        }

        return escaped;
    }

    private static bool IsSeparatorWord(string word) => string.Equals(word, "and", StringComparison.OrdinalIgnoreCase) || word.IndexOf(',') >= 0;

    /// <summary>Whether a family name can be written without braces: one word, nothing escaped, not lower-case, not "and" or "others".</summary>
    private static bool IsPlainWord(string family, string escaped)
    {
        if (family.Length == 0 || family != escaped || string.Equals(family, "and", StringComparison.OrdinalIgnoreCase) || string.Equals(family, "others", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in family)
        {
            if (CitationWriter.IsSpace(c) || c == ',' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        // The first letter decides the case, as BibTeX sees it: a lower-case word would be read as a von part.
        foreach (var c in family)
        {
            if (char.IsLetter(c))
            {
                return !char.IsLower(c);
            }
        }

        return true;
    }
}
