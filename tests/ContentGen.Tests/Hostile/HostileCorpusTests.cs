using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Hostile;

public sealed class HostileCorpusTests
{
    private static readonly Lazy<GeneratorOutput> Output = new(() => GeneratorHarness.Run(
        HostileCorpus.Files().Select(f => GeneratorHarness.Paper(f.Name, f.Text)),
        null,
        """
        internal static class Probe
        {
            public static string Title() => TestApp.Papers.Values.Title;
            public static string Summary() => TestApp.Papers.Values.Summary!;
            public static string Terms() => string.Join("|", TestApp.Papers.Values.Tags);
            public static string Names() => string.Join("|", TestApp.Papers._2024X.Slug, TestApp.Papers.Class.Slug, TestApp.Papers.Record.Slug, TestApp.Papers.Über.Slug, TestApp.Papers.AB.Slug, TestApp.Papers.ZeroWidth.Slug, TestApp.Papers.Zerowidth.Slug);
            public static string Crlf() => TestApp.Papers.Crlf.Summary + "|" + TestApp.Papers.Crlf.Markdown + "|" + TestApp.Papers.Crlf.Html;
            public static string Constant() => TestApp.Taxonomies.Tags.ClassTerm_Placeholder;
        }
        """.Replace("TestApp.Taxonomies.Tags.ClassTerm_Placeholder", "TestApp.Taxonomies.Tags.Class", StringComparison.Ordinal)));

    public static IEnumerable<object[]> Cases() => HostileCorpus.Files().Select(f => new object[] { f.Name, f.Expected });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_hostile_file_gets_exactly_its_expected_diagnostics(string name, string expected)
    {
        var ids = Output.Value.GeneratorDiagnostics
            .Where(d => Path.GetFileName(d.Location.GetLineSpan().Path) == name)
            .Select(d => d.Id)
            .Distinct()
            .OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(expected, string.Join(",", ids));
    }

    [Fact]
    public void The_whole_corpus_never_produces_an_internal_error_and_compiles_without_warnings()
    {
        Assert.DoesNotContain(Output.Value.GeneratorDiagnostics, d => d.Id == "CG0901");
        Assert.Empty(Output.Value.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Hostile_values_round_trip_exactly()
    {
        Assert.Equal(HostileCorpus.HostileTitle, Output.Value.Execute("Probe", "Title"));
        Assert.Equal("multi\nline\r\nsummary \0 nul", Output.Value.Execute("Probe", "Summary"));
        Assert.Equal(HostileCorpus.HostileTerm + "|<script>|&", Output.Value.Execute("Probe", "Terms"));
    }

    [Fact]
    public void No_value_or_name_injects_a_type_or_a_directive()
    {
        var types = Output.Value.Compilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            .Select(t => t.Identifier.ValueText);
        Assert.DoesNotContain("Pwned", types);

        // The generator writes #nullable, and #line directives that map declarations to their Markdown files (each
        // naming a file of the corpus): no other directive, and none naming anything else, can come from a value.
        var corpusFiles = HostileCorpus.Files().Select(f => GeneratorHarness.PaperPath(f.Name)).ToHashSet(System.StringComparer.Ordinal);
        foreach (var trivia in Output.Value.Compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantTrivia()).Where(t => t.IsDirective))
        {
            switch (trivia.GetStructure())
            {
                case Microsoft.CodeAnalysis.CSharp.Syntax.NullableDirectiveTriviaSyntax:
                    break;
                case Microsoft.CodeAnalysis.CSharp.Syntax.LineDirectiveTriviaSyntax line:
                    Assert.True(line.File.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None) || corpusFiles.Contains(line.File.ValueText), trivia.ToFullString());
                    break;
                case Microsoft.CodeAnalysis.CSharp.Syntax.LineSpanDirectiveTriviaSyntax span:
                    Assert.Contains(span.File.ValueText, corpusFiles);
                    break;
                default:
                    Assert.Fail("an unexpected directive in the generated code: " + trivia.ToFullString());
                    break;
            }
        }
    }

    [Fact]
    public void File_names_become_the_documented_identifiers()
        => Assert.Equal("2024-x|class|record|Über|a b|zero\u200Bwidth|zerowidth", Output.Value.Execute("Probe", "Names"));

    [Fact]
    public void Carriage_returns_never_reach_a_value()
        => Assert.DoesNotContain('\r', Output.Value.Execute("Probe", "Crlf"));

    [Fact]
    public void A_term_that_is_a_keyword_gets_a_constant()
        => Assert.Equal("class", Output.Value.Execute("Probe", "Constant"));
}
