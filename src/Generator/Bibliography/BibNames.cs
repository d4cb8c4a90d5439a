using System;
using System.Collections.Generic;
using System.Text;
using ContentGen.Model;

namespace ContentGen.Bibliography;

/// <summary>
/// Splits a BibTeX name list (<c>author</c>, <c>editor</c>, …) into names, as BibTeX does:
/// <list type="bullet">
/// <item>names are separated by the word <c>and</c> (any case) at brace depth 0;</item>
/// <item>words are separated by white space and <c>~</c> at brace depth 0; commas at depth 0 split a name into parts;</item>
/// <item><c>First von Last</c> (no comma): the last word is the family name; the von part runs from the first word
/// that starts with a lower-case letter to the last such word before the family name; the words before it are the
/// given names;</item>
/// <item><c>von Last, First</c> (one comma) and <c>von Last, Jr, First</c> (two): before the first comma, the words up
/// to the last lower-case word (not the last word) are the von part, the rest the family name;</item>
/// <item>a name that is one brace group (<c>{Anthropic}</c>, <c>{Bill and Melinda Gates Foundation}</c>) is corporate:
/// kept whole as the family name;</item>
/// <item><c>and others</c> is <see cref="BibName.IsOthers"/>.</item>
/// </list>
/// The case of a word is that of its first letter at depth 0, or inside a leading <c>{\...}</c> special character
/// (<c>{\'E}mile</c> is upper-case, <c>{\o}</c> lower-case); a word whose first letters are in a plain brace group
/// has no case and is never a von word. Each part is LaTeX-decoded (<see cref="Latex"/>).
/// </summary>
internal static class BibNames
{
    /// <summary>The fields that hold name lists.</summary>
    public static readonly IReadOnlyCollection<string> NameFields = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "author", "editor", "translator", "bookauthor", "editora", "editorb", "editorc", "holder", "annotator",
        "commentator", "introduction", "foreword", "afterword",
    };

    private enum Case
    {
        None,
        Lower,
        Upper,
    }

    /// <summary>Whether a field holds a name list.</summary>
    public static bool IsNameField(string field) => ((HashSet<string>)NameFields).Contains(field);

    /// <summary>The names of a name list, given as BibTeX text (<see cref="BibField.Raw"/>: braces matter here).</summary>
    public static EquatableArray<BibName> Parse(string raw) => Parse(raw, null);

    /// <summary>As <see cref="Parse(string)"/>, adding each problem to <paramref name="problems"/>: the name as written and what is wrong with it ("" for an empty name).</summary>
    public static EquatableArray<BibName> Parse(string raw, List<(string Name, string Problem)>? problems)
    {
        var names = new List<BibName>();
        var tokens = Tokenize(raw);
        var start = 0;
        var nameCount = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && !(tokens[i].Kind == TokenKind.Word && string.Equals(tokens[i].Text, "and", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            nameCount++;
            var nameTokens = tokens.GetRange(start, i - start);
            start = i + 1;
            if (nameTokens.Count == 0)
            {
                // A blank list has no names; "a and and b", "and a", "a and" have an empty one.
                if (tokens.Count > 0)
                {
                    problems?.Add((string.Empty, i == tokens.Count ? "after the last 'and'" : nameCount == 1 ? "before the first 'and'" : "between two 'and'"));
                }

                continue;
            }

            if (ParseName(nameTokens, problems) is { } name)
            {
                names.Add(name);
            }
        }

        return names.ToEquatableArray();
    }

    private static BibName? ParseName(List<Token> tokens, List<(string Name, string Problem)>? problems)
    {
        if (tokens.TrueForAll(t => t.Kind == TokenKind.Comma))
        {
            // "A and , and B": commas and no word.
            problems?.Add((Written(tokens), "has no words (it is left out)"));
            return null;
        }

        var parts = new List<List<string>> { new() };
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Comma)
            {
                parts.Add(new List<string>());
            }
            else
            {
                parts[parts.Count - 1].Add(token.Text);
            }
        }

        if (parts.Count == 1)
        {
            var words = parts[0];
            if (words.Count == 1 && IsOneGroup(words[0]))
            {
                return new BibName(string.Empty, string.Empty, Latex.Decode(words[0]), string.Empty, IsCorporate: true);
            }

            return FirstVonLast(words);
        }

        if (parts.Count > 3)
        {
            problems?.Add((Written(tokens), "has " + (parts.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " commas, at most 2 are allowed (the extra parts are read as given names)"));
            var given = new List<string>();
            for (var p = 2; p < parts.Count; p++)
            {
                if (given.Count > 0 && parts[p].Count > 0)
                {
                    given[given.Count - 1] += ",";
                }

                given.AddRange(parts[p]);
            }

            parts = new List<List<string>> { parts[0], parts[1], given };
        }

        if (parts[0].Count == 0)
        {
            problems?.Add((Written(tokens), "has nothing before its comma (it is read without the commas)"));
            var all = new List<string>();
            foreach (var part in parts)
            {
                all.AddRange(part);
            }

            return FirstVonLast(all);
        }

        var first = parts[0];
        var lastVon = -1;
        for (var w = first.Count - 2; w >= 0; w--)
        {
            if (CaseOf(first[w]) == Case.Lower)
            {
                lastVon = w;
                break;
            }
        }

        var von = first.GetRange(0, lastVon + 1);
        var family = first.GetRange(lastVon + 1, first.Count - lastVon - 1);
        var suffix = parts.Count == 3 ? parts[1] : new List<string>();
        var givenNames = parts[parts.Count - 1];
        return new BibName(Decode(givenNames), Decode(von), Decode(family), Decode(suffix), IsCorporate: false);
    }

    private static BibName FirstVonLast(List<string> words)
    {
        var last = words.Count - 1;
        var vonStart = -1;
        for (var w = 0; w < last; w++)
        {
            if (CaseOf(words[w]) == Case.Lower)
            {
                vonStart = w;
                break;
            }
        }

        if (vonStart < 0)
        {
            return new BibName(Decode(words.GetRange(0, last)), string.Empty, Decode(words.GetRange(last, 1)), string.Empty, IsCorporate: false);
        }

        var vonEnd = vonStart;
        for (var w = last - 1; w > vonStart; w--)
        {
            if (CaseOf(words[w]) == Case.Lower)
            {
                vonEnd = w;
                break;
            }
        }

        return new BibName(
            Decode(words.GetRange(0, vonStart)),
            Decode(words.GetRange(vonStart, vonEnd - vonStart + 1)),
            Decode(words.GetRange(vonEnd + 1, last - vonEnd)),
            string.Empty,
            IsCorporate: false);
    }

    private static string Decode(List<string> words) => words.Count == 0 ? string.Empty : Latex.Decode(string.Join(" ", words));

    private static string Written(List<Token> tokens)
    {
        var text = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Comma)
            {
                text.Append(',');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                text.Append(token.Text);
            }
        }

        return text.ToString();
    }

    /// <summary>Whether a word is one brace group from its first character to its last: <c>{Anthropic}</c>.</summary>
    internal static bool IsOneGroup(string word)
    {
        if (word.Length < 2 || word[0] != '{' || word[word.Length - 1] != '}')
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == '{')
            {
                depth++;
            }
            else if (word[i] == '}')
            {
                depth--;
                if (depth == 0 && i < word.Length - 1)
                {
                    return false;
                }
            }
        }

        return depth == 0;
    }

    /// <summary>The case of a word, as BibTeX sees it (see the class summary).</summary>
    private static Case CaseOf(string word)
    {
        var i = 0;
        while (i < word.Length)
        {
            var c = word[i];
            if (c == '\\')
            {
                // A command at depth 0: \'Emile, \v{S}, \o.
                var (found, next) = CommandCase(word, i);
                if (found != Case.None)
                {
                    return found;
                }

                i = next;
                continue;
            }

            if (c == '{')
            {
                if (i + 1 < word.Length && word[i + 1] == '\\')
                {
                    // A special character {\'e}, {\o}: its letter decides.
                    var (found, _) = CommandCase(word, i + 1);
                    if (found != Case.None)
                    {
                        return found;
                    }
                }

                i = SkipGroup(word, i);
                continue;
            }

            var letter = LetterCase(c);
            if (letter != Case.None || char.IsLetter(c))
            {
                return letter;
            }

            i++;
        }

        return Case.None;
    }

    /// <summary>The case a command at <paramref name="at"/> (a backslash) gives the word, and where the text after it starts.</summary>
    private static (Case Case, int Next) CommandCase(string word, int at)
    {
        var end = at + 1;
        while (end < word.Length && ((word[end] >= 'a' && word[end] <= 'z') || (word[end] >= 'A' && word[end] <= 'Z')))
        {
            end++;
        }

        if (end == at + 1)
        {
            // A control symbol: \' \" \& ...
            if (end >= word.Length)
            {
                return (Case.None, end);
            }

            var symbol = word[end].ToString();
            end++;
            if (!Latex.IsAccent(symbol))
            {
                return (Case.None, end);
            }
        }
        else
        {
            var name = word.Substring(at + 1, end - at - 1);
            if (Latex.IsSpecialLetter(name))
            {
                return (LetterCase(name[0]), end);
            }

            if (!Latex.IsAccent(name))
            {
                return (Case.None, end);
            }
        }

        // An accent: the letter it sits on decides.
        var k = end;
        while (k < word.Length && (Latex.IsSpace(word[k]) || word[k] == '{'))
        {
            k++;
        }

        if (k < word.Length && word[k] == '\\')
        {
            var (found, next) = CommandCase(word, k);
            return (found, Math.Max(next, end));
        }

        return k < word.Length ? (LetterCase(word[k]), end) : (Case.None, end);
    }

    private static Case LetterCase(char c) => char.IsLower(c) ? Case.Lower : char.IsUpper(c) ? Case.Upper : Case.None;

    private static int SkipGroup(string word, int open)
    {
        var depth = 0;
        for (var i = open; i < word.Length; i++)
        {
            if (word[i] == '{')
            {
                depth++;
            }
            else if (word[i] == '}' && --depth == 0)
            {
                return i + 1;
            }
        }

        return word.Length;
    }

    private enum TokenKind
    {
        Word,
        Comma,
    }

    private readonly struct Token
    {
        public Token(TokenKind kind, string text)
        {
            Kind = kind;
            Text = text;
        }

        public TokenKind Kind { get; }

        public string Text { get; }
    }

    /// <summary>Words and commas at brace depth 0; braces are counted as BibTeX counts them (a backslash does not escape one).</summary>
    private static List<Token> Tokenize(string raw)
    {
        var tokens = new List<Token>();
        var depth = 0;
        var wordStart = -1;
        for (var i = 0; i <= raw.Length; i++)
        {
            var c = i < raw.Length ? raw[i] : ' ';
            var separator = i == raw.Length || (depth == 0 && (Latex.IsSpace(c) || c == '~' || c == ','));
            if (separator)
            {
                if (wordStart >= 0)
                {
                    tokens.Add(new Token(TokenKind.Word, raw.Substring(wordStart, i - wordStart)));
                    wordStart = -1;
                }

                if (c == ',' && i < raw.Length)
                {
                    tokens.Add(new Token(TokenKind.Comma, ","));
                }

                continue;
            }

            if (wordStart < 0)
            {
                wordStart = i;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
        }

        return tokens;
    }
}
