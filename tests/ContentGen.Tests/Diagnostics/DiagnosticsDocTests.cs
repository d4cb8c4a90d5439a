using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Diagnostics;

/// <summary>docs/diagnostics.md stays true: every ID has a section, and every example and message on it is real.</summary>
public sealed class DiagnosticsDocTests
{
    private static readonly Lazy<Dictionary<string, string>> Sections = new(ReadSections);

    [Fact]
    public void Every_declared_diagnostic_has_a_section()
        => Assert.Equal(CatalogueTests.DeclaredIds().OrderBy(id => id), Sections.Value.Keys.OrderBy(id => id));

    public static IEnumerable<object[]> ExampleIds()
        => Directory.GetDirectories(CatalogueTests.CatalogueRoot()).Select(d => new object[] { Path.GetFileName(d) });

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void Section_shows_the_real_example_and_the_real_messages(string id)
    {
        var section = Sections.Value[id];

        // A paper is shown as content/papers/x.md, a file of another collection as content/posts/x.md (a .bib file as
        // content/references.bib), the config as contentgen.yaml, an app's code as Program.cs.
        foreach (Match example in Regex.Matches(section, "`(?<path>content/[^`]+|contentgen\\.yaml|Program\\.cs)`:\n\n````(?:markdown|yaml|bibtex|csharp)\n(?<text>.*?)\n````", RegexOptions.Singleline))
        {
            var path = example.Groups["path"].Value;
            var relative = path.StartsWith("content/papers/", StringComparison.Ordinal) ? path["content/papers/".Length..]
                : path.StartsWith("content/", StringComparison.Ordinal) ? path["content/".Length..]
                : path;
            var file = Path.Combine(CatalogueTests.CatalogueRoot(), id, relative);
            Assert.Equal(File.ReadAllText(file).TrimEnd('\n'), example.Groups["text"].Value);
        }

        var documented = Regex.Match(section, "```text\n(?<lines>.*?)\n```", RegexOptions.Singleline).Groups["lines"].Value.Split('\n');
        var actual = CatalogueTests.Run(id).Where(d => d.Id == id).Select(Format).OrderBy(l => l, StringComparer.Ordinal);
        Assert.Equal(actual, documented.OrderBy(l => l, StringComparer.Ordinal));
    }

    private static string Format(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var severity = d.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        var path = span.Path[(GeneratorHarness.ProjectDirectory.Length + 1)..];
        return string.Create(CultureInfo.InvariantCulture, $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static Dictionary<string, string> ReadSections()
    {
        var text = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "diagnostics.md")).Replace("\r\n", "\n");
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var matches = Regex.Matches(text, "^## (CG[0-9]{4})\n", RegexOptions.Multiline);
        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            sections.Add(matches[i].Groups[1].Value, text[matches[i].Index..end]);
        }

        return sections;
    }
}
