using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Diagnostics;

public sealed class BrokenFolderTests
{
    [Fact]
    public void A_folder_of_broken_papers_reports_every_expected_diagnostic_in_one_run_and_nothing_else()
    {
        var folder = Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Broken");
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        var files = Directory.GetFiles(folder, "*.md").Select(path => GeneratorHarness.Paper(Path.GetFileName(path), File.ReadAllText(path)));

        var output = GeneratorHarness.Run(files);

        var actual = output.GeneratorDiagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id}");
            })
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);

        // The papers without errors are still generated, a broken one keeps only its name, and the whole output compiles.
        Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Contains("GoodButSimilar => s_slots[", output.Sources["Papers.g.cs"], StringComparison.Ordinal);
        Assert.Contains("ManyProblems => throw new global::System.InvalidOperationException(", output.Sources["Papers.g.cs"], StringComparison.Ordinal);
    }
}
