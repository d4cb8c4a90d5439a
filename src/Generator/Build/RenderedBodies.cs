// Reads and writes the build step's files, outside the compiler (see RenderBodies): not analyzer code.
#pragma warning disable RS1035

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ContentGen.Diagnostics;
using ContentGen.Input;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Payload;

namespace ContentGen.Build;

/// <summary>
/// What the build step (<see cref="RenderBodies"/>) does for one file, kept apart from the task so that it can run, and
/// be tested, where MSBuild's assemblies are not loaded (the tests embed the same resource in what they compile).
/// </summary>
internal static class RenderedBodies
{
    /// <summary>
    /// The body of one content file, taken from <paramref name="previous"/> when its Markdown is unchanged, else rendered;
    /// null for a file without front matter, which is no document. <paramref name="error"/> is a body Markdig cannot
    /// render, with the 1-based line to report it at.
    /// </summary>
    internal static BodyResourceEntry? Entry(string sourcePath, string fileText, bool allowRawHtml, IReadOnlyDictionary<string, BodyResourceEntry> previous, out bool reused, out (int Line, string Message)? error)
    {
        reused = false;
        error = null;
        if (BodySource.Of(fileText) is not { } body)
        {
            return null;
        }

        var hash = BodyResource.HashOf(body.Span);
        if (previous.TryGetValue(sourcePath, out var cached) && cached.BodyHash == hash)
        {
            reused = true;
            return cached;
        }

        var payload = Render(body, allowRawHtml, out var message);
        if (message is not null)
        {
            error = (body.FirstLine + 1, message);
        }

        return new BodyResourceEntry(sourcePath, hash, Deflate.Compress(payload), payload.Length);
    }

    /// <summary>
    /// One body's payload. A body too complex to render quickly is stored empty: the generator reports it (CG0305) and
    /// the build fails, so it is never read. An exception from Markdig (past its nesting limit) is returned as an error.
    /// </summary>
    private static byte[] Render(BodyText body, bool allowRawHtml, out string? error)
    {
        error = null;
        var markdown = body.Markdown;
        var empty = new DocumentBody(markdown, string.Empty, string.Empty, EquatableArray<SectionInfo>.Empty, 0, EquatableArray<string>.Empty);
        if (BodyChecks.FindComplexityBreach(markdown) is not null)
        {
            return BodyPayload.Encode(empty);
        }

        try
        {
            return BodyPayload.Encode(BodyRenderer.Render(markdown, allowRawHtml));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            error = exception.Message.Replace("\r", " ").Replace("\n", " ").Trim();
            return BodyPayload.Encode(empty);
        }
    }

    /// <summary>
    /// The resource the build step writes for these files (absolute paths and texts) when it has no cache: what the
    /// tests and benchmarks embed beside the generated code they compile.
    /// </summary>
    public static byte[] Resource(IEnumerable<(string Path, string Text)> files, string contentRoot, bool allowRawHtml)
    {
        var none = new Dictionary<string, BodyResourceEntry>();
        var entries = new List<BodyResourceEntry>();
        foreach (var (path, text) in files)
        {
            if (Input.ContentSelection.RelativeContentPath(path, contentRoot) is { } sourcePath
                && Entry(sourcePath, text, allowRawHtml, none, out _, out _) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return BodyResource.Write(entries, allowRawHtml);
    }

    /// <summary>What the step reports: a message at normal importance, or an error at a file's line (0 for the file).</summary>
    internal interface IRenderLog
    {
        void Message(string text);

        void Error(string path, int line, string? code, string message);
    }

    /// <summary>
    /// Renders the Markdown files among <paramref name="paths"/> that are under <paramref name="root"/> into
    /// <paramref name="outputFile"/>, reusing the bodies of the file the last build wrote; false when a file could not be
    /// read or rendered (each reported to <paramref name="log"/>).
    /// </summary>
    internal static bool RenderAll(IReadOnlyList<string> paths, string root, bool allowRawHtml, string outputFile, IRenderLog log)
    {
        var files = paths
            .Select(path => (Path: path, SourcePath: ContentSelection.RelativeContentPath(path, root)))
            .Where(file => file.SourcePath is not null)
            .ToList();
        var stampsFile = outputFile + ".stamps";

        // The file of the last build, read once: the cache of its bodies, and what the new file is compared with.
        var previousBytes = File.Exists(outputFile) ? File.ReadAllBytes(outputFile) : null;
        var previous = ReadPrevious(previousBytes, stampsFile, allowRawHtml);
        var stamps = previous.Count == 0 ? new Dictionary<string, FileStamp>() : FileStamps.Read(stampsFile);
        var stampsNow = new FileStamp[files.Count];
        var entries = new BodyResourceEntry?[files.Count];
        var rendered = new ConcurrentBag<string>();
        var errors = new ConcurrentBag<(string Path, int Line, string? Code, string Message)>();
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (path, sourcePath) = files[i];
            try
            {
                RenderOne(i, path, sourcePath!);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A file that went away or cannot be read after MSBuild listed it: an error at the file, not a task crash.
                errors.Add((path, 0, null, exception.Message));
            }
        });

        void RenderOne(int i, string path, string sourcePath)
        {
            stampsNow[i] = FileStamps.Of(path, kept: true);
            if (stamps.TryGetValue(sourcePath, out var stamp) && stamp.Matches(stampsNow[i]) && previous.ContainsKey(sourcePath))
            {
                // Unchanged since the last build by size and time, as MSBuild itself judges inputs: not even read.
                entries[i] = previous[sourcePath];
                return;
            }

            entries[i] = RenderedBodies.Entry(sourcePath, File.ReadAllText(path), allowRawHtml, previous, out var reused, out var error);
            if (error is { } found)
            {
                // The same error the generator reported when it rendered bodies itself, at the body's first line.
                errors.Add((path, found.Line, DiagnosticDescriptors.BodyNotRenderedId, string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticDescriptors.BodyNotRenderedMessage, found.Message)));
            }

            if (entries[i] is not null && !reused)
            {
                rendered.Add(sourcePath);
            }
        }

