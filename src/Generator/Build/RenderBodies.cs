// This is an MSBuild task, not compiler code: it runs in MSBuild before the compiler, where reading the content files
// is its job. The rules for analyzers (RS1035: no file I/O) are about code the compiler runs, which this is not.
#pragma warning disable RS1035

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ContentGen.Diagnostics;
using ContentGen.Input;
using ContentGen.Payload;
using Microsoft.Build.Framework;

namespace ContentGen.Build;

/// <summary>
/// ContentGen's build step: renders the body of every content file (HTML, plain text, sections and their lists, word
/// count) with the same code the generator used to, in parallel, and writes them into one file that the project embeds
/// as the <c>ContentGen.Bodies</c> resource (<see cref="BodyResource"/>). The generator never renders a body; it only
/// checks bodies and compiles their content hash, so bodies cost the compiler nothing. The file written last time is
/// the cache: a body whose Markdown hash is unchanged is copied from it, so a body edit renders that one file again.
/// </summary>
/// <remarks>
/// It runs inside MSBuild, which does not load the compiler's assemblies: nothing it calls may touch a
/// Microsoft.CodeAnalysis type (the end-to-end tests build with it loaded from the package).
/// </remarks>
public sealed class RenderBodies : ITask
{
    /// <summary>The project's <c>AdditionalFiles</c>; the Markdown files under the content root are rendered.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project directory, which a relative content root is resolved against.</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary><c>ContentGenContentRoot</c>.</summary>
    public string ContentRoot { get; set; } = string.Empty;

    /// <summary><c>ContentGenAllowRawHtml</c>: keep raw HTML in bodies.</summary>
    public bool AllowRawHtml { get; set; }

    /// <summary>The file to write (under <c>obj/</c>), embedded as the resource.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <inheritdoc/>
    public IBuildEngine? BuildEngine { get; set; }

    /// <inheritdoc/>
    public ITaskHost? HostObject { get; set; }

    /// <inheritdoc/>
    public bool Execute()
    {
        var root = ContentSelection.ResolveRoot(ProjectDirectory, ContentRoot);
        var files = Files
            .Select(item => item.GetMetadata("FullPath"))
            .Select(path => (Path: path, SourcePath: ContentSelection.RelativeContentPath(path, root)))
            .Where(file => file.SourcePath is not null)
            .ToList();

        // The file of the last build, read once: the cache of its bodies, and what the new file is compared with.
        var previousBytes = File.Exists(OutputFile) ? File.ReadAllBytes(OutputFile) : null;
        var previous = ReadPrevious(previousBytes);
        var stamps = ReadStamps(previous);
        var stampsNow = new (long Length, long Ticks)[files.Count];
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
            var info = new FileInfo(path);
            stampsNow[i] = (info.Length, info.LastWriteTimeUtc.Ticks);
            if (stamps.TryGetValue(sourcePath, out var stamp) && stamp == stampsNow[i])
            {
                // Unchanged since the last build by size and time, as MSBuild itself judges inputs: not even read.
                entries[i] = previous[sourcePath];
                return;
            }

            entries[i] = RenderedBodies.Entry(sourcePath, File.ReadAllText(path), AllowRawHtml, previous, out var reused, out var error);
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
            BuildEngine?.LogErrorEvent(new BuildErrorEventArgs(null, code, path, line, line == 0 ? 0 : 1, line, line == 0 ? 0 : 1, message, null, nameof(RenderBodies)));
        }

        var bytes = BodyResource.Write(entries.Where(e => e is not null)!, AllowRawHtml);
        var written = WriteIfChanged(bytes, previousBytes);
        WriteStamps(Enumerable.Range(0, files.Count).Where(i => entries[i] is not null).Select(i => (files[i].SourcePath!, stampsNow[i])));
        Log(MessageImportance.Normal, "ContentGen: rendered " + rendered.Count + " of " + entries.Count(e => e is not null) + " bodies; " + (written ? "wrote " : "unchanged: ") + OutputFile);
        foreach (var sourcePath in rendered.OrderBy(p => p, StringComparer.Ordinal).Take(MaxListed))
        {
            Log(MessageImportance.Normal, "ContentGen: rendered " + sourcePath);
        }

        return errors.IsEmpty;
    }

    /// <summary>How many rendered files are named in the log: all of them after an edit, a count only after a clean build.</summary>
    private const int MaxListed = 20;

    private string StampsFile => OutputFile + ".stamps";

    /// <summary>
    /// The size and time of each file whose body is in the previous resource, as they were when it was written: a
    /// sidecar of the cache, never embedded (times would make the resource differ by machine). Lines of
    /// <c>path TAB length TAB ticks</c> after the renderer line; anything unreadable means no stamps, so every file is read again.
    /// </summary>
    private Dictionary<string, (long Length, long Ticks)> ReadStamps(Dictionary<string, BodyResourceEntry> previous)
    {
        var stamps = new Dictionary<string, (long Length, long Ticks)>(StringComparer.Ordinal);
        if (previous.Count == 0 || !File.Exists(StampsFile))
        {
            return stamps;
        }

        foreach (var line in File.ReadAllLines(StampsFile).Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length == 3 && previous.ContainsKey(parts[0])
                && long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
                && long.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks))
            {
                stamps[parts[0]] = (length, ticks);
            }
        }

        return stamps;
    }

    private void WriteStamps(IEnumerable<(string SourcePath, (long Length, long Ticks) Stamp)> stamps)
        => File.WriteAllLines(StampsFile, new[] { RendererLine }.Concat(stamps.Select(s => s.SourcePath + "\t" + s.Stamp.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + s.Stamp.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>
    /// The bodies of the last build, to reuse: only when that build ran this very build step (its assembly's module id
    /// is in the stamps' first line), since another version of ContentGen may render or encode a body differently.
    /// </summary>
    private Dictionary<string, BodyResourceEntry> ReadPrevious(byte[]? previousBytes)
    {
        var sameRenderer = File.Exists(StampsFile) && File.ReadLines(StampsFile).FirstOrDefault() == RendererLine;
        var entries = sameRenderer && previousBytes is not null ? BodyResource.TryRead(previousBytes, AllowRawHtml) : null;
        return (entries ?? new List<BodyResourceEntry>()).ToDictionary(e => e.SourcePath, StringComparer.Ordinal);
    }

    /// <summary>The stamps' first line: which build of ContentGen wrote the cache (its assembly's module version id, which a deterministic build derives from its content).</summary>
    private static readonly string RendererLine = "renderer " + typeof(RenderBodies).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Writes the file unless it already holds these bytes, so an unchanged resource leaves the compiler's inputs unchanged.</summary>
    private bool WriteIfChanged(byte[] bytes, byte[]? previousBytes)
    {
        if (previousBytes is not null && previousBytes.AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
        var temporary = OutputFile + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        if (File.Exists(OutputFile))
        {
            File.Delete(OutputFile);
        }

        File.Move(temporary, OutputFile);
        return true;
    }

    private void Log(MessageImportance importance, string message)
        => BuildEngine?.LogMessageEvent(new BuildMessageEventArgs(message, null, nameof(RenderBodies), importance));
}
