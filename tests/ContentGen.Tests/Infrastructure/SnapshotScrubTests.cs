using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ContentGen.Tests.Infrastructure;

/// <summary>The snapshots leave the package version out, so a version bump changes none of them.</summary>
public sealed class SnapshotScrubTests
{
    private static readonly Regex GeneratedCodeVersion = new("GeneratedCode\\(\"ContentGen\", \"(?<version>[^\"]*)\"\\)");

    [Fact]
    public void Scrubbing_writes_the_placeholder_for_the_version_in_GeneratedCode_and_keeps_the_same_text_elsewhere()
    {
        const string Text = "[global::System.CodeDom.Compiler.GeneratedCode(\"ContentGen\", \"1.2.3\")]\npublic const string Title = \"Release 1.2.3\";\n";

        Assert.Equal(
            "[global::System.CodeDom.Compiler.GeneratedCode(\"ContentGen\", \"{version}\")]\npublic const string Title = \"Release 1.2.3\";\n",
            Snapshot.ScrubVersion(Text, "1.2.3"));
    }

    [Fact]
    public void Scrubbing_keeps_a_version_other_than_the_package_one_so_it_shows_in_the_diff()
    {
        const string Text = "[global::System.CodeDom.Compiler.GeneratedCode(\"ContentGen\", \"0.0.0\")]\n";

        Assert.Equal(Text, Snapshot.ScrubVersion(Text, "1.2.3"));
    }

    [Fact]
    public void The_verified_snapshots_hold_the_placeholder_and_no_version()
    {
        var folder = Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "Snapshots");
        var versions = Directory.GetFiles(folder, "*.verified.cs")
            .SelectMany(path => GeneratedCodeVersion.Matches(File.ReadAllText(path)).Select(m => Path.GetFileName(path) + ": " + m.Groups["version"].Value))
            .ToList();

        Assert.NotEmpty(versions);
        Assert.All(versions, v => Assert.EndsWith(": " + Snapshot.VersionPlaceholder, v, StringComparison.Ordinal));
    }
}
