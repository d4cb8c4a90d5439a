// Reads and writes the build step's files, outside the compiler (see RenderBodies): not analyzer code.
#pragma warning disable RS1035

using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ContentGen.Build;

/// <summary>
/// The size and time of each file a part of the build step read, as they were when it wrote its output: a sidecar of
/// that output (never in it: times would make it differ by machine), so that a file whose size and time are unchanged
/// is not read again, as MSBuild itself judges inputs. The first line names the build of ContentGen that wrote it (its
/// assembly's module version id, which a deterministic build derives from its content): another one may work
/// differently, so its stamps, and the output they go with, are not trusted. Then a line a file: key, length, ticks and
/// whether the file gave an output, tab-separated. Anything unreadable means no stamps, so every file is read again.
/// </summary>
internal static class FileStamps
{
    private static readonly string VersionLine = "contentgen " + typeof(FileStamps).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly char[] Separators = { '\n', '\r', '\t' };

    /// <summary>A file's stamp now.</summary>
    public static FileStamp Of(string path, bool kept)
    {
        var info = new FileInfo(path);
        return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks, kept);
    }

    /// <summary>Whether <paramref name="stampsFile"/> was written by this build of ContentGen.</summary>
    public static bool IsCurrent(string stampsFile) => File.Exists(stampsFile) && File.ReadLines(stampsFile).FirstOrDefault() == VersionLine;

    /// <summary>The stamps by key, or none when the file is missing or another build of ContentGen wrote it.</summary>
    public static Dictionary<string, FileStamp> Read(string stampsFile)
    {
        var stamps = new Dictionary<string, FileStamp>(System.StringComparer.Ordinal);
        var lines = File.Exists(stampsFile) ? File.ReadAllLines(stampsFile) : new string[0];
        if (lines.Length == 0 || lines[0] != VersionLine)
        {
            return stamps;
        }

        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length == 4 && parts[3] is "0" or "1"
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                stamps[parts[0]] = new FileStamp(length, ticks, parts[3] == "1");
            }
        }

        return stamps;
    }

    /// <summary>Writes the stamps (a key with a tab or line break in it is left out: its file is read again next time).</summary>
    public static void Write(string stampsFile, IEnumerable<(string Key, FileStamp Stamp)> stamps)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stampsFile))!);
        File.WriteAllLines(stampsFile, new[] { VersionLine }.Concat(stamps
            .Where(s => s.Key.IndexOfAny(Separators) < 0)
            .Select(s => s.Key + "\t" + s.Stamp.Length.ToString(CultureInfo.InvariantCulture) + "\t" + s.Stamp.Ticks.ToString(CultureInfo.InvariantCulture) + "\t" + (s.Stamp.Kept ? "1" : "0"))));
    }
}

/// <summary>A file's size and time, and whether it gave the step an output (a body, a condensed document).</summary>
internal readonly record struct FileStamp(long Length, long Ticks, bool Kept)
{
    /// <summary>Whether the file is as it was: the same size and time.</summary>
    public bool Matches(FileStamp now) => Length == now.Length && Ticks == now.Ticks;
}
