using System.Collections.Generic;
using ContentGen.Bibliography;
using Xunit;

namespace ContentGen.Tests.Bibliography;

/// <summary>What <see cref="Latex.Decode(string)"/> makes of the LaTeX that real .bib exports contain.</summary>
public sealed class LatexTests
{
    [Theory]
    // Accents, in every form, composed to one character.
    [InlineData("{\\'e}", "\u00E9")]
    [InlineData("\\'{e}", "\u00E9")]
    [InlineData("\\'e", "\u00E9")]
    [InlineData("\\' e", "\u00E9")]
    [InlineData("{\\\"a}", "\u00E4")]
    [InlineData("Na\\\"ive", "Naïve")]
    [InlineData("na\\\"{\\i}ve", "naïve")]
    [InlineData("\\'{\\i}", "í")]
    [InlineData("{\\'{\\i}}", "í")]
    [InlineData("\\`{a}", "à")]
    [InlineData("\\^{o}", "ô")]
    [InlineData("\\~{n}", "ñ")]
    [InlineData("\\={a}", "ā")]
    [InlineData("\\.{z}", "ż")]
    [InlineData("\\u{g}", "ğ")]
    [InlineData("\\v{s}", "š")]
    [InlineData("\\v s", "š")]
    [InlineData("{\\v S}koda", "Škoda")]
    [InlineData("\\H{o}", "ő")]
    [InlineData("\\c{c}", "ç")]
    [InlineData("\\c c", "ç")]
    [InlineData("\\c{S}", "Ş")]
    [InlineData("\\k{a}", "ą")]
    [InlineData("\\r{a}", "å")]
    [InlineData("\\d{s}", "ṣ")]
    [InlineData("\\'\\o", "ǿ")]
    [InlineData("\\'{}", "´")]
    [InlineData("\\~{}", "~")]
    [InlineData("\\^{}", "^")]
    [InlineData("a\\\"", "a¨")]
    // Special letters.
    [InlineData("{\\o}", "ø")]
    [InlineData("\\O", "Ø")]
    [InlineData("{\\ae}\\AE{\\oe}\\OE", "æÆœŒ")]
    [InlineData("{\\aa}\\AA", "åÅ")]
    [InlineData("Stra{\\ss}e", "Straße")]
    [InlineData("Stra\\ss e", "Straße")]
    [InlineData("{\\l}\\L", "łŁ")]
    [InlineData("\\i\\j", "ıȷ")]
    // Escapes.
    [InlineData("\\& \\% \\$ \\# \\_ \\{ \\}", "& % $ # _ { }")]
    [InlineData("\\textbackslash{}n", "\\n")]
    [InlineData("\\textasciitilde{}user", "~user")]
    [InlineData("10\\,000", "10\u202F000")]
    [InlineData("a\\\\b", "a b")]
    [InlineData("a\\ b", "a b")]
    [InlineData("Pro\\-ce\\-dure", "Procedure")]
    // Ties, dashes, quotes.
    [InlineData("D.~E. Knuth", "D.\u00A0E. Knuth")]
    [InlineData("1--2", "1–2")]
    [InlineData("a---b", "a—b")]
    [InlineData("a----b", "a—-b")]
    [InlineData("a - b", "a - b")]
    [InlineData("``quoted''", "“quoted”")]
    [InlineData("it's `so'", "it's `so'")]
    // Braces and text styles.
    [InlineData("{{Title Case}}", "Title Case")]
    [InlineData("The {LLM} of {GPT}-4", "The LLM of GPT-4")]
    [InlineData("\\textit{x} \\emph{y} \\textbf{z} \\textsc{w}", "x y z w")]
    [InlineData("{\\em x} and {\\bf y}", "x and y")]
    [InlineData("\\url{https://a.org/~b_c%20d}", "https://a.org/~b_c%20d")]
    [InlineData("\\href{https://a.org}{the site}", "the site")]
    [InlineData("{\\noopsort{a}}Zeta", "Zeta")]
    [InlineData("\\LaTeX{} and {\\TeX}book", "LaTeX and TeXbook")]
    [InlineData("\\ldots{} and \\textendash", "… and –")]
    [InlineData("\\copyright 2024", "©2024")]
    // Math.
    [InlineData("$x^2$", "x^2")]
    [InlineData("{$\\alpha$}-stable", "α-stable")]
    [InlineData("$a \\times b \\leq c$", "a × b ≤ c")]
    [InlineData("$O(n \\log n)$", "O(n log n)")]
    [InlineData("$\\mathcal{O}(1)$", "O(1)")]
    // White space.
    [InlineData("  spaced \n\t out  ", "spaced out")]
    [InlineData("", "")]
    // Unknown commands are kept as written, with their braces.
    [InlineData("\\foo{x}", "\\foo{x}")]
    [InlineData("\\frac{a}{b}", "\\frac{a}{b}")]
    [InlineData("a \\* b", "a \\* b")]
    public void Decodes(string latex, string expected) => Assert.Equal(expected, Latex.Decode(latex));

    [Fact]
    public void Accents_compose_to_one_character_but_text_typed_decomposed_is_left_alone()
    {
        Assert.Equal(1, Latex.Decode("{\\'e}").Length);
        Assert.Equal("e\u0301", Latex.Decode("e\u0301"));
    }

    [Fact]
    public void Unknown_commands_are_collected()
    {
        var unknown = new List<string>();

        Latex.Decode("\\foo \\bar{x} \\'e \\* \\emph{y}", unknown);

        Assert.Equal(new[] { "\\foo", "\\bar", "\\*" }, unknown);
    }

    [Fact]
    public void Deep_nesting_does_not_overflow_the_stack()
    {
        Assert.Equal("x", Latex.Decode(new string('{', 100_000) + "x" + new string('}', 100_000)));
        Assert.Equal("x", Latex.Decode(string.Concat(System.Linq.Enumerable.Repeat("\\textit{", 100_000)) + "x" + new string('}', 100_000)));
        Assert.Equal("\u00E9", Latex.Decode(new string('{', 100_000) + "\\'e"));
    }

    [Fact]
    public void Nested_accents_are_linear_and_stack_on_one_letter()
    {
        // 50,000 accents on one letter, then text: each accent is placed once, never moved.
        var text = string.Concat(System.Linq.Enumerable.Repeat("\\'{", 50_000)) + "e" + new string('x', 50_000) + new string('}', 50_000);

        var decoded = Latex.Decode(text);

        Assert.Equal(1 + 50_000 + 50_000 - 1, decoded.Length);
        Assert.StartsWith("\u00E9\u0301", decoded, System.StringComparison.Ordinal);
    }
}
