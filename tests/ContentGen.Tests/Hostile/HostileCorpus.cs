using System.Collections.Generic;
using System.Linq;
using ContentGen.Tests.Infrastructure;

namespace ContentGen.Tests.Hostile;

/// <summary>
/// Content that anyone who can open a pull request on a content folder could write, each with the outcome it must
/// have: the exact set of diagnostic IDs ("" when the paper must be generated cleanly). YAML cannot carry a lone
/// surrogate (YamlDotNet rejects the escape, and a UTF-8 file cannot hold one), and a raw NUL ends YamlDotNet's input:
/// both are CG0006; a NUL written as the escape \0 is kept. Large and binary-ish inputs
/// are built here rather than committed, and names such as Paper.md next to paper.md could not be checked out on a
/// case-insensitive file system, so the whole corpus lives in code.
/// </summary>
internal static class HostileCorpus
{
    private const string Body = "\n## Summary\n\nText.\n\n## Key Findings\n\n- One\n";

    /// <summary>The title of <c>values.md</c>: every character class that could break a literal or a comment.</summary>
    public const string HostileTitle = "\"; } public class Pwned { } // \\ */ <b>&amp; \"\"\" { } \u202E \u2028\u2029\u0085 end";

    /// <summary>A term with no letter or digit: it gets no constant, but lookups still find it.</summary>
    public const string HostileTerm = "\"\"\" */ { } \\";

    public static IReadOnlyList<(string Name, string Text, string Expected)> Files() => new List<(string, string, string)>
    {
        ("empty.md", string.Empty, "CG0001"),
        ("bom.md", "\uFEFF" + Valid("Bom"), ""),
        ("crlf.md", Valid("Crlf", "summary: >\n  folded\n  over lines").Replace("\n", "\r\n"), ""),
        ("mixed-endings.md", Valid("Mixed").Replace("date:", "\rdate:").Replace("## Key", "\r\n## Key"), ""),
        ("leading-blank-lines.md", "\n\n" + Valid("Leading"), "CG0003"),
        ("delimiter-trailing-spaces.md", Valid("Trailing").Replace("---\n", "---   \n"), ""),
        ("four-dashes.md", Valid("Four").Replace("---\n", "----\n"), "CG0001"),
        ("dots-closing.md", ReplaceSecond(Valid("Dots"), "---\n", "...\n"), ""),
        ("scalar-front-matter.md", "---\njust a string\n---\n" + Body, "CG0004"),
        ("list-front-matter.md", "---\n- a\n- b\n---\n" + Body, "CG0004"),
        ("anchor-and-alias.md", Valid("Alias", "tags: &t [\"a\"]\nresearch_areas: *t"), "CG0009"),
        ("merge-key.md", Valid("Merge", "base: &b {x: 1}\nother:\n  <<: *b"), "CG0009"),
        ("explicit-tag.md", Valid("Tagged", "publication: !!str 2024"), "CG0009"),
        ("deep-brackets.md", Valid("Deep", "tags: " + new string('[', 2000) + new string(']', 2000)), "CG0011"),
        ("deep-braces.md", Valid("Braces", "tags: " + string.Concat(Enumerable.Repeat("{a: ", 2000)) + "1" + new string('}', 2000)), "CG0011"),
        ("ten-megabyte-scalar.md", Valid("Huge", "summary: \"" + new string('x', 10 * 1024 * 1024) + "\""), "CG0010"),
        ("over-the-cap.md", Valid("Over") + new string('y', 1024 * 1024), "CG0010"),
        ("large-but-allowed.md", Valid("Large", "summary: \"" + new string('z', 200 * 1024) + "\""), ""),
        ("invalid-utf8.md", Valid("Broken \uFFFD encoding"), "CG0012"),
        ("nul-in-title.md", Valid("Nul title").Replace("Nul title", "Nul\0title", System.StringComparison.Ordinal), "CG0006"),
        ("lone-surrogate-escape.md", Valid("Lone \ud800 surrogate"), "CG0006"),
        ("nul-in-body.md", Valid("NulBody").Replace("Text.", "Te\0xt."), ""),
        ("values.md", Valid("placeholder", "tags: [" + Quote(HostileTerm) + ", \"<script>\", \"&\"]\nsummary: " + Quote("multi\nline\r\nsummary \0 nul")).Replace("title: \"placeholder\"", "title: " + Quote(HostileTitle)), ""),
        ("2024-x.md", Valid("Leading digit"), ""),
        ("class.md", Valid("Keyword", "tags: [\"class\"]"), ""),
        ("record.md", Valid("Contextual keyword"), ""),
        ("Über.md", Valid("Non-ASCII"), ""),
        ("a b.md", Valid("Space"), ""),
        ("GPT-4.md", Valid("Hyphen"), "CG0402"),
        ("GPT 4.md", Valid("Space too"), "CG0402"),
        ("Paper.md", Valid("Upper"), "CG0402"),
        ("paper.md", Valid("Lower"), "CG0402"),
        ("zero\u200Bwidth.md", Valid("Zero width space"), ""),
        ("zerowidth.md", Valid("No zero width space"), ""),
        ("nested-links.md", Valid("Nested").Replace("Text.", string.Concat(Enumerable.Repeat("[a", 128))), ""),
        ("deep-quotes.md", Valid("Quotes").Replace("Text.", new string('>', 1000) + " deep"), "CG0305"),
        ("unclosed-links.md", Valid("Links").Replace("Text.", string.Concat(Enumerable.Repeat("[a](b", 20_000))), "CG0305"),
    };

    /// <summary>A valid paper with the given title (quoted) and extra front-matter lines.</summary>
    public static string Valid(string title, string extra = "")
        => "---\ntitle: " + Quote(title) + "\ndate: 2024-01-10\nauthors: [\"Doe, J.\"]\n" + (extra.Length > 0 ? extra + "\n" : string.Empty) + "---\n" + Body;

    /// <summary>A YAML double-quoted scalar, escaped so YAML reads back exactly <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\0' => "\\0",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsSurrogate(c) || char.IsControl(c) => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string ReplaceSecond(string text, string oldValue, string newValue)
    {
        var first = text.IndexOf(oldValue, System.StringComparison.Ordinal);
        var second = text.IndexOf(oldValue, first + oldValue.Length, System.StringComparison.Ordinal);
        return text[..second] + newValue + text[(second + oldValue.Length)..];
    }
}
