using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace ContentGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing without Verify: the expected text lives in <c>Snapshots/NAME.verified.cs</c> beside the tests,
/// reviewed like code. A mismatch writes <c>NAME.received.cs</c> next to it and fails; to accept a deliberate
/// change, review the diff and rerun with <c>CONTENTGEN_ACCEPT_SNAPSHOTS=1</c>.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(FindTestsRoot(callerPath), "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        var normalized = actual.Replace("\r\n", "\n");

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
