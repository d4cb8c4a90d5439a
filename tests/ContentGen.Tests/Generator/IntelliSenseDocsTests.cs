using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>What IntelliSense shows to help choose: a paper's links, and which papers use a term.</summary>
public sealed class IntelliSenseDocsTests
{
    [Fact]
    public void A_papers_property_doc_links_its_DOI_and_arXiv_page_once_each_and_a_terms_doc_names_its_papers()
    {
        var output = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Paper("a.md", PaperText.Create(title: "\"First & <Best>\"", extraFields: "doi: \"10.1000/a&b\"\narxiv: \"2401.05566\"\npaper_url: \"https://arxiv.org/abs/2401.05566\"\ntags: [shared]")),
            GeneratorHarness.Paper("b.md", PaperText.Create(title: "\"Second\"", date: "2023-01-10", extraFields: "tags: [shared]")),
        });

        var papers = output.Sources["Papers.g.cs"];
        Assert.Contains("<see href=\"https://doi.org/10.1000/a&amp;b\">doi:10.1000/a&amp;b</see> · <see href=\"https://arxiv.org/abs/2401.05566\">arXiv:2401.05566</see></para>", papers, System.StringComparison.Ordinal);
        Assert.Equal(1, Count(papers, "href=\"https://arxiv.org/abs/2401.05566\""));
        Assert.Contains("/// <summary>The tag \"shared\", used by 2 documents: First &amp; &lt;Best&gt;; Second.</summary>", output.Sources["Taxonomies.g.cs"], System.StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, System.StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
