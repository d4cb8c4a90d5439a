// Reads and writes the build step's files, outside the compiler (see RenderBodies): not analyzer code.
#pragma warning disable RS1035

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ContentGen.Input;
using ContentGen.Parsing;

namespace ContentGen.Build;

/// <summary>
/// The build step's other half: writes, for each Markdown file under the content root, the condensed file the compiler
/// is given in its place (<see cref="CondensedDocument"/>: its front matter as written and its body's facts), so the
/// compiler, and the compiler server that keeps its inputs between builds, never holds the bodies. Each file is
/// condensed again only when its size or time changed since the last build (the list of them is kept beside the
/// files), and written only when its condensed text changed, so an unchanged file keeps its time and the compiler is
/// not run again for it.
/// </summary>
/// <remarks>Runs inside MSBuild, before the compiler: nothing here may touch a Microsoft.CodeAnalysis type.</remarks>
internal static class CondensedDocuments
{
    /// <summary>The file that lists what each Markdown file was condensed from, in <see cref="Condense"/>'s folder.</summary>
    public const string StampsFileName = "condensed.stamps";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Condenses the Markdown files among <paramref name="paths"/> (absolute) that lie under <paramref name="root"/> into
    /// <paramref name="directory"/>. Returns, for each path, its condensed file, or null for a file the compiler must read
    /// as it is (not under the root, no front matter, not UTF-8: the generator reports those from the Markdown).
    /// </summary>
    public static string?[] Condense(IReadOnlyList<string> paths, string root, string directory, RenderedBodies.IRenderLog log)
    {
        var stampsFile = Path.Combine(directory, StampsFileName);
        var stamps = ReadStamps(stampsFile);
        var results = new string?[paths.Count];
        var stampsNow = new (string SourcePath, long Length, long Ticks, bool Condensed)?[paths.Count];
        var condensed = new ConcurrentBag<string>();
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var path = paths[i];
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || ContentSelection.RelativeContentPath(path, root) is not { } sourcePath)
            {
                return;
            }

            var target = Path.Combine(directory, sourcePath + CondensedDocument.Extension);
            try
            {
                var info = new FileInfo(path);
                var stamp = (info.Length, info.LastWriteTimeUtc.Ticks);
                if (stamps.TryGetValue(sourcePath, out var last) && (last.Length, last.Ticks) == stamp && (!last.Condensed || File.Exists(target)))
                {
                    // Unchanged since the last build by size and time, as MSBuild itself judges inputs: not even read.
                    results[i] = last.Condensed ? target : null;
                    stampsNow[i] = (sourcePath, stamp.Length, stamp.Ticks, last.Condensed);
                    return;
                }

                var text = CondensedText(path, File.ReadAllBytes(path));
                if (text is not null)
                {
                    WriteIfChanged(target, StrictUtf8.GetBytes(text));
                    results[i] = target;
                    condensed.Add(sourcePath);
                }

                stampsNow[i] = (sourcePath, stamp.Length, stamp.Ticks, text is not null);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The compiler reads the Markdown itself, and reports what it finds.
                log.Message("ContentGen: " + sourcePath + " goes to the compiler as it is: " + exception.Message);
            }
        });

        WriteStamps(stampsFile, stampsNow);
        log.Message("ContentGen: condensed " + condensed.Count + " of " + results.Count(r => r is not null) + " content files for the compiler");
        foreach (var sourcePath in condensed.OrderBy(p => p, StringComparer.Ordinal).Take(MaxListed))
        {
            log.Message("ContentGen: condensed " + sourcePath);
        }

        return results;
    }

    private const int MaxListed = 20;

    /// <summary>
    /// The condensed text of a file's bytes, read as the compiler reads them (UTF-8, a byte order mark dropped), or null
    /// when the compiler must be given the file itself: it is not UTF-8 (the compiler would decode it another way, and the
    /// generator says so), or <see cref="CondensedDocument.Condense"/> leaves it as it is.
    /// </summary>
    internal static string? CondensedText(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        try
        {
            return CondensedDocument.Condense(path, BodySource.WithoutByteOrderMark(text));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Whatever the parse would trip on, it meets in the Markdown, and reports at its place.
            return null;
        }
    }

    private static void WriteIfChanged(string file, byte[] bytes)
    {
        if (File.Exists(file) && new FileInfo(file).Length == bytes.Length && File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        RenderedBodies.Replace(file, bytes);
    }

    /// <summary>Which ContentGen wrote the list: another one condenses every file again (the format may have changed).</summary>
    private static readonly string VersionLine = "condenser " + typeof(CondensedDocuments).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static Dictionary<string, (long Length, long Ticks, bool Condensed)> ReadStamps(string stampsFile)
    {
        var stamps = new Dictionary<string, (long Length, long Ticks, bool Condensed)>(StringComparer.Ordinal);
        if (!File.Exists(stampsFile))
        {
            return stamps;
        }

        var lines = File.ReadAllLines(stampsFile);
        if (lines.Length == 0 || lines[0] != VersionLine)
        {
            return stamps;
        }

        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length == 4 && parts[3] is "0" or "1"
                && long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
                && long.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks))
            {
                stamps[parts[0]] = (length, ticks, parts[3] == "1");
            }
        }

        return stamps;
    }

    private static void WriteStamps(string stampsFile, IEnumerable<(string SourcePath, long Length, long Ticks, bool Condensed)?> stamps)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stampsFile))!);
        File.WriteAllLines(stampsFile, new[] { VersionLine }.Concat(stamps
            .Where(s => s is not null && s.Value.SourcePath.IndexOfAny(LineBreaks) < 0)
            .Select(s => s!.Value.SourcePath + "\t" + s.Value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + s.Value.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + (s.Value.Condensed ? "1" : "0"))));
    }

    private static readonly char[] LineBreaks = { '\n', '\r', '\t' };
}