        foreach (var (path, line, code, message) in errors.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            log.Error(path, line, code, message);
        }

        var bytes = BodyResource.Write(entries.Where(e => e is not null)!, allowRawHtml);
        var written = WriteIfChanged(bytes, previousBytes, outputFile);
        FileStamps.Write(stampsFile, Enumerable.Range(0, files.Count).Where(i => entries[i] is not null).Select(i => (files[i].SourcePath!, stampsNow[i])));
        log.Message("ContentGen: rendered " + rendered.Count + " of " + entries.Count(e => e is not null) + " bodies; " + (written ? "wrote " : "unchanged: ") + outputFile);
        foreach (var sourcePath in rendered.OrderBy(p => p, StringComparer.Ordinal).Take(MaxListed))
        {
            log.Message("ContentGen: rendered " + sourcePath);
        }

        return errors.IsEmpty;
    }

    /// <summary>The line the renderer process prints when it has condensed the files, after a <c>C</c> line per condensed path: the task returns then, and the compiler can run.</summary>
    internal const string CondensedLine = "D";

    /// <summary>
    /// The entry point of the renderer process (src/Render, which calls it by name): <paramref name="args"/> is the
    /// response file <c>RenderBodies</c> wrote. Condenses the files first (a <c>C</c> line with the index of each path
    /// condensed, then <see cref="CondensedLine"/>), then renders. Reports on standard output, a line each: <c>M</c> and a
    /// message, or <c>E</c>, path, line, code and message, tab-separated. Returns 0, or 1 when a file failed.
    /// </summary>
    internal static int RunInProcess(string[] args)
    {
        // The response file (RenderBodies): the content root, whether raw HTML is kept, the bodies' file, the file of
        // condensed documents (empty: none), then the paths.
        var lines = File.ReadAllLines(args[0]);
        var log = new ConsoleLog();
        var paths = lines.Skip(4).ToList();
        if (lines[3].Length > 0)
        {
            var condensed = CondensedDocuments.Condense(paths, lines[0], lines[3], log);
            for (var i = 0; i < condensed.Length; i++)
            {
                if (condensed[i])
                {
                    Console.Out.WriteLine("C\t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        Console.Out.WriteLine(CondensedLine);
        Console.Out.Flush();
        var succeeded = RenderAll(paths, lines[0], lines[1] == "true", lines[2], log);
        Console.Out.Flush();
        return succeeded ? 0 : 1;
    }

    /// <summary>Reports in the renderer process, as lines for <c>RenderBodies</c> to read.</summary>
    private sealed class ConsoleLog : IRenderLog
    {
        public void Message(string text) => Console.Out.WriteLine("M\t" + OneLine(text));

        public void Error(string path, int line, string? code, string message)
            => Console.Out.WriteLine("E\t" + OneLine(path) + "\t" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + (code ?? string.Empty) + "\t" + OneLine(message));

        private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
    }

    /// <summary>How many rendered files are named in the log: all of them after an edit, a count only after a clean build.</summary>
    private const int MaxListed = 20;

    /// <summary>
    /// The bodies of the last build, to reuse: only when that build ran this very build step (<see cref="FileStamps"/>
    /// names it), since another version of ContentGen may render or encode a body differently. Its stamps, a sidecar of
    /// the cache, say which files are unchanged since.
    /// </summary>
    private static Dictionary<string, BodyResourceEntry> ReadPrevious(byte[]? previousBytes, string stampsFile, bool allowRawHtml)
    {
        var entries = FileStamps.IsCurrent(stampsFile) && previousBytes is not null ? BodyResource.TryRead(previousBytes, allowRawHtml) : null;
        return (entries ?? new List<BodyResourceEntry>()).ToDictionary(e => e.SourcePath, StringComparer.Ordinal);
    }

    /// <summary>Writes the file unless it already holds these bytes, so an unchanged resource leaves the compiler's inputs unchanged.</summary>
    private static bool WriteIfChanged(byte[] bytes, byte[]? previousBytes, string outputFile)
    {
        if (previousBytes is not null && previousBytes.AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        Replace(outputFile, bytes);
        return true;
    }

    /// <summary>Writes <paramref name="file"/> whole or not at all: into a temporary file first, then in its place.</summary>
    internal static void Replace(string file, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var temporary = file + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        if (File.Exists(file))
        {
            File.Delete(file);
        }

        File.Move(temporary, file);
    }
}
