using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Hostile;
using ContentGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>
/// Random front matter, bodies, file names and terms (CsCheck). Whatever the input: the generator never fails
/// internally, the output compiles with zero errors and zero warnings, values round-trip, and the order of the
/// files does not matter. A failing case prints its seed; failing seeds are kept below as regression tests.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>Characters that break naive emitters, mixed with ordinary text and any BMP character.</summary>
    private static readonly Gen<char> TextChar = Gen.Frequency(
        (6, Gen.Char['a', 'z']),
        (2, Gen.Const(' ')),
        (3, Gen.OneOfConst('"', '\\', '\n', '\r', '\t', '{', '}', '<', '>', '&', '*', '/', '#', ':', '-', '[', ']', '\'', '@', '$', '%', '\u2028', '\u2029', '\u0085', '\u202E', '\u200B', 'é', 'Ü', '中', '\u0000')),
        (1, Gen.Char['\u00A0', '\uD7FF']));

    private static readonly Gen<string> Text = TextChar.Array[1, 40].Select(chars => new string(chars));

    /// <summary>A value the front matter can carry and typing keeps as is: not blank, no padding.</summary>
    private static readonly Gen<string> Value = Text.Where(t => t.Trim().Length > 0 && t.Trim() == t && t.IndexOf('\0') < 0);

    private static readonly Gen<string> Slug = Gen.Frequency(
        (4, Gen.Char['a', 'z'].Array[1, 12].Select(c => new string(c))),
        (2, Gen.OneOfConst('a', 'B', '1', '-', ' ', '_', 'é', 'Ü', '\u200B', '.').Array[1, 8].Select(c => new string(c))),
        (1, Gen.OneOfConst("class", "record", "all", "get", "paper", "Paper", "GPT-4", "GPT 4", "2024-x", "Über")));

    private static readonly Gen<string> Body = Gen.OneOfConst(
            "## Summary\n\n", "## Key Findings\n\n", "- item\n", "[link](https://example.org)", "[a](javascript:x)", "**bold** ", "`code` ",
            "<script>x</script>", "> quote\n", "\n\n", "### Sub\n\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "\"\"\" */ { }", "[^1]\n\n[^1]: note\n", "text ")
        .Array[0, 30]
        .Select(parts => string.Concat(parts));

    private static readonly Gen<(string Slug, string Title, string[] Tags, string Body)[]> Papers =
        Gen.Select(Slug, Value, Value.Array[0, 4], Body, (slug, title, tags, body) => (slug, title, tags.Distinct().ToArray(), body)).Array[1, 6];

    [Fact]
    public void Random_papers_never_fail_internally_compile_cleanly_and_round_trip()
    {
        Papers.Sample(
            papers =>
            {
                var files = papers.Select((p, i) => GeneratorHarness.Paper(p.Slug + ".md", File(p.Title, p.Tags, p.Body))).ToList();
                var output = GeneratorHarness.Run(
                    files,
                    null,
                    "internal static class Probe { public static string[] Run() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(TestApp.Papers.All, p => p.Slug + \"\\u0001\" + p.Title + \"\\u0001\" + string.Join(\"\\u0002\", p.Tags))); }");

                Assert.DoesNotContain(output.DriverDiagnostics, d => d.Id is "CS8784" or "CS8785");
                Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "CG0901");
                Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

                // Every paper without an error is generated with exactly its values; the others are left out.
                var failed = output.GeneratorDiagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).Select(d => d.Location.GetLineSpan().Path).ToHashSet();
                var expected = papers
                    .Where(p => !failed.Contains(GeneratorHarness.PaperPath(p.Slug + ".md")))
                    .Select(p => p.Slug + "\u0001" + p.Title + "\u0001" + string.Join("\u0002", p.Tags))
                    .OrderBy(s => s, StringComparer.Ordinal);
                Assert.Equal(expected, output.Execute<string[]>("Probe", "Run").OrderBy(s => s, StringComparer.Ordinal));
            },
            iter: 40,
            threads: 1);
    }

    [Fact]
    public void The_order_of_the_files_never_changes_the_output_or_the_diagnostics()
    {
        Gen.Select(Papers, Gen.Int).Sample(
            input =>
            {
                var (papers, shuffleSeed) = input;
                var files = papers.Select(p => GeneratorHarness.Paper(p.Slug + ".md", File(p.Title, p.Tags, p.Body))).ToList();
                var shuffled = SeededShuffle.Of(files, shuffleSeed);

                var first = GeneratorHarness.Run(files);
                var second = GeneratorHarness.Run(shuffled);

                var order = "shuffle seed " + shuffleSeed + " (" + string.Join(", ", shuffled.Select(f => System.IO.Path.GetFileName(f.Path))) + ")";
                var differing = first.Sources.Keys.Union(second.Sources.Keys)
                    .Where(hint => !first.Sources.TryGetValue(hint, out var a) || !second.Sources.TryGetValue(hint, out var b) || a != b)
                    .ToList();
                Assert.True(differing.Count == 0, "after " + order + " these files differ: " + string.Join(", ", differing));
                Assert.True(
                    first.GeneratorDiagnostics.Select(d => d.ToString()).SequenceEqual(second.GeneratorDiagnostics.Select(d => d.ToString())),
                    "after " + order + " the diagnostics differ:\n" + string.Join("\n", first.GeneratorDiagnostics) + "\nagainst\n" + string.Join("\n", second.GeneratorDiagnostics));
            },
            iter: 60,
            threads: 1);
    }

    [Fact]
    public void Random_text_as_a_whole_file_never_fails_internally()
    {
        Gen.Frequency(
                (1, Text),
                (1, Gen.Select(Text, Body, (front, body) => "---\n" + front + "\n---\n" + body)),
                (1, Gen.Select(Value, Body, (title, body) => HostileCorpus.Valid(title) + body)))
            .Sample(
                text =>
                {
                    var document = DocumentParser.Parse(new ContentFile(GeneratorHarness.PaperPath("x.md"), "papers/x.md", text));

                    Assert.DoesNotContain(document.Diagnostics, d => d.Descriptor.Id == "CG0901");
                    Assert.All(document.Diagnostics, d => Assert.True(d.Location is null || d.Location.Value.Span.End <= text.Length));
                    if (RenderedBody.Of(text) is { } body)
                    {
                        Assert.DoesNotContain('\r', body.Markdown);
                        Assert.All(body.Sections, s => Assert.True(s.HtmlStart + s.HtmlLength <= body.Html.Length));
                    }
                },
                iter: 3000);
    }

    private static string File(string title, string[] tags, string body)
        => "---\ntitle: " + HostileCorpus.Quote(title) + "\ndate: 2024-01-10\nauthors: [\"Doe, J.\"]\ntags: [" + string.Join(", ", tags.Select(HostileCorpus.Quote)) + "]\n---\n" + body + "\n";
}
