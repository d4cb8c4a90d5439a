using System;
using System.Linq;
using ContentGen.Corpus;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>
/// Bodies are stored compressed, several to a bucket literal, and found again through the metadata table: with many
/// papers to a bucket, every paper must get back exactly its own body, and every metadata field its own value.
/// </summary>
public sealed class BodyRoundTripTests
{
    private const string Probe = """
        internal static class Probe
        {
            public static string[] Run() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(TestApp.Papers.All, p =>
                string.Join("\u0001", p.Slug, p.Title, p.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), string.Join("\u0002", p.Authors),
                    p.Doi ?? "-", p.Arxiv ?? "-", p.PaperUrl?.OriginalString ?? "-", string.Join("\u0002", p.Tags), p.Summary ?? "-",
                    p.Markdown, p.Html, p.PlainText, p.WordCount.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join("\u0002", p.KeyFindings),
                    string.Join("\u0002", System.Linq.Enumerable.Select(p.Sections, s => s.Title + "|" + s.Level + "|" + s.Anchor + "|" + s.Html)))));
        }
        """;

    [Fact]
    public void Three_hundred_papers_each_read_back_their_own_metadata_and_body()
    {
        var files = SyntheticCorpus.Generate(300).Select(f => GeneratorHarness.Paper(f.FileName, f.Text)).ToList();

        var output = GeneratorHarness.Run(files, null, Probe);

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        // The expectation comes from the parser and the renderer, stages before the encoding, the resource and the
        // run-time decoding under test.
        var expected = files
            .Select(f => (Text: f.GetText()!.ToString(), Document: DocumentParser.Parse(new ContentFile(f.Path, "papers/" + System.IO.Path.GetFileName(f.Path), f.GetText()!.ToString()))))
            .Select(d => Expected(d.Document.Metadata!, RenderedBody.Of(d.Text)!))
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(expected, output.Execute<string[]>("Probe", "Run").OrderBy(s => s, StringComparer.Ordinal));
    }

    private static string Expected(DocumentMetadata p, DocumentBody b)
        => string.Join(
            "\u0001",
            p.Slug,
            p.Value("title"),
            p.Value("date"),
            string.Join("\u0002", p.List("authors")),
            p.Value("doi") ?? "-",
            p.Value("arxiv") ?? "-",
            p.Value("paper_url") ?? "-",
            string.Join("\u0002", p.List("tags")),
            p.Value("summary") ?? "-",
            b.Markdown,
            b.Html,
            b.PlainText,
            b.WordCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join("\u0002", b.ListUnder("Key Findings")),
            string.Join("\u0002", b.Sections.Select(s => s.Title + "|" + s.Level + "|" + s.Anchor + "|" + b.Html.Substring(s.HtmlStart, s.HtmlLength))));
}
