using System.Linq;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Generator;

public sealed class DeterminismAndInjectionTests
{
    [Fact]
    public void The_same_files_in_any_order_give_byte_identical_output()
    {
        var papers = GeneratorHarness.RepositoryPapers();

        var forward = GeneratorHarness.Run(papers).Sources;
        var backward = GeneratorHarness.Run(papers.Reverse()).Sources;
        var shuffled = GeneratorHarness.Run(papers.OrderBy(p => p.Path.GetHashCode(System.StringComparison.Ordinal) % 7)).Sources;

        Assert.Equal(forward.OrderBy(p => p.Key), backward.OrderBy(p => p.Key));
        Assert.Equal(forward.OrderBy(p => p.Key), shuffled.OrderBy(p => p.Key));
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
}
