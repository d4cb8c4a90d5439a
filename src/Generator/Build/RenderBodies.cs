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

    /// <summary>That assembly's name: the project's assembly name and <see cref="BodyAssembly.NameSuffix"/>.</summary>
    public string AssemblyName { get; set; } = string.Empty;

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
        if (!Render())
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

    private bool Render()
    {
        var root = ContentSelection.ResolveRoot(ProjectDirectory, ContentRoot);
        var paths = Files.Select(item => item.GetMetadata("FullPath")).ToList();
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        // The response file holds a path a line: a path with a line break in it is rendered here.
        if (Renderer.Length > 0 && File.Exists(Renderer) && host is { Length: > 0 } && File.Exists(host) && !paths.Any(p => p.IndexOfAny(LineBreaks) >= 0)
            && RunOutOfProcess(host, root, paths) is { } succeeded)
        {
            return succeeded;
        }

        return RenderedBodies.RenderAll(paths, root, AllowRawHtml, OutputFile, new BuildLog(this));
    }

    private static readonly char[] LineBreaks = { '\n', '\r' };

    /// <summary>
    /// Renders in the renderer process, and reports what it reports as this task; null when the process could not be
    /// started or stopped before it reported anything (the step then renders in this process instead).
    /// </summary>
    private bool? RunOutOfProcess(string host, string root, List<string> paths)
    {
        var responseFile = OutputFile + ".rsp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
        File.WriteAllLines(responseFile, new[] { root, AllowRawHtml ? "true" : "false", Path.GetFullPath(OutputFile) }.Concat(paths));
        var arguments = new[] { Path.GetFullPath(Renderer), Path.GetDirectoryName(typeof(RenderBodies).Assembly.Location)!, responseFile };
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
            Log(MessageImportance.Low, "ContentGen: the renderer process did not start (" + exception.Message + "); rendering in MSBuild's process");
            return null;
        }

        using (process)
        {
            var standardError = process.StandardError.ReadToEndAsync();
            var log = new BuildLog(this);
            var reported = false;
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null)
            {
                var parts = line.Split('\t');
                if (parts.Length == 2 && parts[0] == "M")
                {
                    log.Message(parts[1]);
                    reported = true;
                }
                else if (parts.Length == 5 && parts[0] == "E")
                {
                    log.Error(parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), parts[3].Length == 0 ? null : parts[3], parts[4]);
                    reported = true;
                }
            }

            process.WaitForExit();
            if (process.ExitCode is 0 or 1)
            {
                return process.ExitCode == 0;
            }

            var why = "The ContentGen renderer process stopped with exit code " + process.ExitCode + ": " + standardError.Result.Trim();
            if (reported)
            {
                log.Error(Renderer, 0, null, why);
                return false;
            }

            Log(MessageImportance.Low, "ContentGen: " + why + "; rendering in MSBuild's process");
            return null;
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

    /// <summary>Reports as this task, to MSBuild.</summary>
    private sealed class BuildLog : RenderedBodies.IRenderLog
    {
        private readonly RenderBodies _task;

        public BuildLog(RenderBodies task) => _task = task;

        public void Message(string text) => _task.Log(MessageImportance.Normal, text);

        public void Error(string path, int line, string? code, string message)
            => _task.BuildEngine?.LogErrorEvent(new BuildErrorEventArgs(null, code, path, line, line == 0 ? 0 : 1, line, line == 0 ? 0 : 1, message, null, nameof(RenderBodies)));
    }

    private void Log(MessageImportance importance, string message)
        => BuildEngine?.LogMessageEvent(new BuildMessageEventArgs(message, null, nameof(RenderBodies), importance));
}
