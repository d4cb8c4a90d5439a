// This is an MSBuild task, not compiler code: it runs in MSBuild before the compiler, where reading the content files
// is its job. The rules for analyzers (RS1035: no file I/O) are about code the compiler runs, which this is not.
#pragma warning disable RS1035

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Input;
using ContentGen.Payload;
using Microsoft.Build.Framework;

namespace ContentGen.Build;

/// <summary>
/// ContentGen's build step: renders the body of every content file (HTML, plain text, sections and their lists, word
/// count) with the same code the generator used to, in parallel, and writes them into one file, the
/// <c>ContentGen.Bodies</c> resource (<see cref="BodyResource"/>) of an assembly of its own that the project references
/// (<see cref="BodyAssembly"/>). The generator never renders a body; it only
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

    /// <summary>The assembly to write around <see cref="OutputFile"/> (<see cref="BodyAssembly"/>), which the project references; none when empty.</summary>
    public string AssemblyFile { get; set; } = string.Empty;

    /// <summary>
    /// The reference assembly the compiler is given for <see cref="AssemblyFile"/>: its name and type without the
    /// bodies, written once, so the compiler neither waits for the bodies nor compiles again when they change.
    /// </summary>
    public string ReferenceFile { get; set; } = string.Empty;

    /// <summary>That assembly's name (ContentGen.targets: the project's assembly name and <c>.ContentGenBodies</c>).</summary>
    public string AssemblyName { get; set; } = string.Empty;

    /// <summary>
    /// Empty: render, then write the assembly. <c>Start</c>: write the reference assembly, start rendering and return,
    /// so the compiler runs meanwhile. <c>Finish</c>: wait for that rendering, report what it reported, and write the
    /// assembly.
    /// </summary>
    public string Mode { get; set; } = string.Empty;

    /// <summary>
    /// The file of condensed documents the compiler is given in place of the Markdown (<see cref="CondensedDocuments"/>);
    /// none is written when empty. Not used by the <c>Finish</c> mode.
    /// </summary>
    public string CondensedFile { get; set; } = string.Empty;

    /// <summary>The items of <see cref="Files"/> that were condensed, as given: what ContentGen.targets takes out of <c>AdditionalFiles</c>.</summary>
    [Output]
    public ITaskItem[] CondensedSources { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The file of their condensed documents, which ContentGen.targets puts into <c>AdditionalFiles</c> in their place (none when no file was condensed).</summary>
    [Output]
    public ITaskItem[] CondensedFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc/>
    public IBuildEngine? BuildEngine { get; set; }

    /// <inheritdoc/>
    public ITaskHost? HostObject { get; set; }

    /// <summary>
    /// <c>ContentGenRenderer</c>: the renderer's DLL (tools/render/ContentGen.Render.dll of the package). When it exists
    /// and the build runs on the .NET SDK (which names its <c>dotnet</c> in <c>DOTNET_HOST_PATH</c>), bodies are rendered
    /// in a process of its own with tiered compilation off; otherwise, as in a .NET Framework MSBuild, in this one.
    /// </summary>
    public string Renderer { get; set; } = string.Empty;

    /// <inheritdoc/>
    public bool Execute()
    {
        var key = "ContentGen.RenderBodies:" + Path.GetFullPath(OutputFile);
        var engine = BuildEngine as IBuildEngine4;
        if (Mode != "Finish" && ReferenceFile.Length > 0)
        {
            BodyAssembly.WriteReference(ReferenceFile, AssemblyName);
        }

        switch (Mode)
        {
            case "Start" when engine is not null:
                // The compiler resolves the assembly before it is written: a first build finds the reference in its place,
                // which the finish replaces.
                if (AssemblyFile.Length > 0 && !File.Exists(AssemblyFile))
                {
                    BodyAssembly.WritePlaceholder(AssemblyFile, AssemblyName);
                }

                var recorded = new RecordedLog();
                if (Start(Inputs(), recorded) is not { } rendering)
                {
                    return false;
                }

                engine.RegisterTaskObject(key, new RenderJob(rendering, recorded), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
                return true;
            case "Finish" when engine?.UnregisterTaskObject(key, RegisteredTaskObjectLifetime.Build) is RenderJob job:
                using (job)
                {
                    return Finish(job.Succeeded(), job.Log);
                }

            case "Finish" when File.Exists(OutputFile):
                // Started without an engine that keeps the job: the start rendered and wrote everything.
                return true;
            default:
                var log = new RecordedLog();
                return Start(Inputs(), log) is { } work && Finish(new RenderJob(work, log).Succeeded(), log);
        }
    }

    /// <summary>
    /// Condenses the content files for the compiler (it reads them, so this is done before the task returns), then starts
    /// rendering the bodies, which goes on while the compiler runs: both in the renderer process when it can run, else
    /// here. Reports what condensing reported and sets <see cref="CondensedSources"/> and <see cref="CondensedFiles"/>;
    /// returns the rendering, or null when condensing failed.
    /// </summary>
    private System.Threading.Tasks.Task<bool>? Start(RenderInputs inputs, RecordedLog renderLog)
    {
        var condenseLog = new RecordedLog();
        System.Threading.Tasks.Task<bool> rendering;
        bool[] condensed;
        try
        {
            if (StartOutOfProcess(inputs, condenseLog, renderLog) is { } started)
            {
                (rendering, condensed) = started;
            }
            else
            {
                condensed = inputs.CondensedFile.Length > 0
                    ? CondensedDocuments.Condense(inputs.Paths, inputs.Root, inputs.CondensedFile, condenseLog)
                    : new bool[inputs.Paths.Count];
                rendering = System.Threading.Tasks.Task.Run(() => RenderedBodies.RenderAll(inputs.Paths, inputs.Root, inputs.AllowRawHtml, inputs.OutputFile, renderLog));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            condenseLog.Error(string.Empty, 0, null, "ContentGen could not write the files for the compiler: " + exception.Message);
            condenseLog.ReplayOn(this);
            return null;
        }

        condenseLog.ReplayOn(this);
        CondensedSources = Files.Where((_, i) => condensed[i]).ToArray();
        CondensedFiles = CondensedSources.Length > 0 ? new ITaskItem[] { new PathItem(Path.GetFullPath(inputs.CondensedFile)) } : Array.Empty<ITaskItem>();
        return rendering;
    }

    /// <summary>Reports what the rendering reported, and writes the assembly around the bodies when it succeeded.</summary>
    private bool Finish(bool succeeded, RecordedLog log)
    {
        log.ReplayOn(this);
        if (!succeeded)
        {
            return false;
        }

        if (AssemblyFile.Length > 0)
        {
            var written = BodyAssembly.WriteIfStale(OutputFile, AssemblyFile, AssemblyName);
            Log(MessageImportance.Normal, "ContentGen: " + (written ? "wrote " : "unchanged: ") + AssemblyFile);
        }

        return true;
    }

    /// <summary>What rendering needs, read from the task's parameters on MSBuild's thread.</summary>
    private RenderInputs Inputs()
        => new(
            ContentSelection.ResolveRoot(ProjectDirectory, ContentRoot),
            Files.Select(item => item.GetMetadata("FullPath")).ToList(),
            AllowRawHtml,
            OutputFile,
            Renderer,
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
            Path.GetDirectoryName(typeof(RenderBodies).Assembly.Location)!,
            CondensedFile);

    private sealed record RenderInputs(string Root, List<string> Paths, bool AllowRawHtml, string OutputFile, string Renderer, string? Host, string TaskFolder, string CondensedFile);

    private static readonly char[] LineBreaks = { '\n', '\r' };

    /// <summary>
    /// Starts the renderer process, waits until it has condensed the files (what it reports meanwhile goes to
    /// <paramref name="condenseLog"/>), and returns its rendering, which reports to <paramref name="renderLog"/>, and
    /// whether each path was condensed. Null when the process cannot be used (no renderer, no .NET host, a path with a line
    /// break, which the response file cannot hold) or stopped before it had condensed: the step then works here.
    /// </summary>
    private static (System.Threading.Tasks.Task<bool> Rendering, bool[] Condensed)? StartOutOfProcess(RenderInputs inputs, RecordedLog condenseLog, RecordedLog renderLog)
    {
        if (inputs.Renderer.Length == 0 || !File.Exists(inputs.Renderer) || inputs.Host is not { Length: > 0 } host || !File.Exists(host) || inputs.Paths.Any(p => p.IndexOfAny(LineBreaks) >= 0))
        {
            return null;
        }

        var responseFile = inputs.OutputFile + ".rsp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(inputs.OutputFile))!);
        File.WriteAllLines(responseFile, new[] { inputs.Root, inputs.AllowRawHtml ? "true" : "false", Path.GetFullPath(inputs.OutputFile), inputs.CondensedFile.Length > 0 ? Path.GetFullPath(inputs.CondensedFile) : string.Empty }.Concat(inputs.Paths));
        var arguments = new[] { Path.GetFullPath(inputs.Renderer), inputs.TaskFolder, responseFile };
        var start = new System.Diagnostics.ProcessStartInfo(host, string.Join(" ", arguments.Select(Quote)))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        System.Diagnostics.Process process;
        try
        {
            process = System.Diagnostics.Process.Start(start)!;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            condenseLog.Note("ContentGen: the renderer process did not start (" + exception.Message + "); condensing and rendering in MSBuild's process");
            return null;
        }

        var standardError = process.StandardError.ReadToEndAsync();
        var condensed = new bool[inputs.Paths.Count];
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null && line != RenderedBodies.CondensedLine)
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && parts[0] == "C" && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < condensed.Length)
            {
                condensed[index] = true;
            }
            else
            {
                Report(line, condenseLog);
            }
        }

        if (line is null)
        {
            process.WaitForExit();
            condenseLog.Note("ContentGen: the renderer process stopped with exit code " + process.ExitCode + " before it had condensed the files (" + standardError.Result.Trim() + "); condensing and rendering in MSBuild's process");
            process.Dispose();
            return null;
        }

        YieldToTheCompiler(process);
        return (System.Threading.Tasks.Task.Run(() => FinishOutOfProcess(process, standardError, inputs.Renderer, renderLog)), condensed);
    }

    /// <summary>Records what the renderer process reports while it renders, and whether it succeeded.</summary>
    private static bool FinishOutOfProcess(System.Diagnostics.Process process, System.Threading.Tasks.Task<string> standardError, string renderer, RecordedLog log)
    {
        using (process)
        {
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null)
            {
                Report(line, log);
            }

            process.WaitForExit();
            if (process.ExitCode is 0 or 1)
            {
                return process.ExitCode == 0;
            }

            log.Error(renderer, 0, null, "The ContentGen renderer process stopped with exit code " + process.ExitCode + ": " + standardError.Result.Trim());
            return false;
        }
    }

    /// <summary>One line the renderer process printed (<c>RenderedBodies.ConsoleLog</c>): a message or an error.</summary>
    private static void Report(string line, RecordedLog log)
    {
        var parts = line.Split('\t');
        if (parts.Length == 2 && parts[0] == "M")
        {
            log.Message(parts[1]);
        }
        else if (parts.Length == 5 && parts[0] == "E")
        {
            log.Error(parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), parts[3].Length == 0 ? null : parts[3], parts[4]);
        }
    }

    /// <summary>
    /// Puts the renderer below normal priority. It runs while the compiler does, and the build waits for the compiler:
    /// given the same priority, the two shared the cores, the compiler took longer and its server's garbage collector,
    /// starved of time, let the heap grow (docs/performance.md). Below normal, rendering takes what the compiler leaves.
    /// </summary>
    private static void YieldToTheCompiler(System.Diagnostics.Process process)
    {
        try
        {
            process.PriorityClass = System.Diagnostics.ProcessPriorityClass.BelowNormal;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or NotSupportedException or PlatformNotSupportedException)
        {
            // Not allowed here, or already gone: it renders at the priority it has.
        }
    }

    /// <summary>
    /// One argument of a command line, quoted as the runtime splits command lines (netstandard2.0 has no
    /// ProcessStartInfo.ArgumentList): in double quotes, a quote escaped with a backslash, and the backslashes before a
    /// quote or the closing quote doubled.
    /// </summary>
    internal static string Quote(string argument)
    {
        var quoted = new System.Text.StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            quoted.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes);
            backslashes = 0;
            quoted.Append(c);
        }

        return quoted.Append('\\', backslashes * 2).Append('"').ToString();
    }

    /// <summary>
    /// What rendering reports, kept to be reported as this task when it finishes: MSBuild takes messages from a task only
    /// while it runs, and rendering may run on after the task that started it has returned.
    /// </summary>
    private sealed class RecordedLog : RenderedBodies.IRenderLog
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<Action<RenderBodies>> _events = new();

        public void Message(string text) => _events.Enqueue(task => task.Log(MessageImportance.Normal, text));

        /// <summary>A message for detailed logs only.</summary>
        public void Note(string text) => _events.Enqueue(task => task.Log(MessageImportance.Low, text));

        public void Error(string path, int line, string? code, string message)
            => _events.Enqueue(task => task.BuildEngine?.LogErrorEvent(new BuildErrorEventArgs(null, code, path, line, line == 0 ? 0 : 1, line, line == 0 ? 0 : 1, message, null, nameof(RenderBodies))));

        public void ReplayOn(RenderBodies task)
        {
            while (_events.TryDequeue(out var report))
            {
                report(task);
            }
        }
    }

    /// <summary>Rendering started by the <c>Start</c> mode, kept by MSBuild for the <c>Finish</c> mode of the same build.</summary>
    private sealed class RenderJob : IDisposable
    {
        private readonly System.Threading.Tasks.Task<bool> _work;

        public RenderJob(System.Threading.Tasks.Task<bool> work, RecordedLog log)
        {
            _work = work;
            Log = log;
        }

        public RecordedLog Log { get; }

        public bool Succeeded()
        {
            try
            {
                return _work.GetAwaiter().GetResult();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Log.Error(string.Empty, 0, null, "ContentGen could not write the bodies: " + exception.Message);
                return false;
            }
        }

        /// <summary>A build that stops before the finish (a compiler error) still waits for the files being written.</summary>
        public void Dispose()
        {
            try
            {
                _work.Wait();
            }
            catch (AggregateException)
            {
                // Reported by the finish when there is one; a build that stopped before it has its own error.
            }
        }
    }

    private void Log(MessageImportance importance, string message)
        => BuildEngine?.LogMessageEvent(new BuildMessageEventArgs(message, null, nameof(RenderBodies), importance));

    /// <summary>An item that is a path and nothing more (the task does not reference MSBuild's utilities, whose TaskItem this would be).</summary>
    private sealed class PathItem : ITaskItem
    {
        public PathItem(string path) => ItemSpec = path;

        public string ItemSpec { get; set; }

        public System.Collections.ICollection MetadataNames => Array.Empty<string>();

        public int MetadataCount => 0;

        public string GetMetadata(string metadataName) => string.Empty;

        public void SetMetadata(string metadataName, string metadataValue)
        {
            // The items go straight into AdditionalFiles: MSBuild copies them and sets nothing here.
        }

        public void RemoveMetadata(string metadataName)
        {
            // Holds none.
        }

        public void CopyMetadataTo(ITaskItem destinationItem)
        {
            // Holds none.
        }

        public System.Collections.IDictionary CloneCustomMetadata() => new System.Collections.Hashtable();
    }
}
