using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Parsing;

/// <summary>
/// Inputs kept from fuzzing (fuzz/run.sh): the crashes and hangs it found, and a few odd inputs from its queue.
/// Each file goes through <see cref="DocumentParser.Parse"/> exactly as in the fuzz target: the bytes decoded as UTF-8
/// (invalid sequences become U+FFFD), the default limits, with and without raw HTML.
/// </summary>
public sealed class FuzzRegressionTests
{
    private const string InternalErrorId = "CG0901";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static string Folder => Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "FuzzRegressions");

    /// <summary>Every file of the folder but dot files (its .gitattributes keeps the inputs byte for byte).</summary>
    public static IEnumerable<object[]> Inputs()
        => Directory.GetFiles(Folder)
            .Select(Path.GetFileName)
            .Where(name => !name!.StartsWith('.'))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fuzz_found_input_parses_without_internal_error(string fileName)
    {
        foreach (var document in ParseBothWays(fileName))
        {
            var internalErrors = document.Diagnostics.Where(d => d.Descriptor.Id == InternalErrorId).Select(d => string.Join(" | ", d.Arguments));
            Assert.Empty(internalErrors);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fuzz_found_input_renders_a_body_without_carriage_returns_and_with_sections_inside_the_html(string fileName)
    {
        // Every kept input has front matter and a body Markdig renders; one that should not render needs a test of its own.
        foreach (var allowRawHtml in new[] { false, true })
        {
            var body = RenderedBody.Of(Text(fileName), allowRawHtml);
            Assert.True(body is not null, "no body rendered");

            // Line endings are normalised before rendering, and an entity such as &#13; must not bring a CR back.
            Assert.DoesNotContain('\r', body.Markdown);
            Assert.DoesNotContain('\r', body.Html);
            Assert.DoesNotContain('\r', body.PlainText);
            Assert.All(body.ListUnder("Key Findings"), finding => Assert.DoesNotContain('\r', finding));
            Assert.All(body.Sections, section =>
            {
                Assert.DoesNotContain('\r', section.Title);
                Assert.InRange(section.HtmlStart, 0, body.Html.Length);
                Assert.InRange(section.HtmlLength, 0, body.Html.Length - section.HtmlStart);
            });
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fuzz_found_input_reports_every_diagnostic_inside_the_file_at_the_right_line_and_column(string fileName)
    {
        var text = Text(fileName);
        foreach (var document in ParseBothWays(fileName))
        {
            Assert.All(document.Diagnostics, d =>
            {
                var where = d.Descriptor.Id + " " + d.Location?.Span;
                Assert.True(d.Location is not null, where + " has no location");
                Assert.Equal(FilePath, d.Location!.Value.FilePath);
                Assert.True(d.Location.Value.Span.End <= text.Length, where + " ends past the file's " + text.Length + " characters");
                Assert.Equal(new LinePositionSpan(PositionOf(text, d.Location.Value.Span.Start), PositionOf(text, d.Location.Value.Span.End)), d.Location.Value.LineSpan);
            });
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fuzz_found_input_gives_a_paper_or_an_error_that_says_why_not(string fileName)
    {
        foreach (var document in ParseBothWays(fileName))
        {
            Assert.True(
                (document.Metadata is not null && document.Body is not null && RenderedBody.Of(Text(fileName)) is not null) || document.Diagnostics.Any(d => d.IsError),
                "neither a paper nor an error; diagnostics: " + string.Join(" | ", document.Diagnostics.Select(d => d.Descriptor.Id)));
        }
    }

    private const string FilePath = "/fuzz/content/papers/input.md";

    /// <summary>Line and column as the generator documents them (lines end at \r\n, \r or \n), counted afresh here.</summary>
    private static LinePosition PositionOf(string text, int offset)
    {
        var breaks = Regex.Matches(text.Substring(0, offset), "\r\n|\r|\n");
        return breaks.Count == 0 ? new LinePosition(0, offset) : new LinePosition(breaks.Count, offset - (breaks[^1].Index + breaks[^1].Length));
    }

    private static string Text(string fileName) => Utf8.GetString(File.ReadAllBytes(Path.Combine(Folder, fileName)));

    /// <summary>The input parsed as the IDE parses it (the Markdown) and, when the build step would condense it, as a build does.</summary>
    private static IEnumerable<ParsedDocument> ParseBothWays(string fileName)
    {
        var file = new ContentFile(FilePath, "papers/input.md", Text(fileName));
        yield return DocumentParser.Parse(file, GeneratorOptions.DefaultMaxFileSize, GeneratorOptions.DefaultMaxNestingDepth);
        if (CondensedDocument.Condense(FilePath, BodySource.WithoutByteOrderMark(file.Text)) is { } condensed)
        {
            yield return DocumentParser.Parse(file with { Text = condensed, Condensed = true }, GeneratorOptions.DefaultMaxFileSize, GeneratorOptions.DefaultMaxNestingDepth);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fuzz_found_input_parses_to_the_same_document_condensed(string fileName)
    {
        var both = ParseBothWays(fileName).ToList();
        if (both.Count == 2)
        {
            Assert.Equal(both[0].Metadata, both[1].Metadata);
            Assert.Equal(both[0].Diagnostics, both[1].Diagnostics);
            Assert.Equal(both[0].Body, both[1].Body);
            Assert.Equal(both[0].Citations, both[1].Citations);
        }
    }
}
