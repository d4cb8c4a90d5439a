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
/// The build step's other half: writes the file the compiler is given in place of the Markdown files under the content
/// root (<see cref="CondensedDocument"/>: for each, its front matter as written and its body's facts), so the compiler,
/// and the compiler server that keeps its inputs between builds, never holds the bodies. The file written last time is
/// the cache: a Markdown file is condensed again only when its size or time changed since then (the list of them is kept
/// beside it), and the file is written only when its text changed, so a build with nothing changed keeps its time and
/// the compiler is not run again.
/// </summary>
/// <remarks>Runs inside MSBuild or the renderer process, before the compiler: nothing here may touch a Microsoft.CodeAnalysis type.</remarks>
internal static class CondensedDocuments
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Condenses the Markdown files among <paramref name="paths"/> (absolute) that lie under <paramref name="root"/> into
    /// <paramref name="setFile"/>. Returns, for each path, whether it is in that file; one that is not goes to the
    /// compiler as it is (not under the root, no front matter, not UTF-8: the generator reports those from the Markdown).
    /// </summary>
    public static bool[] Condense(IReadOnlyList<string> paths, string root, string setFile, RenderedBodies.IRenderLog log)
    {
        var stampsFile = setFile + ".stamps";
        var stamps = FileStamps.Read(stampsFile);
        var previousBytes = File.Exists(setFile) ? File.ReadAllBytes(setFile) : null;
        var previous = Previous(previousBytes, stamps.Count);
        var texts = new string?[paths.Count];
        var stampsNow = new FileStamp?[paths.Count];
        var condensed = new ConcurrentBag<string>();
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var path = paths[i];
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || ContentSelection.RelativeContentPath(path, root) is not { } sourcePath)
            {
                return;
            }

            try
            {
                var stamp = FileStamps.Of(path, kept: false);
                if (stamps.TryGetValue(path, out var last) && last.Matches(stamp) && (!last.Kept || previous.ContainsKey(path)))
                {
                    // Unchanged since the last build by size and time, as MSBuild itself judges inputs: not even read.
                    texts[i] = last.Kept ? previous[path] : null;
                    stampsNow[i] = last;
                    return;
                }

                texts[i] = CondensedText(path, File.ReadAllBytes(path));
                stampsNow[i] = stamp with { Kept = texts[i] is not null };
                if (texts[i] is not null)
                {
                    condensed.Add(sourcePath);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The compiler reads the Markdown itself, and reports what it finds.
                log.Message("ContentGen: " + sourcePath + " goes to the compiler as it is: " + exception.Message);
            }
        });

        // In path order, so the file is the same whatever the order of the project's items.
        var documents = Enumerable.Range(0, paths.Count)
            .Where(i => texts[i] is not null)
            .OrderBy(i => paths[i], StringComparer.Ordinal)
            .Select(i => texts[i]!)
            .ToList();
        var bytes = StrictUtf8.GetBytes(CondensedDocument.WriteSet(documents));
        if (previousBytes is null || !previousBytes.AsSpan().SequenceEqual(bytes))
        {
            RenderedBodies.Replace(setFile, bytes);
        }

        FileStamps.Write(stampsFile, Enumerable.Range(0, paths.Count).Where(i => stampsNow[i] is not null).Select(i => (paths[i], stampsNow[i]!.Value)));
        log.Message("ContentGen: condensed " + condensed.Count + " of " + documents.Count + " content files for the compiler");
        foreach (var sourcePath in condensed.OrderBy(p => p, StringComparer.Ordinal).Take(MaxListed))
        {
            log.Message("ContentGen: condensed " + sourcePath);
        }

        return texts.Select(t => t is not null).ToArray();
    }

    private const int MaxListed = 20;

    /// <summary>The documents of the file written last time, by the path of the Markdown file each stands for; none without a list of what they were condensed from.</summary>
    private static Dictionary<string, string> Previous(byte[]? bytes, int stamps)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        if (bytes is null || stamps == 0)
        {
            return previous;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return previous;
        }

        foreach (var document in CondensedDocument.ReadSet(text) ?? new List<string>())
        {
            if (CondensedDocument.SourcePathOf(document) is { } path)
            {
                previous[path] = document;
            }
        }

        return previous;
    }

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

}
