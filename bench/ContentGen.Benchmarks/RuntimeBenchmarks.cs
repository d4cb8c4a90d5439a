using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ContentGen.Corpus;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// What a consumer pays at run time: lookups on warm data (<c>Papers.Get</c>, <c>Papers.WithTag</c>), and the first
/// access to <c>Papers.All</c> in a freshly loaded assembly, with and without reading every body. The consumer
/// assembly is compiled once, in memory, from the generator's output for a synthetic corpus.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private Func<string, object> _get = null!;
    private Func<string, object> _withTag = null!;
    private string _slug = string.Empty;
    private string _tag = string.Empty;

    [Params(1000, 10000)]
    public int Papers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (assembly, slug, tag) = ConsumerAssembly.Load(Papers, AssemblyLoadContext.Default);
        var papers = assembly.GetType("Bench.Papers", throwOnError: true)!;
        _get = papers.GetMethod("Get")!.CreateDelegate<Func<string, object>>();
        _withTag = papers.GetMethod("WithTag")!.CreateDelegate<Func<string, object>>();
        _slug = slug;
        _tag = tag;
        _get(_slug);
        _withTag(_tag);
    }

    [Benchmark]
    public object Get() => _get(_slug);

    [Benchmark]
    public object WithTag() => _withTag(_tag);
}

/// <summary>The first access to <c>Papers.All</c>: each measurement loads a fresh copy of the consumer assembly.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class FirstAccessBenchmarks
{
    private AssemblyLoadContext? _context;
    private Func<object> _all = null!;

    [Params(1000, 10000)]
    public int Papers { get; set; }

    [GlobalSetup]
    public void Setup() => ConsumerAssembly.Compile(Papers);

    [IterationSetup(Targets = new[] { nameof(FirstAccessToAll), nameof(FirstAccessToAllAndOneBody), nameof(FirstAccessToAllAndEveryBody) })]
    public void LoadFreshCopy()
    {
        _context?.Unload();
        _context = new AssemblyLoadContext("consumer", isCollectible: true);
        var assembly = ConsumerAssembly.Load(Papers, _context).Assembly;
        _all = assembly.GetType("Bench.Papers", throwOnError: true)!.GetProperty("All")!.GetMethod!.CreateDelegate<Func<object>>();
    }

    /// <summary>For <c>profile-first-access</c>: only the metadata table's literals, decoded (no papers created).</summary>
    internal int ReadTableOnly()
        => ((byte[])_all.Method.DeclaringType!.GetNestedType("Store", BindingFlags.NonPublic)!.GetMethod("ReadTable", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!).Length;

    /// <summary>Only the metadata: bodies are not loaded.</summary>
    [Benchmark(Baseline = true)]
    public int FirstAccessToAll() => ((ICollection)_all()).Count;

    /// <summary>The same, then one paper's HTML: the body resource opened, its index read and one body inflated.</summary>
    [Benchmark]
    public int FirstAccessToAllAndOneBody()
    {
        var all = (IList)_all();
        var paper = all[all.Count / 2]!;
        return ((string)paper.GetType().GetProperty("Html")!.GetValue(paper)!).Length;
    }

    /// <summary>A fresh copy that has read one body: the resource is open and the code that reads bodies is compiled.</summary>
    [IterationSetup(Target = nameof(AnotherBodysFirstUse))]
    public void LoadFreshCopyAndReadOneBody()
    {
        LoadFreshCopy();
        FirstAccessToAllAndOneBody();
    }

    /// <summary>The first use of another body, once one has been read: what each further body costs the first time.</summary>
    [Benchmark]
    public int AnotherBodysFirstUse()
    {
        var all = (IList)_all();
        var paper = all[all.Count / 3]!;
        return ((string)paper.GetType().GetProperty("Html")!.GetValue(paper)!).Length;
    }

    /// <summary>The same, then every paper's HTML: what reading only titles does not pay.</summary>
    [Benchmark]
    public long FirstAccessToAllAndEveryBody()
    {
        long length = 0;
        foreach (var paper in (IEnumerable)_all())
        {
            length += ((string)paper.GetType().GetProperty("Html")!.GetValue(paper)!).Length;
        }

        return length;
    }
}

/// <summary>Compiles (once per size) and loads the consumer assembly the generator produces for N synthetic papers.</summary>
internal static class ConsumerAssembly
{
    private static readonly Dictionary<int, (byte[] Image, string Slug, string Tag)> Images = new();

    /// <summary>How the consumer is compiled: Release for the benchmarks; <c>profile-first-access N debug</c> asks for
    /// Debug, what <c>dotnet run</c> builds, whose code the JIT never optimises.</summary>
    public static OptimizationLevel Optimization { get; set; } = OptimizationLevel.Release;

    public static void Compile(int papers)
    {
        if (Images.ContainsKey(papers))
        {
            return;
        }

        var folder = "/bench/content/papers/";
        var corpus = SyntheticCorpus.Generate(papers).ToList();
        var texts = corpus.Select(p => (AdditionalText)new InMemoryAdditionalText(folder + p.FileName, p.Text)).ToList();
        var parseOptions = CSharpParseOptions.Default.WithFeatures(new[] { new KeyValuePair<string, string>("experimental-data-section-string-literals", "1000") });
        var compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("namespace Bench { internal static class Marker { } }", parseOptions) },
            GeneratorBenchmarks.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: Optimization));
        GeneratorBenchmarks.Driver(texts, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        // The body resource, as the build step writes it next to the generated code.
        var bodies = ContentGen.Build.RenderedBodies.Resource(corpus.Select(p => (folder + p.FileName, p.Text)), ContentGen.Input.ContentSelection.ResolveRoot(null, "content"), allowRawHtml: false);
        using var image = new MemoryStream();
        var result = output.Emit(image, manifestResources: new[] { new ResourceDescription(ContentGen.Payload.BodyResource.Name, () => new MemoryStream(bodies), isPublic: true) });
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        var first = corpus[papers / 2];
        var tagLine = first.Text.Split('\n').First(l => l.StartsWith("tags: [", StringComparison.Ordinal));
        Images[papers] = (image.ToArray(), Path.GetFileNameWithoutExtension(first.FileName), tagLine.Split('"')[1]);
    }

    public static (Assembly Assembly, string Slug, string Tag) Load(int papers, AssemblyLoadContext context)
    {
        Compile(papers);
        var (image, slug, tag) = Images[papers];
        return (context.LoadFromStream(new MemoryStream(image)), slug, tag);
    }
}
