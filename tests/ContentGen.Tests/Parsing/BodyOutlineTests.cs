using System.Linq;
using ContentGen.Parsing;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Parsing;

/// <summary>The generator's line outline of a body against Markdig's headings, which the build step renders from.</summary>
public class BodyOutlineTests
{
    /// <summary>Top-level Markdown the outline claims to read as Markdig does: headings of both kinds, paragraphs, code, lists, breaks.</summary>
    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.Int[1, 7].Select(Gen.OneOfConst("Summary", "Key Findings", "*Key* Findings", "`code` title", "[Link](https://x.org) text", "Title ##", "a # b"), (level, title) => new string('#', level) + " " + title),
        Gen.OneOfConst("", "", "Some text.", "More text", "===", "---", "- item", "1. item", "```", "~~~", "    indented", "> quote", "***", "#not a heading", "<div>", "  ## two spaces"));

    [Fact]
    public void Headings_and_their_levels_are_the_ones_Markdig_renders()
        => Line.Array[0, 30].Select(lines => string.Join("\n", lines)).Sample(
            markdown =>
            {
                var markdig = BodyRenderer.Render(markdown).Sections.Select(s => (s.Title.Trim(), s.Level));

                Assert.True(markdig.SequenceEqual(BodyOutline.Of(markdown).Select(h => (h.Title, h.Level))), "Markdown:\n" + markdown);
            },
            iter: 3000);

    [Fact]
    public void A_heading_followed_only_by_a_deeper_heading_is_empty_and_one_with_text_is_not()
    {
        var outline = BodyOutline.Of("## Summary\n\n### Detail\n\nText.\n\n## Key Findings\n\n## Questions\n\n- one\n");

        Assert.Equal(
            new[] { ("Summary", false), ("Detail", false), ("Key Findings", true), ("Questions", false) },
            outline.Select(h => (h.Title, h.IsEmpty)));
    }

    [Fact]
    public void Headings_inside_fenced_code_are_not_headings()
        => Assert.Equal(new[] { "Real" }, BodyOutline.Of("```\n## Not one\n```\n\n## Real\n\n~~~~\n# Nor this\n~~~~\n").Select(h => h.Title));

    [Fact]
    public void A_setext_heading_is_found_on_the_line_of_its_text()
    {
        var heading = Assert.Single(BodyOutline.Of("Intro\n\nKey Findings\n------------\n\n- one\n"));

        Assert.Equal(("Key Findings", 2, 2, false), (heading.Title, heading.Level, heading.Line, heading.IsEmpty));
    }
}
