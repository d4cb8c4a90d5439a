using System.Collections.Generic;
using System.Linq;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Generator;

public sealed class DeterminismAndInjectionTests
{
    /// <summary>Fixed seeds, so a failing order is the same on every run and machine.</summary>
    public static TheoryData<int> ShuffleSeeds() => new() { 1, 2, 3, 20240110 };

    [Theory]
    [MemberData(nameof(ShuffleSeeds))]
    public void The_same_files_in_any_order_give_byte_identical_output(int seed)
    {
        var papers = GeneratorHarness.RepositoryPapers();
        var shuffled = SeededShuffle.Of(papers, seed);
        Assert.True(papers.Count < 2 || !shuffled.SequenceEqual(papers), "seed " + seed + " leaves the papers in order; pick another");

        var forward = GeneratorHarness.Run(papers).Sources;
        var backward = GeneratorHarness.Run(papers.Reverse()).Sources;
        var reordered = GeneratorHarness.Run(shuffled).Sources;

        AssertSameSources(forward, reordered, "shuffle seed " + seed + " (" + string.Join(", ", shuffled.Select(p => System.IO.Path.GetFileName(p.Path))) + ")");
        AssertSameSources(forward, backward, "the reversed order");
    }

    [Fact]
    public void Hostile_values_round_trip_exactly_and_inject_no_code()
    {
        const string Title = "\"; } public class Pwned { } //";
        const string Summary = "ends a comment */ then\n#error injected\u2028and \"\"\" { }";
        const string Term = "class";
        var text = "---\n"
            + "title: \"\\\"; } public class Pwned { } //\"\n"
            + "date: 2024-01-10\n"
            + "summary: \"ends a comment */ then\\n#error injected\\u2028and \\\"\\\"\\\" { }\"\n"
            + "tags: [\"class\", \"<b>&amp;</b>\"]\n"
            + "authors: [\"*/ #endregion\"]\n"
            + "---\n\n## Summary\n\n</summary> <script>alert(1)</script>\n\n## Key Findings\n\n- \"\"\" */ \\\n";

        var output = GeneratorHarness.Run(
            new[] { GeneratorHarness.Paper("class.md", text) },
            null,
            "internal static class Probe { public static string Run() => TestApp.Papers.Class.Title + \"|\" + TestApp.Papers.Class.Summary + \"|\" + TestApp.Taxonomies.Tags.Class + \"|\" + TestApp.Taxonomies.Tags.BAmpB; }");

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(Title + "|" + Summary + "|" + Term + "|<b>&amp;</b>", output.Execute("Probe", "Run"));

        var declaredTypes = output.Compilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            .Select(t => t.Identifier.ValueText)
            .ToList();
        Assert.DoesNotContain("Pwned", declaredTypes);
        Assert.All(output.Compilation.SyntaxTrees, t => Assert.DoesNotContain(t.GetRoot().DescendantTrivia(), trivia => trivia.IsKind(SyntaxKind.ErrorDirectiveTrivia)));
    }

    private static void AssertSameSources(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual, string order)
    {
        var differing = expected.Keys.Union(actual.Keys)
            .Where(hint => !expected.TryGetValue(hint, out var a) || !actual.TryGetValue(hint, out var b) || a != b)
            .OrderBy(hint => hint, System.StringComparer.Ordinal)
            .ToList();
        Assert.True(differing.Count == 0, "after " + order + " these files differ: " + string.Join(", ", differing));
    }
}
