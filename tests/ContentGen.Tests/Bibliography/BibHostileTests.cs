using System;
using System.Diagnostics;
using System.Linq;
using ContentGen.Bibliography;
using ContentGen.Diagnostics;
using ContentGen.Model;
using Xunit;

namespace ContentGen.Tests.Bibliography;

/// <summary>
/// Hostile .bib files: deep braces, floods of '@', '#' and broken entries, macros that refer to themselves. Each input is
/// about a million characters, so a reader that recursed would overflow the stack and one that is quadratic would take
/// hours; the generous time limit only catches that, never a slow machine.
/// </summary>
public sealed class BibHostileTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_hundred_thousand_open_braces_are_one_unclosed_brace()
    {
        var file = Timed("@misc{a, title = " + new string('{', 100_000));

        Assert.Equal(new[] { "CG0601" }, file.Diagnostics.Select(d => d.Descriptor.Id));
        Assert.Equal("(1,18)-(1,19)", BibReaderTests.Place(file.Diagnostics[0].Location!.Value));
    }

    [Fact]
    public void Deeply_nested_braces_that_close_are_read()
    {
        var file = Timed("@misc{a, title = {" + new string('{', 500_000) + "deep" + new string('}', 500_000) + "}, author = {" + new string('{', 100_000) + "ACME" + new string('}', 100_000) + "}}");

        Assert.Empty(file.Diagnostics);
        Assert.Equal("deep", file.Entries[0].Get("title"));
        Assert.Equal("ACME", Assert.Single(BibNames.Parse(file.Entries[0].Field("author")!.Raw)).Family);
    }

    [Fact]
    public void A_million_at_signs_give_at_most_a_hundred_diagnostics_and_a_count()
    {
        var file = Timed(new string('@', 500_000) + "\n" + string.Concat(Enumerable.Repeat("@\n", 250_000)));

        Assert.Equal(DiagnosticList.MaxPerFile + 1, file.Diagnostics.Count);
        Assert.Equal("CG0013", file.Diagnostics[^1].Descriptor.Id);
        Assert.Equal("This file has 249901 more problems that are not listed: fix the ones shown and build again", file.Diagnostics[^1].ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(file.Entries);
    }

    [Fact]
    public void A_hundred_thousand_concatenations_are_one_value()
    {
        var file = Timed("@string{x = {ab}}\n@misc{a, title = " + string.Join(" # ", Enumerable.Repeat("x # {c} # \"d\"", 100_000)) + "}");

        Assert.Empty(file.Diagnostics);
        Assert.Equal(string.Concat(Enumerable.Repeat("abcd", 100_000)), file.Entries[0].Get("title"));
    }

    [Fact]
    public void A_hundred_thousand_broken_entries_are_each_read_and_reported()
    {
        var file = Timed(string.Concat(Enumerable.Repeat("@misc{k, title = {\n", 100_000)) + "@misc{last, title = {Last}}");

        Assert.Equal(100_001, file.Entries.Count);
        Assert.Equal("Last", file.Entries[^1].Get("title"));
        Assert.False(file.Entries[^1].HasErrors);
        Assert.Equal(DiagnosticList.MaxPerFile + 1, file.Diagnostics.Count);
    }

    [Fact]
    public void Many_macros_and_unknown_names_keep_suggestions_cheap()
    {
        var definitions = string.Concat(Enumerable.Range(0, 100_000).Select(i => "@string{macro" + i + " = {" + i + "}}\n"));
        var uses = "@misc{a, note = " + string.Join(" # ", Enumerable.Range(0, 50_000).Select(i => "macr" + i)) + "}";

        var file = Timed(definitions + uses);

        Assert.Equal(DiagnosticList.MaxPerFile + 1, file.Diagnostics.Count);
        Assert.Equal("CG0605", file.Diagnostics[0].Descriptor.Id);
    }

    [Fact]
    public void A_macro_defined_in_terms_of_itself_expands_to_its_earlier_value_only()
    {
        var file = Timed("@string{a = {x}}\n" + string.Concat(Enumerable.Repeat("@string{a = a # {y}}\n", 1_000)) + "@misc{k, note = a}");

        Assert.Empty(file.Diagnostics);
        Assert.Equal("x" + new string('y', 1_000), file.Entries[0].Get("note"));
    }

    [Fact]
    public void A_macro_redefined_a_hundred_thousand_times_in_terms_of_itself_stops_at_the_expansion_limit()
    {
        // Each definition copies the one before: without the limit, 5 billion characters.
        var file = Timed("@string{a = {x}}\n" + string.Concat(Enumerable.Repeat("@string{a = a # {y}}\n", 100_000)) + "@misc{k, note = a}");

        Assert.Equal(new[] { "CG0615" }, file.Diagnostics.Select(d => d.Descriptor.Id));
        Assert.True(file.Entries[0].HasErrors);
    }

    [Fact]
    public void Names_with_a_hundred_thousand_ands_and_commas_are_linear()
    {
        var file = Timed("@misc{a, author = {" + string.Join(" and ", Enumerable.Repeat("Doe, J.", 100_000)) + "}, editor = {A" + new string(',', 100_000) + "B}}");

        Assert.Equal(100_000, BibNames.Parse(file.Entries[0].Field("author")!.Raw).Count);
        Assert.Equal(new[] { "CG0612" }, file.Diagnostics.Select(d => d.Descriptor.Id));
    }

    [Fact]
    public void A_hundred_thousand_unknown_commands_and_accents_are_linear()
    {
        var file = Timed("@misc{a, title = {" + string.Concat(Enumerable.Range(0, 100_000).Select(i => "\\cmd" + (char)('a' + (i % 26)) + (char)('a' + (i / 26 % 26)) + " \\'{e}")) + "}}");

        Assert.Equal(DiagnosticList.MaxPerFile + 1, file.Diagnostics.Count);
        Assert.Equal("CG0609", file.Diagnostics[0].Descriptor.Id);
    }

    [Fact]
    public void Line_breaks_and_at_signs_inside_a_long_value_are_linear()
    {
        // Every line of the value starts with '@' and a name but no brace: not an entry, so the value goes on.
        var file = Timed("@misc{a, abstract = {" + string.Concat(Enumerable.Repeat("\n@article" + new string('x', 20), 50_000)) + "}}");

        Assert.Empty(file.Diagnostics);
        Assert.Single(file.Entries);
    }

    private static BibFile Timed(string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var file = BibReader.Read("/x.bib", text);
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < Limit, $"reading {text.Length} characters took {stopwatch.Elapsed}");
        Assert.DoesNotContain(file.Diagnostics, d => d.Descriptor.Id == "CG0901");
        return file;
    }
}
