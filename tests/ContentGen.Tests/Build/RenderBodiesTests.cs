using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Build;
using ContentGen.Parsing;
using ContentGen.Payload;
using ContentGen.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Xunit;

namespace ContentGen.Tests.Build;

/// <summary>The build step as MSBuild runs it: files on disk in, the resource file out, its log and its cache.</summary>
public sealed class RenderBodiesTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("contentgen-render-").FullName;

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private string Output => Path.Combine(_project, "obj", "contentgen.bodies");

    private string Write(string name, string body, string title = "\"A\"")
    {
        var path = Path.Combine(_project, "content", "papers", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, PaperText.Create(title: title, body: body));
        return path;
    }

    private (bool Success, RecordingEngine Engine) Run(params string[] files) => RunInto(Output, string.Empty, files);

    private (bool Success, RecordingEngine Engine) RunInto(string output, string renderer, params string[] files)
    {
        var (_, success, engine) = RunCondensing(output, renderer, string.Empty, files);
        return (success, engine);
    }

    private (RenderBodies Task, bool Success, RecordingEngine Engine) RunCondensing(string output, string renderer, string condensedFile, params string[] files)
    {
        var engine = new RecordingEngine();
        var task = Task(output, files, engine, renderer);
        task.CondensedFile = condensedFile;
        return (task, task.Execute(), engine);
    }

    /// <summary>Runs the step in a mode, writing the bodies' assembly and its reference assembly beside the output.</summary>
    private (bool Success, RecordingEngine Engine) RunMode(string output, string mode, RecordingEngine engine, params string[] files)
    {
        var task = Task(output, files, engine, renderer: string.Empty);
        task.AssemblyFile = output + ".dll";
        task.ReferenceFile = output + ".ref.dll";
        task.AssemblyName = "Consumer.ContentGenBodies";
        task.Mode = mode;
        return (task.Execute(), engine);
    }

    private RenderBodies Task(string output, string[] files, RecordingEngine engine, string renderer)
        => new()
        {
            BuildEngine = engine,
            Files = files.Select(f => (ITaskItem)new Item(f)).ToArray(),
            ProjectDirectory = _project,
            ContentRoot = "content",
            OutputFile = output,
            Renderer = renderer,
        };

    private static string[] Resources(string assemblyFile) => AssemblyFiles.ManifestResources(assemblyFile);

    [Fact]
    public void Started_before_the_compiler_and_finished_after_it_the_step_writes_the_same_files_and_reports_at_the_finish()
    {
        var files = new[] { Write("a.md", "## Summary\n\nA body.\n"), Write("b.md", "## Summary\n\nAnother body.\n") };
        var whole = Path.Combine(_project, "obj", "whole", "contentgen.bodies");
        var parted = Path.Combine(_project, "obj", "parted", "contentgen.bodies");
        Assert.True(RunMode(whole, string.Empty, new RecordingEngine(), files).Success);

        var engine = new RecordingEngine();
        Assert.True(RunMode(parted, "Start", engine, files).Success);

        // Before the finish: nothing reported yet, the compiler's reference assembly written, and a placeholder without
        // bodies in the bodies' assembly's place for the reference to resolve.
        Assert.Empty(engine.Log);
        Assert.Empty(Resources(parted + ".ref.dll"));
        Assert.Empty(Resources(parted + ".dll"));

        Assert.True(RunMode(parted, "Finish", engine, files).Success);
        Assert.Contains("ContentGen: rendered 2 of 2 bodies; wrote " + parted, engine.Log);
        Assert.Contains("ContentGen: wrote " + parted + ".dll", engine.Log);
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(parted));
        Assert.Equal(File.ReadAllBytes(whole + ".dll"), File.ReadAllBytes(parted + ".dll"));
        Assert.Equal(File.ReadAllBytes(whole + ".ref.dll"), File.ReadAllBytes(parted + ".ref.dll"));
        Assert.Equal(new[] { BodyResource.Name }, Resources(parted + ".dll"));
    }

    [Fact]
    public void A_body_that_cannot_be_rendered_fails_the_finish_with_its_error_and_leaves_no_bodies_assembly_written()
    {
        var broken = Write("broken.md", "## Summary\n\n" + string.Concat(Enumerable.Repeat("[a", 200)) + "\n");
        var engine = new RecordingEngine();

        Assert.True(RunMode(Output, "Start", engine, broken).Success);
        Assert.Empty(engine.Errors);
        Assert.False(RunMode(Output, "Finish", engine, broken).Success);

        var error = Assert.Single(engine.Errors);
        Assert.Equal("CG0301", error.Code);
        Assert.Equal(broken, error.File);
        Assert.Empty(Resources(Output + ".dll"));
    }

    [Fact]
    public void In_the_renderer_process_the_step_writes_the_same_bytes_and_reports_the_same_errors_and_messages()
    {
        // src/Render, built by this project's reference to it, as the package has it in tools/render.
        var renderer = Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "Render", "bin", Configuration, "net8.0", "ContentGen.Render.dll");
        Assert.True(File.Exists(renderer), renderer + " was not built");
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is not { Length: > 0 })
        {
            // As the .NET SDK sets it for MSBuild: the dotnet that runs these tests.
            Environment.SetEnvironmentVariable("DOTNET_HOST_PATH", Environment.ProcessPath);
        }

        var broken = Write("broken.md", "## Summary\n\n" + string.Concat(Enumerable.Repeat("[a", 200)) + "\n");
        var fine = Write("fine.md", "## Summary\n\nFine, with an é and a `code span`.\n\n## Key Findings\n\n- One\n");
        // A folder with a space, quotes and a backslash (where the file system allows them): the response file's path is an
        // argument of the process.
        var outOfProcess = Path.Combine(_project, "obj", OperatingSystem.IsWindows() ? "out of process" : "out of \"process\" \\", "contentgen.bodies");

        var (inProcessTask, inProcessSuccess, inProcess) = RunCondensing(Output, string.Empty, Path.Combine(_project, "obj", "in", CondensedDocument.SetFileName), broken, fine);
        var (outOfProcessTask, outOfProcessSuccess, outside) = RunCondensing(outOfProcess, renderer, Path.Combine(_project, "obj", "out", CondensedDocument.SetFileName), broken, fine);

        Assert.True(File.Exists(outOfProcess + ".rsp"), "the renderer process was not used");
        Assert.Equal(inProcessSuccess, outOfProcessSuccess);
        Assert.False(outOfProcessSuccess);
        Assert.Equal(File.ReadAllBytes(Output), File.ReadAllBytes(outOfProcess));
        Assert.Equal(
            inProcess.Errors.Select(e => (e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message)),
            outside.Errors.Select(e => (e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message)));
        Assert.Contains("ContentGen: rendered 2 of 2 bodies; wrote " + outOfProcess, outside.Log);
        Assert.Contains("ContentGen: rendered papers/fine.md", outside.Log);

        // The renderer process condenses the files for the compiler first, the same way.
        Assert.Contains("ContentGen: condensed 2 of 2 content files for the compiler", outside.Log);
        Assert.Equal(new[] { broken, fine }, outOfProcessTask.CondensedSources.Select(i => i.ItemSpec));
        Assert.Equal(new[] { broken, fine }, inProcessTask.CondensedSources.Select(i => i.ItemSpec));
        Assert.Equal(Path.Combine(_project, "obj", "out", CondensedDocument.SetFileName), Assert.Single(outOfProcessTask.CondensedFiles).ItemSpec);
        Assert.Equal(File.ReadAllBytes(Assert.Single(inProcessTask.CondensedFiles).ItemSpec), File.ReadAllBytes(outOfProcessTask.CondensedFiles[0].ItemSpec));
    }

    [Fact]
    public void When_the_renderer_process_cannot_run_the_step_renders_in_its_own_process_instead()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is not { Length: > 0 })
        {
            Environment.SetEnvironmentVariable("DOTNET_HOST_PATH", Environment.ProcessPath);
        }

        var notARenderer = Path.Combine(_project, "not-a-renderer.dll");
        File.WriteAllText(notARenderer, "not an assembly");
        var fine = Write("fine.md", "## Summary\n\nFine.\n");

        var (success, engine) = RunInto(Output, notARenderer, fine);

        Assert.True(success);
        Assert.Empty(engine.Errors);
        Assert.Contains("rendering in MSBuild's process", engine.Log);
        Assert.Contains("ContentGen: rendered 1 of 1 bodies", engine.Log);
        Assert.Single(BodyResource.TryRead(File.ReadAllBytes(Output), allowRawHtml: false)!);
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void A_body_edit_renders_that_file_again_and_takes_the_others_from_the_cache()
    {
        var a = Write("a.md", "## Summary\n\nFirst.\n\n## Key Findings\n\n- One\n");
        var b = Write("b.md", "## Summary\n\nSecond.\n\n## Key Findings\n\n- Two\n");
        Assert.Contains("ContentGen: rendered 2 of 2 bodies", Run(a, b).Engine.Log);

        File.WriteAllText(b, File.ReadAllText(b).Replace("Second.", "Second, edited.", StringComparison.Ordinal));
        var (success, engine) = Run(a, b);

        Assert.True(success);
        Assert.Contains("ContentGen: rendered 1 of 2 bodies", engine.Log);
        Assert.Contains("ContentGen: rendered papers/b.md", engine.Log);
        Assert.DoesNotContain("ContentGen: rendered papers/a.md", engine.Log);
    }

    [Fact]
    public void The_step_condenses_each_content_file_for_the_compiler_once_and_again_only_when_it_changes()
    {
        var set = Path.Combine(_project, "obj", CondensedDocument.SetFileName);
        var a = Write("a.md", "## Summary\n\nFirst.\n\n## Key Findings\n\n- One\n");
        var b = Write("b.md", "## Summary\n\nSecond.\n\n## Key Findings\n\n- Two\n");
        var latin1 = Path.Combine(_project, "content", "papers", "latin1.md");
        File.WriteAllBytes(latin1, System.Text.Encoding.Latin1.GetBytes(PaperText.Create(title: "\"Caf\u00e9\"", body: "## Summary\n\nx\n")));
        var outside = Path.Combine(_project, "README.md");
        File.WriteAllText(outside, "# Not content\n");
        (RenderBodies Task, RecordingEngine Engine) Condense(params string[] files)
        {
            var (task, success, engine) = RunCondensing(Output, string.Empty, set, files);
            Assert.True(success);
            return (task, engine);
        }

        var (first, firstEngine) = Condense(b, a, latin1, outside);
        Assert.Contains("ContentGen: condensed 2 of 2 content files for the compiler", firstEngine.Log);

        // The compiler is given one file with a and b condensed, in path order, in their place; the file that is not
        // UTF-8 and the file outside the content root go to it as they are.
        Assert.Equal(new[] { b, a }, first.CondensedSources.Select(i => i.ItemSpec));
        Assert.Equal(set, Assert.Single(first.CondensedFiles).ItemSpec);
        Assert.Equal(new[] { a, b }, CondensedDocument.ReadSet(File.ReadAllText(set))!.Select(CondensedDocument.SourcePathOf));
        var written = File.GetLastWriteTimeUtc(set);
        var bytes = File.ReadAllBytes(set);

        var (_, unchanged) = Condense(a, b, latin1, outside);
        Assert.Contains("ContentGen: condensed 0 of 2 content files for the compiler", unchanged.Log);
        Assert.Equal(written, File.GetLastWriteTimeUtc(set));

        // A touched file is condensed again but, the text unchanged, the file is not written: the compiler is not run.
        File.SetLastWriteTimeUtc(b, DateTime.UtcNow.AddMinutes(1));
        var (_, touched) = Condense(a, b, latin1, outside);
        Assert.Contains("ContentGen: condensed 1 of 2 content files for the compiler", touched.Log);
        Assert.Equal(written, File.GetLastWriteTimeUtc(set));

        File.WriteAllText(b, File.ReadAllText(b).Replace("Second.", "Second, edited.", StringComparison.Ordinal));
        var (_, edited) = Condense(a, b, latin1, outside);
        Assert.Contains("ContentGen: condensed 1 of 2 content files for the compiler", edited.Log);
        Assert.Contains("ContentGen: condensed papers/b.md", edited.Log);
        Assert.DoesNotContain("ContentGen: condensed papers/a.md", edited.Log);
        var editedBytes = File.ReadAllBytes(set);
        Assert.NotEqual(bytes, editedBytes);

        // Condensing every file afresh gives the same file: what the cache kept was not stale.
        File.Delete(set + ".stamps");
        var (_, afresh) = Condense(a, b, latin1, outside);
        Assert.Contains("ContentGen: condensed 2 of 2 content files for the compiler", afresh.Log);
        Assert.Equal(editedBytes, File.ReadAllBytes(set));
    }

    [Fact]
    public void A_front_matter_edit_renders_nothing_and_leaves_the_file_untouched()
    {
        var a = Write("a.md", "## Summary\n\nFirst.\n");
        Run(a);
        var written = File.GetLastWriteTimeUtc(Output);
        var bytes = File.ReadAllBytes(Output);
        File.SetLastWriteTimeUtc(Output, written.AddMinutes(-5));
        File.WriteAllText(a, File.ReadAllText(a).Replace("title: \"A\"", "title: \"B\"", StringComparison.Ordinal));

        var (_, engine) = Run(a);

        Assert.Contains("ContentGen: rendered 0 of 1 bodies; unchanged", engine.Log);
        Assert.Equal(written.AddMinutes(-5), File.GetLastWriteTimeUtc(Output));
        Assert.Equal(bytes, File.ReadAllBytes(Output));
    }

    [Fact]
    public void A_cache_written_by_another_build_of_ContentGen_is_not_reused()
    {
        var a = Write("a.md", "## Summary\n\nFirst.\n");
        Run(a);
        var stamps = Output + ".stamps";
        File.WriteAllLines(stamps, new[] { "renderer of another version" }.Concat(File.ReadAllLines(stamps).Skip(1)));

        Assert.Contains("ContentGen: rendered 1 of 1 bodies", Run(a).Engine.Log);
        Assert.Contains("ContentGen: rendered 0 of 1 bodies", Run(a).Engine.Log);
    }

    [Fact]
    public void The_resource_carries_the_content_hash_the_generator_compiles_for_the_same_files()
    {
        var files = new[] { Write("a.md", "## Summary\n\nFirst.\n"), Write("b.md", "## Summary\n\nSecond.\n", title: "\"B\"") };
        Run(files.Reverse().ToArray());

        var generated = GeneratorHarness.Run(files.Select(f => GeneratorHarness.Paper(Path.GetFileName(f), File.ReadAllText(f))));

        var header = File.ReadAllBytes(Output);
        Assert.Contains("0x" + BitConverter.ToUInt64(header, 8).ToString("X16", System.Globalization.CultureInfo.InvariantCulture) + "UL", generated.Sources[ContentGen.Emit.BodiesEmitter.HintName], StringComparison.Ordinal);
    }

    [Fact]
    public void Files_in_any_order_give_a_byte_identical_resource_condensed_documents_and_generated_code()
    {
        var files = Enumerable.Range(0, 12).Select(i => Write("p" + i + ".md", "## Summary\n\nBody " + i + " with *emphasis* and é.\n\n## Key Findings\n\n- Finding " + i + "\n", "\"P" + i + "\"")).ToArray();
        var set = Path.Combine(_project, "obj", CondensedDocument.SetFileName);
        RunCondensing(Output, string.Empty, set, files);
        var first = File.ReadAllBytes(Output);
        var firstSet = File.ReadAllBytes(set);
        File.Delete(Output);
        File.Delete(set);
        var reversed = files.Reverse().ToArray();
        RunCondensing(Output, string.Empty, set, reversed);

        // The resource, and the file of condensed documents the compiler is given.
        Assert.Equal(first, File.ReadAllBytes(Output));
        Assert.Equal(firstSet, File.ReadAllBytes(set));
        var inOrder = GeneratorHarness.Run(files.Select(f => GeneratorHarness.Paper(Path.GetFileName(f), File.ReadAllText(f)))).Sources;
        var outOfOrder = GeneratorHarness.Run(reversed.Select(f => GeneratorHarness.Paper(Path.GetFileName(f), File.ReadAllText(f)))).Sources;
        Assert.Equal(inOrder, outOfOrder);
    }

    [Fact]
    public void Files_outside_the_content_root_and_without_front_matter_are_not_rendered()
    {
        var paper = Write("a.md", "## Summary\n\nFirst.\n");
        var readme = Path.Combine(_project, "README.md");
        File.WriteAllText(readme, "---\ntitle: x\n---\nbody");
        var plain = Path.Combine(_project, "content", "notes.md");
        File.WriteAllText(plain, "No front matter here.");

        var (success, engine) = Run(paper, readme, plain);

        Assert.True(success);
        Assert.Contains("ContentGen: rendered 1 of 1 bodies", engine.Log);
        Assert.Equal(new[] { "papers/a.md" }, BodyResource.TryRead(File.ReadAllBytes(Output), allowRawHtml: false)!.Select(e => e.SourcePath));
    }

    [Fact]
    public void A_body_Markdig_cannot_render_is_error_CG0301_at_the_first_line_of_the_body_and_the_others_are_written()
    {
        var broken = Write("broken.md", "## Summary\n\n" + string.Concat(Enumerable.Repeat("[a", 200)) + "\n");
        var fine = Write("fine.md", "## Summary\n\nFine.\n");

        var (success, engine) = Run(broken, fine);

        Assert.False(success);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(("CG0301", broken, 7), (error.Code, error.File, error.LineNumber));
        Assert.Equal(2, BodyResource.TryRead(File.ReadAllBytes(Output), allowRawHtml: false)!.Count);
    }

    private sealed class Item : ITaskItem
    {
        public Item(string path) => ItemSpec = path;

        public string ItemSpec { get; set; }

        public ICollection MetadataNames => Array.Empty<string>();

        public int MetadataCount => 0;

        public string GetMetadata(string metadataName) => metadataName == "FullPath" ? Path.GetFullPath(ItemSpec) : string.Empty;

        public void SetMetadata(string metadataName, string metadataValue) => throw new NotSupportedException();

        public void RemoveMetadata(string metadataName) => throw new NotSupportedException();

        public void CopyMetadataTo(ITaskItem destinationItem) => throw new NotSupportedException();

        public IDictionary CloneCustomMetadata() => new Hashtable();
    }

    /// <summary>An engine as MSBuild's: it logs, and keeps task objects from one task to another of the same build.</summary>
    private sealed class RecordingEngine : IBuildEngine4
    {
        private readonly List<string> _messages = new();
        private readonly Dictionary<object, object> _taskObjects = new();

        public bool IsRunningMultipleNodes => false;

        public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection) => _taskObjects[key] = obj;

        public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => _taskObjects.GetValueOrDefault(key);

        public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => _taskObjects.Remove(key, out var obj) ? obj : null;

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => throw new NotSupportedException();

        public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => throw new NotSupportedException();

        public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => throw new NotSupportedException();

        public void Yield()
        {
        }

        public void Reacquire()
        {
        }

        public List<BuildErrorEventArgs> Errors { get; } = new();

        public string Log => string.Join("\n", _messages);

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => string.Empty;

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

        public void LogCustomEvent(CustomBuildEventArgs e) => _messages.Add(e.Message ?? string.Empty);

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e) => _messages.Add(e.Message ?? string.Empty);

        public void LogWarningEvent(BuildWarningEventArgs e) => _messages.Add(e.Message ?? string.Empty);
    }
}
