using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace ContentGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing without Verify: the expected text lives in <c>Snapshots/NAME.verified.cs</c> beside the tests,
/// reviewed like code. A mismatch writes <c>NAME.received.cs</c> next to it and fails; to accept a deliberate
/// change, review the diff and rerun with <c>CONTENTGEN_ACCEPT_SNAPSHOTS=1</c>.
/// The package version in <c>[GeneratedCode]</c> is written as <see cref="VersionPlaceholder"/> on both sides, so a
/// version bump changes no snapshot.
/// </summary>
internal static class Snapshot
{
    public const string VersionPlaceholder = "{version}";

    /// <summary>The version the build gives the package (<c>ContentGenVersion</c>), and so the generator's <c>[GeneratedCode]</c>.</summary>
    public static string PackageVersion { get; } = typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ContentGenVersion").Value ?? throw new InvalidOperationException("ContentGenVersion is not set");

    public static void Match(string actual, string name, [CallerFilePath] string callerPath = "")
        => MatchForVersion(actual, name, PackageVersion, callerPath);

    /// <summary>Compares as <see cref="Match"/> does, for code from a generator of the given version.</summary>
    public static void MatchForVersion(string actual, string name, string version, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(FindTestsRoot(callerPath), "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        var normalized = ScrubVersion(actual.Replace("\r\n", "\n"), version);

        if (Environment.GetEnvironmentVariable("CONTENTGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verified))
        {
            File.WriteAllText(received, normalized);
            Assert.Fail($"No snapshot {verified}. Review {received} and rename it to .verified.cs to accept it.");
        }

        var expected = File.ReadAllText(verified).Replace("\r\n", "\n");
        if (expected != normalized)
        {
            File.WriteAllText(received, normalized);
            Assert.Fail($"Generated code differs from {verified}; the new output is in {received}. First difference at character {FirstDifference(expected, normalized)}.");
        }

        File.Delete(received);
    }

    /// <summary>
    /// Writes <see cref="VersionPlaceholder"/> for the version in ContentGen's <c>[GeneratedCode]</c> attribute; the same
    /// text elsewhere (a paper titled "0.1.0") is kept. Only the given version is replaced, so code that carried another
    /// one (a fallback such as 0.0.0) still differs from the snapshot.
    /// </summary>
    public static string ScrubVersion(string text, string version)
        => text.Replace("GeneratedCode(\"ContentGen\", \"" + version + "\")", "GeneratedCode(\"ContentGen\", \"" + VersionPlaceholder + "\")", StringComparison.Ordinal);

    private static string FindTestsRoot(string callerPath)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(callerPath)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContentGen.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ContentGen.Tests.csproj not found above " + callerPath);
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }
}
