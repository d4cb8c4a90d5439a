using System.Globalization;
using System.IO;
using System.Linq;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Config;

/// <summary>contentgen.yaml through the whole generator: its collections become code that compiles and runs, its problems become build errors.</summary>
public sealed class ConfigGeneratorTests
{
    private const string ConfigPath = GeneratorHarness.ProjectDirectory + "/contentgen.yaml";

    private const string Config = """
        collections:
          posts:
            folder: posts
            type: Post
            fields:
              title:     { type: string, required: true }
              published: { type: date, required: true }
              rating:    { type: int, min: 1, max: 5 }
              status:    { type: enum, values: [idea, review, final], default: idea }
              topics:    { type: list<string>, taxonomy: true }
              about:     { type: list<ref:papers> }
              isbn:      { type: string, pattern: '^97[89]\d{10}$', unique: true }
            body:
              required_sections: [Summary]
              sections: { "Key Points": list }
          papers:
            fields:
              related: { type: list<ref:papers> }
          notes:
            fields:
              post: { type: ref:posts, required: true }
              score: { type: decimal, default: 1.5 }
        """;

    private const string Post = """
        ---
        title: "Hello"
        published: 2024-01-10
        rating: 4
        status: review
        topics: ["AI"]
        about: ["a-paper"]
        isbn: "9781234567897"
        ---

        ## Summary

        S.

        ## Key Points

        - one
        """;

    [Fact]
    public void Declared_collections_compile_and_run()
    {
        var output = GeneratorHarness.Run(
            new AdditionalText[]
            {
                new InMemoryAdditionalText(ConfigPath, Config),
                new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/posts/hello.md", Post),
                new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/notes/n1.md", "---\npost: hello\n---\n\nBody.\n"),
                GeneratorHarness.Paper("a-paper.md", PaperText.Create()),
            },
            null,
            """
            internal static class Probe
            {
                public static string Run()
                {
                    var post = TestApp.Posts.Get("hello");
                    return string.Join("|", post.Title, post.Status, post.Rating, post.KeyPoints[0], post.About[0].Slug, TestApp.Posts.WithTopic("AI").Count,
                        TestApp.Posts.FindByIsbn("9781234567897")?.Slug, TestApp.Notes.All[0].Post.Title, TestApp.Notes.All[0].Score.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        TestApp.Papers.All[0].Related.Count, TestApp.Taxonomies.Topics.AI);
                }
            }
            """);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("Hello|Review|4|one|a-paper|1|hello|Hello|1.5|0|AI", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void Problems_of_contentgen_yaml_are_build_errors_there_and_the_rest_still_compiles()
    {
        var output = GeneratorHarness.Run(
            new AdditionalText[]
            {
                new InMemoryAdditionalText(ConfigPath, "collections:\n  posts:\n    fields:\n      title: { type: strng }\n  notes:\n    type: post\n"),
                new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/posts/hello.md", "---\ndraft: false\n---\n\nBody.\n"),
                GeneratorHarness.Paper("a-paper.md", PaperText.Create()),
            },
            null,
            "internal static class Probe { public static string Run() => TestApp.Posts.All.Count + \"|\" + TestApp.Papers.All.Count; }");

        Assert.Equal(
            new[] { "contentgen.yaml(4,22): CG0508", "contentgen.yaml(6,11): CG0517" },
            output.GeneratorDiagnostics.Select(d => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(d.Location.GetLineSpan().Path)}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}")));
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("1|1", output.Execute("Probe", "Run"));
    }
}
