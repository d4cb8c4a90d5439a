using System;
using SampleApp.Citations;
using Xunit;

namespace ContentGen.Tests.Sample;

public sealed class CitationTests
{
    private static CitationSource Source(string title, string[] authors, string? doi = null, string? arxiv = null, string? publication = null) =>
        new("x", title, authors, 2023, publication, doi, arxiv, null);

    [Fact]
    public void BibTeX_escapes_TeX_specials_and_braces_organisations()
    {
        var entry = CitationFormatter.BibTeX(Source("50% of {LLMs} & #1_x ~ ^ \\ $", ["Anthropic", "Müller, J."]));

        Assert.Contains(@"title = {{50\% of \{LLMs\} \& \#1\_x \textasciitilde{} \textasciicircum{} \textbackslash{} \$}},", entry);
        Assert.Contains("author = {{Anthropic} and Müller, J.},", entry);
        Assert.StartsWith("@misc{anthropic202350,", entry);
    }

    [Fact]
    public void BibTeX_is_an_article_for_a_doi_with_a_venue_and_keeps_a_doi_inside_its_field()
    {
        var entry = CitationFormatter.BibTeX(Source("On Lying", ["Müller, J."], doi: "10.1000/a}b", publication: "Nature"));

        Assert.StartsWith("@article{muller2023lying,", entry);
        Assert.Contains("journal = {Nature},", entry);
        Assert.Contains("doi = {10.1000/a%7Db},", entry);
    }

    [Fact]
    public void Apa_lists_twenty_authors_then_shortens_to_nineteen_an_ellipsis_and_the_last()
    {
        var twenty = new string[20];
        var twentyOne = new string[21];
        for (var i = 0; i < 21; i++)
        {
            if (i < 20)
            {
                twenty[i] = $"A{i}, X.";
            }

            twentyOne[i] = $"A{i}, X.";
        }

        Assert.Contains("A18, X., & A19, X. (2023)", CitationFormatter.Apa(Source("T", twenty)));
        Assert.Contains("A18, X., . . . A20, X. (2023)", CitationFormatter.Apa(Source("T", twentyOne)));
    }

    [Fact]
    public void Mla_names_two_authors_and_shortens_three_to_et_al()
    {
        Assert.StartsWith("Doe, J., and R. Roe. \"T.\"", CitationFormatter.Mla(Source("T", ["Doe, J.", "Roe, R."])));
        Assert.StartsWith("Doe, J., et al. \"Why?\" ", CitationFormatter.Mla(Source("Why?", ["Doe, J.", "Roe, R.", "Poe, E."])));
    }
}
