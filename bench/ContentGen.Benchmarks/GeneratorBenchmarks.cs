using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ContentGen.Corpus;
using ContentGen.Tests.Infrastructure;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using YamlDotNet.Core;

namespace ContentGen.Benchmarks;

/// <summary>
/// The generator in-process (CSharpGeneratorDriver, warm JIT) on a synthetic corpus, against the physical limit
/// measured in the same run: reading, splitting, reading the YAML into events and rendering the Markdown of every
/// file, plainly, on one thread. Re-runs start from a driver that has already run once, as in an IDE.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class GeneratorBenchmarks
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAutoIdentifiers().UsePipeTables().DisableHtml().Build();

    private string _folder = string.Empty;
    private List<AdditionalText> _texts = new();
    private List<AdditionalText> _condensed = new();
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _compilationWithEdit = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _bodyEdited = null!;
    private GeneratorDriver _frontMatterEdited = null!;
    private GeneratorDriver _fileAdded = null!;

    [Params(1000, 10000)]
    public int Papers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "contentgen-bench-" + Papers);
        var papers = Path.Combine(_folder, "content", "papers");
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        Directory.CreateDirectory(papers);
        foreach (var (fileName, text) in SyntheticCorpus.Generate(Papers))
        {
            File.WriteAllText(Path.Combine(papers, fileName), text);
        }

        _texts = Directory.GetFiles(papers).OrderBy(f => f, StringComparer.Ordinal).Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(f))).ToList();
        // What a build gives the compiler in place of the Markdown files: one file of them condensed by the build step.
        var set = ContentGen.Parsing.CondensedDocument.WriteSet(_texts.Select(t => ContentGen.Parsing.CondensedDocument.Condense(t.Path, t.GetText()!.ToString())!).ToList());
        _condensed = new List<AdditionalText> { new InMemoryAdditionalText(Path.Combine(_folder, "obj", ContentGen.Parsing.CondensedDocument.SetFileName), set) };
        _compilation = Compilation();
        _compilationWithEdit = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Edited { }"));

        _warm = Driver(_texts).RunGenerators(_compilation);
        var edited = _texts[Papers / 2];
        var original = edited.GetText()!.ToString();
        _bodyEdited = _warm.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, original.Replace("## Key Findings", "An added sentence.\n\n## Key Findings", StringComparison.Ordinal)));
        _frontMatterEdited = _warm.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, original.Replace("title: \"", "title: \"Edited ", StringComparison.Ordinal)));
        var (newName, newText) = SyntheticCorpus.Generate(Papers + 1).Last();
        _fileAdded = _warm.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(Path.Combine(papers, newName), newText)));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The physical limit: what any tool must do with these files, written plainly.</summary>
    [Benchmark(Baseline = true)]
    public int PhysicalLimit()
    {
        var total = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(_folder, "content", "papers")))
        {
            var text = File.ReadAllText(path);
            var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var parser = new Parser(new StringReader(text.Substring(4, close - 4)));
            while (parser.MoveNext())
            {
                total++;
            }

            total += Markdig.Markdown.ToHtml(text.Substring(close + 5), Markdown).Length;
        }

        return total;
    }

    [Benchmark]
    public GeneratorDriver ColdRun() => Driver(_texts).RunGenerators(_compilation);

    /// <summary>The cold run a build makes: over the file of condensed documents the build step wrote, not the Markdown.</summary>
    [Benchmark]
    public GeneratorDriver ColdRunCondensed() => Driver(_condensed).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver RerunNoChange() => _warm.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver RerunCsEdit() => _warm.RunGenerators(_compilationWithEdit);

    [Benchmark]
    public GeneratorDriver RerunBodyEdit() => _bodyEdited.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver RerunFrontMatterEdit() => _frontMatterEdited.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver RerunFileAdded() => _fileAdded.RunGenerators(_compilation);

    internal static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, CSharpParseOptions? parseOptions = null, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            new[] { new ContentGenerator().AsSourceGenerator() },
            additionalTexts: texts,
            parseOptions: parseOptions,
            optionsProvider: new Options(),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The consumer the generator runs against: one class of its own and the framework's references.</summary>
    internal static CSharpCompilation Compilation(CSharpParseOptions? parseOptions = null)
        => CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("internal static class Existing { }", parseOptions) }, References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    internal static IEnumerable<MetadataReference> References()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));

    /// <summary>The MSBuild properties a package user has: content root under the temp project.</summary>
    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly Global _global = new();

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _global;

        private sealed class Global : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key switch
                {
                    "build_property.RootNamespace" => "Bench",
                    "build_property.ContentGenContentRoot" => "content",
                    _ => null,
                };
                return value is not null;
            }
        }
    }
}
