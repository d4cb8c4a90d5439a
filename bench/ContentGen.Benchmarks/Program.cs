using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using BenchmarkDotNet.Running;
using ContentGen.Corpus;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// <c>corpus N DIR</c> writes a synthetic corpus of N papers into DIR/content/papers; <c>first-run N</c> times the
/// generator's first and second run in this process (the first pays for the JIT, as in a cold compiler); <c>steps N</c>
/// prints the slowest steps of three cold runs by the driver's step tracking; <c>profile N</c> runs the
/// generator's cold run on N papers five times in this process, for a profiler such as <c>dotnet-trace</c> to attach
/// to, and <c>profile-first-access N [debug]</c> the medians of thirty first accesses to <c>Papers.All</c> and of reading
/// the table alone (not benchmarks), the consumer compiled Release or, with <c>debug</c>, Debug; <c>retained N</c>
/// prints what the driver keeps after a cold run (and, with <c>CONTENTGEN_DUMP</c> set to a folder, writes the
/// generated files there); <c>retained-rebuilds N baseline|contentgen</c> what the driver holds after a cold run and two
/// rebuilds given new texts, as a compiler server runs them; <c>large-objects N [rebuild]</c> the large objects of one
/// cold run (or of a rebuild after one body edit) by type; <c>session N BUILDS baseline|contentgen</c> an editing
/// session's builds in one process, as the compiler of <c>dotnet build</c> runs them (data-section literals, the
/// package's analyzer, a portable PDB with the generated files in it), with the memory after each, resident memory by
/// kind and what the JIT compiled (<c>SESSION_LIVE=1</c> adds the live heap after a full collection);
/// <c>peak N baseline|contentgen</c> builds as a compiler server does in this process and prints its peak memory;
/// anything else goes to BenchmarkDotNet's switcher, so <c>--filter</c>, <c>--list</c> and the other options work.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "corpus")
        {
            var count = int.Parse(args[1], CultureInfo.InvariantCulture);
            var folder = Path.Combine(args[2], "content", "papers");
            Directory.CreateDirectory(folder);
            long bytes = 0;
            foreach (var (fileName, text) in SyntheticCorpus.Generate(count))
            {
                File.WriteAllText(Path.Combine(folder, fileName), text);
                bytes += text.Length;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} papers, {bytes / 1024.0 / 1024.0:0.0} MB, in {folder}"));
            return 0;
        }

        if (args.Length == 2 && args[0] == "parse-steps")
        {
            // The generator's parse of each file, and the body checks inside it, one thread: where the parse's time goes.
            var texts = SyntheticCorpus.Generate(int.Parse(args[1], CultureInfo.InvariantCulture)).Select(p => p.Text).ToList();
            var spec = ContentGen.Schema.PaperSchema.Collection;
            for (var round = 0; round < 3; round++)
            {
                var times = new Dictionary<string, (double Milliseconds, long Bytes)>();
                void Time(string what, Action action)
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    action();
                    var (milliseconds, bytes) = times.GetValueOrDefault(what);
                    times[what] = (milliseconds + watch.Elapsed.TotalMilliseconds, bytes + GC.GetAllocatedBytesForCurrentThread() - allocated);
                }

                foreach (var text in texts)
                {
                    Time("whole parse", () => ContentGen.Parsing.DocumentParser.Parse(new ContentGen.Model.ContentFile("/bench/content/papers/x.md", "papers/x.md", text)));
                    var lines = new ContentGen.Parsing.LineMap("/bench/content/papers/x.md", text);
                    var block = ContentGen.Parsing.FrontMatterSplitter.Split(text, lines);
                    var body = ContentGen.Parsing.BodySource.Of(text, block);
                    Time("line map and split", () => ContentGen.Parsing.FrontMatterSplitter.Split(text, new ContentGen.Parsing.LineMap("/bench/content/papers/x.md", text)));
                    Time("front matter read", () => ContentGen.Parsing.FrontMatterFormats.Read(block, text, lines, 16, new ContentGen.Diagnostics.DiagnosticList()));
                    Time("body hash", () => ContentGen.Payload.BodyResource.HashOf(body.Markdown));
                    Time("complexity scan", () => ContentGen.Parsing.BodyChecks.FindComplexityBreach(body.Markdown));
                    Time("outline", () => ContentGen.Parsing.BodyOutline.Of(body.Markdown));
                    Time("placeholder scan", () => ContentGen.Parsing.BodyChecks.FindPlaceholders(lines, body.Markdown, body.FirstLine));
                    var facts = ContentGen.Parsing.BodyFacts.Of(text, lines, block, body, ContentGen.Payload.BodyResource.HashOf(body.Markdown));
                    Time("section and placeholder checks", () => ContentGen.Parsing.BodyChecks.Check(lines, block.ClosingLine, facts, spec.Body, true, new ContentGen.Diagnostics.DiagnosticList()));
                    Time("condense (build step)", () => ContentGen.Parsing.CondensedDocument.Condense("/bench/content/papers/x.md", text));
                    Time("citation scan", () => ContentGen.Parsing.CitationScanner.Places(text, lines, block.BodyStart));
                }

                Console.WriteLine("round " + (round + 1) + ": " + string.Join(", ", times.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value.Milliseconds:0} ms ({t.Value.Bytes / 1024 / 1024} MB allocated)"))));
            }

            return 0;
        }

        if (args.Length == 2 && args[0] == "bib-steps")
        {
            // Filling each parsed paper from (an empty) bibliography and building the catalog of them all, one thread.
            var spec = ContentGen.Schema.PaperSchema.Collection;
            var documents = SyntheticCorpus.Generate(int.Parse(args[1], CultureInfo.InvariantCulture))
                .Select(p => ContentGen.Parsing.DocumentParser.Parse(new ContentGen.Model.ContentFile("/bench/content/papers/" + p.FileName, "papers/" + p.FileName, p.Text)).Metadata!)
                .ToList();
            var bibliography = ContentGen.Model.BibIndex.Empty;
            var options = new ContentGen.Model.GeneratorOptions("Bench", "content", IncludeDrafts: false, ContentGen.Model.GeneratorOptions.DefaultMaxFileSize, ContentGen.Model.GeneratorOptions.DefaultMaxNestingDepth, "net10.0");
            for (var round = 0; round < 3; round++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var filled = documents.Select(document => ContentGen.Bibliography.BibMatcher.Fill(document, spec, bibliography).Metadata).ToList();
                var fill = watch.Elapsed.TotalMilliseconds;
                var fillBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
                ContentGen.Indexing.CatalogBuilder.Build(filled.ToImmutableArray(), ContentGen.Model.EquatableArray.ToEquatableArray(new[] { spec }), options);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: fill {fill:0} ms, {fillBytes / 1024 / 1024} MB allocated; catalog {watch.Elapsed.TotalMilliseconds - fill:0} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated - fillBytes) / 1024 / 1024} MB allocated"));
            }

            return 0;
        }

        if (args.Length == 2 && args[0] == "render-steps")
        {
            // The build step's work per body, one thread, phase by phase: where its time goes.
            var texts = SyntheticCorpus.Generate(int.Parse(args[1], CultureInfo.InvariantCulture)).Select(p => p.Text).ToList();
            for (var round = 0; round < 2; round++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var bodies = texts.Select(t => ContentGen.Parsing.BodySource.Of(t)!.Value.Markdown).ToList();
                var split = watch.Elapsed.TotalMilliseconds;
                var rendered = bodies.Select(b => ContentGen.Parsing.BodyRenderer.Render(b)).ToList();
                var render = watch.Elapsed.TotalMilliseconds - split;
                var payloads = rendered.Select(ContentGen.Payload.BodyPayload.Encode).ToList();
                var encode = watch.Elapsed.TotalMilliseconds - split - render;
                var compressed = payloads.Sum(p => (long)ContentGen.Payload.Deflate.Compress(p).Length);
                var compress = watch.Elapsed.TotalMilliseconds - split - render - encode;
                long zlib = 0;
                var zlibWatch = System.Diagnostics.Stopwatch.StartNew();
                foreach (var payload in payloads)
                {
                    using var output = new MemoryStream();
                    using (var deflate = new System.IO.Compression.DeflateStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
                    {
                        deflate.Write(payload);
                    }

                    zlib += output.Length;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: split {split:0} ms, render {render:0} ms, encode {encode:0} ms, compress {compress:0} ms; payloads {payloads.Sum(p => (long)p.Length) / 1024 / 1024} MB -> {compressed / 1024 / 1024} MB (the host's DeflateStream, Optimal: {zlib / 1024 / 1024} MB in {zlibWatch.Elapsed.TotalMilliseconds:0} ms)"));
            }

            return 0;
        }

        if (args.Length == 2 && args[0] == "profile")
        {
            var benchmarks = new GeneratorBenchmarks { Papers = int.Parse(args[1], CultureInfo.InvariantCulture) };
            benchmarks.Setup();
            for (var i = 0; i < 5; i++)
            {
                var pause = GC.GetTotalPauseDuration();
                var collections = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
                var allocated = GC.GetTotalAllocatedBytes();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var driver = benchmarks.ColdRun();
                var elapsed = watch.ElapsedMilliseconds;
                var generated = driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Sum(s => (long)s.SourceText.Length));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold run {i + 1}: {elapsed} ms, {generated / 1024.0 / 1024.0:0.0} M characters generated; GC ({(GCSettings.IsServerGC ? "server" : "workstation")}): {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms paused, collections gen0 {GC.CollectionCount(0) - collections.Gen0}, gen1 {GC.CollectionCount(1) - collections.Gen1}, gen2 {GC.CollectionCount(2) - collections.Gen2}, {(GC.GetTotalAllocatedBytes() - allocated) / 1024 / 1024} MB allocated"));
            }

            benchmarks.Cleanup();
            return 0;
        }

        if (args.Length == 2 && args[0] == "retained")
        {
            // What the driver keeps after a cold run, which a compiler server holds until the next build: the managed
            // heap after a full collection with the driver alive, less the same heap before the run (the files' texts
            // and the compilation).
            var texts = InMemoryCorpus(int.Parse(args[1], CultureInfo.InvariantCulture), "contentgen-retained");
            var compilation = GeneratorBenchmarks.Compilation();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var driver = GeneratorBenchmarks.Driver(texts).RunGenerators(compilation);
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"driver state after a cold run: {(after - before) / 1024.0 / 1024.0:0.0} MB ({texts.Count} files)"));
            foreach (var source in driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).OrderByDescending(s => s.SourceText.Length))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {source.HintName,-40} {source.SourceText.Length / 1024.0 / 1024.0,8:0.00} M characters"));
            }

            if (Environment.GetEnvironmentVariable("CONTENTGEN_DUMP") is { } dump)
            {
                foreach (var source in driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources))
                {
                    File.WriteAllText(Path.Combine(dump, source.HintName), source.SourceText.ToString());
                }
            }

            if (Environment.GetEnvironmentVariable("CONTENTGEN_RETAINED_WAIT") is not null)
            {
                Console.WriteLine("pid " + Environment.ProcessId + "; press Enter to end");
                Console.ReadLine();
            }

            GC.KeepAlive(driver);
            GC.KeepAlive(texts);
            return 0;
        }

        if (args.Length == 3 && args[0] == "retained-rebuilds" && args[2] is "baseline" or "contentgen")
        {
            // What a compiler server holds between builds: each build gives the cached driver new AdditionalText
            // objects and new texts of the same content (one file edited here). A cold run, then two rebuilds; after
            // each, the heap with the driver and that build's texts alive, less those texts and what was there before
            // the first build, and how many texts of earlier builds are still held.
            var count = int.Parse(args[1], CultureInfo.InvariantCulture);
            var compilation = GeneratorBenchmarks.Compilation();
            var earlier = new List<WeakReference>();
            GeneratorDriver? driver = null;
            var empty = GC.GetTotalMemory(forceFullCollection: true);
            for (var build = 0; build < 3; build++)
            {
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var texts = build == 0 ? InMemoryCorpus(count, "contentgen-retained") : FirstBodyEdited(InMemoryCorpus(count, "contentgen-retained"), "One more sentence in this body.");
                var textsSize = GC.GetTotalMemory(forceFullCollection: true) - before;
                driver = driver?.ReplaceAdditionalTexts(texts.ToImmutableArray()) ?? DriverOf(args[2], texts);
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                driver = driver.RunGenerators(compilation);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                var after = GC.GetTotalMemory(forceFullCollection: true);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[2]}, {(build == 0 ? "cold run" : "rebuild " + build)}: {(after - empty - textsSize) / 1024.0 / 1024.0:0.0} MB held beyond this build's texts; texts of earlier builds still held: {earlier.Count(w => w.IsAlive)} of {earlier.Count} (first build's: {earlier.Take(count).Count(w => w.IsAlive)}); the run allocated {allocated / 1024.0 / 1024.0:0.0} MB"));
                earlier.AddRange(texts.Select(t => new WeakReference(t.GetText())));
                GC.KeepAlive(texts);
            }

            GC.KeepAlive(driver);
            return 0;
        }

        if (args.Length is 2 or 3 && args[0] == "large-objects")
        {
            // The large objects one cold run (or one rebuild) allocates, by type, from the runtime's allocation events
            // (one event per 100 KB allocated on the large-object heap, so nearly every large object): the heap the
            // compiler server frees only in full collections, whose garbage therefore adds to its peak.
            var texts = InMemoryCorpus(int.Parse(args[1], CultureInfo.InvariantCulture), "contentgen-large");
            var compilation = GeneratorBenchmarks.Compilation();
            var driver = GeneratorBenchmarks.Driver(texts).RunGenerators(compilation);
            if (args.Length == 3)
            {
                // A rebuild instead: new AdditionalText objects and texts of the same content, the first one's body edited.
                driver = driver.ReplaceAdditionalTexts(FirstBodyEdited(InMemoryCorpus(texts.Count, "contentgen-large"), "One more sentence.").ToImmutableArray());
            }
            else
            {
                driver = GeneratorBenchmarks.Driver(texts);
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            using var listener = new LargeObjectListener();
            driver.RunGenerators(compilation);
            listener.Dispose();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0,8:0.0} MB  allocated by the run, on both heaps"));
            foreach (var (type, bytes) in listener.Totals().OrderByDescending(t => t.Value).Take(25))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0,8:0.0} MB  {type}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{listener.Totals().Values.Sum() / 1024.0 / 1024.0,8:0.0} MB  in all"));
            return 0;
        }

        if (args.Length == 4 && args[0] == "session" && args[3] is "baseline" or "contentgen")
        {
            // An editing session in one process, as a compiler server runs it (DOTNET_gcServer=1): BUILDS builds, each
            // with new AdditionalText objects and texts (one body edited each time), the cached driver, a compile and an
            // emit as `dotnet build`'s compiler does them (the feature ContentGen's targets turn on, data-section literals
            // at ContentGen.props' default threshold; the package's analyzer; a portable PDB, which always embeds the
            // generated files); after each, the process's memory and the collector's view of it.
            var count = int.Parse(args[1], CultureInfo.InvariantCulture);
            var parseOptions = CSharpParseOptions.Default.WithFeatures(new[] { new KeyValuePair<string, string>("experimental-data-section-string-literals", "1000") });
            var compilation = (Compilation)GeneratorBenchmarks.Compilation(parseOptions);
            GeneratorDriver? driver = null;
            var process = System.Diagnostics.Process.GetCurrentProcess();
            for (var build = 0; build < int.Parse(args[2], CultureInfo.InvariantCulture); build++)
            {
                var texts = FirstBodyEdited(InMemoryCorpus(count, "contentgen-session"), "Sentence " + build + " of this session.");
                driver = driver?.ReplaceAdditionalTexts(texts.ToImmutableArray()) ?? DriverOf(args[3], texts, parseOptions);
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
                var generatorAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                if (args[3] == "contentgen")
                {
                    Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerExtensions.WithAnalyzers(output, ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new ContentGen.Analysis.LookupArgumentAnalyzer()))
                        .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                }

                using (var image = new MemoryStream())
                using (var pdb = new MemoryStream())
                {
                    var generated = output.SyntaxTrees.Skip(compilation.SyntaxTrees.Count()).Select(t => EmbeddedText.FromSource(t.FilePath, t.GetText()));
                    output.Emit(image, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb), embeddedTexts: generated);
                }

                var emitAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated - generatorAllocated;

                process.Refresh();
                var info = GC.GetGCMemoryInfo();
                var live = Environment.GetEnvironmentVariable("SESSION_LIVE") is null ? -1 : GC.GetTotalMemory(forceFullCollection: true) / 1048576;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[3]} build {build}: working set {process.WorkingSet64 / 1048576} MB (peak {process.PeakWorkingSet64 / 1048576} MB); GC heap {info.HeapSizeBytes / 1048576} MB, committed {info.TotalCommittedBytes / 1048576} MB, fragmented {info.FragmentedBytes / 1048576} MB; live after a full collection {live} MB; allocated by the generator {generatorAllocated / 1048576} MB, by the compile and emit {emitAllocated / 1048576} MB; {MemoryByKindAndJit()}"));
            }

            GC.KeepAlive(driver);
            return 0;
        }

        if (args.Length == 3 && args[0] == "peak" && args[2] is "baseline" or "contentgen")
        {
            // A compiler server's cold build in one process: read every file's text (what any generator over them
            // costs, bench/TextReader), then run ContentGen or not, then compile and emit. Run under the server's GC
            // (DOTNET_gcServer=1, as VBCSCompiler.runtimeconfig.json sets) in a fresh process per mode; the two
            // modes' peaks differ by what ContentGen adds, as build-scale.sh's baseline does, in seconds instead of minutes.
            var texts = InMemoryCorpus(int.Parse(args[1], CultureInfo.InvariantCulture), "contentgen-peak");
            var characters = texts.Sum(t => (long)t.GetText()!.Length);
            var compilation = (Compilation)GeneratorBenchmarks.Compilation();
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var afterTexts = Peak(process);
            if (args[2] == "contentgen")
            {
                GeneratorBenchmarks.Driver(texts).RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
            }

            var afterGenerator = Peak(process);
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            var afterEmit = Peak(process);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[2]}: {characters / 1024 / 1024} M characters read; peak working set {afterTexts} MB after reading, {afterGenerator} MB after the generator, {afterEmit} MB after the emit ({(emitted.Success ? image.Length / 1024 + " KB" : "failed: " + emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error))}); {GC.GetTotalAllocatedBytes() / 1024 / 1024} MB allocated in all; GC {(GCSettings.IsServerGC ? "server" : "workstation")}"));
            GC.KeepAlive(texts);
            return 0;

            static long Peak(System.Diagnostics.Process process)
            {
                process.Refresh();
                return process.PeakWorkingSet64 / 1024 / 1024;
            }
        }

        if (args.Length == 2 && args[0] == "first-run")
        {
            // The generator's first run in a fresh process, as in a cold compiler, then a second run: the benchmarks'
            // ColdRun is measured after warm-up, so it leaves out the JIT's work of the first run.
            var texts = InMemoryCorpus(int.Parse(args[1], CultureInfo.InvariantCulture), "contentgen-first-run");
            var compilation = GeneratorBenchmarks.Compilation();
            for (var i = 0; i < 2; i++)
            {
                var jitCount = JitInfo.GetCompiledMethodCount();
                var jitTime = JitInfo.GetCompilationTime();
                var pause = GC.GetTotalPauseDuration();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                GeneratorBenchmarks.Driver(texts).RunGenerators(compilation);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(i == 0 ? "first" : "second")} run: {watch.ElapsedMilliseconds} ms; JIT compiled {JitInfo.GetCompiledMethodCount() - jitCount} methods in {(JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:0} ms (on any thread); GC paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms"));
            }

            return 0;
        }

        if (args.Length == 2 && args[0] == "steps")
        {
            // Where a cold run goes, by the driver's own step timings: three cold runs in this process (the first also
            // pays for the JIT). Step tracking adds its own cost, so the totals are above ColdRun's. The source outputs are
            // the step named SourceOutput.
            var texts = InMemoryCorpus(int.Parse(args[1], CultureInfo.InvariantCulture), "contentgen-steps");
            var compilation = GeneratorBenchmarks.Compilation();
            for (var i = 0; i < 3; i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var result = GeneratorBenchmarks.Driver(texts, trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold run {i + 1}: {watch.ElapsedMilliseconds} ms"));
                var steps = result.TrackedSteps
                    .Select(s => (Name: s.Key, Milliseconds: s.Value.Sum(r => r.ElapsedTime.TotalMilliseconds), Count: s.Value.Length))
                    .OrderByDescending(s => s.Milliseconds)
                    .Take(6);
                foreach (var (name, milliseconds, runs) in steps)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-20} {milliseconds,8:0} ms in {runs} runs"));
                }
            }

            return 0;
        }

        if (args.Length is 2 or 3 && args[0] == "profile-first-access")
        {
            if (args.Length == 3)
            {
                ConsumerAssembly.Optimization = args[2] == "debug" ? Microsoft.CodeAnalysis.OptimizationLevel.Debug : throw new ArgumentException("profile-first-access N [debug]");
            }

            // Fresh copies of the consumer, each timed once: the first access to All, then (other copies) reading the table
            // alone. Medians of thirty; not a benchmark, a quick look at where the first access goes.
            var benchmarks = new FirstAccessBenchmarks { Papers = int.Parse(args[1], CultureInfo.InvariantCulture) };
            benchmarks.Setup();
            double Median(Func<int> action)
            {
                var times = new List<double>();
                for (var i = 0; i < 30; i++)
                {
                    benchmarks.LoadFreshCopy();
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    action();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                return times[times.Count / 2];
            }

            var all = Median(benchmarks.FirstAccessToAll);
            var table = Median(benchmarks.ReadTableOnly);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first access to All: median {all:0.0} ms; reading the table alone: median {table:0.0} ms"));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary>The process's resident memory by kind (Linux), where the collector's figures leave off, and what the JIT compiled so far.</summary>
    private static string MemoryByKindAndJit()
        => (File.Exists("/proc/self/status")
            ? string.Join(", ", File.ReadAllLines("/proc/self/status").Where(l => l.StartsWith("Rss", StringComparison.Ordinal)).Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            : string.Empty) + string.Create(CultureInfo.InvariantCulture, $"; JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompiledILBytes() / 1024} KB of IL");

    /// <summary>A synthetic corpus of <paramref name="count"/> papers as in-memory additional files, under a content
    /// folder of the temp path that is never written.</summary>
    private static List<AdditionalText> InMemoryCorpus(int count, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), name, "content", "papers");
        return SyntheticCorpus.Generate(count).Select(p => (AdditionalText)new InMemoryAdditionalText(Path.Combine(folder, p.FileName), p.Text)).ToList();
    }

    /// <summary>The corpus with one sentence more in the first paper's body, before its key findings: a body edit.</summary>
    private static List<AdditionalText> FirstBodyEdited(List<AdditionalText> texts, string sentence)
    {
        var edited = texts[0].GetText()!.ToString().Replace("## Key Findings", sentence + "\n\n## Key Findings", StringComparison.Ordinal);
        texts[0] = new InMemoryAdditionalText(texts[0].Path, edited);
        return texts;
    }

    /// <summary>A driver of ContentGen, or of the baseline: bench/TextReader's generator, which only reads the texts.</summary>
    private static GeneratorDriver DriverOf(string mode, List<AdditionalText> texts, CSharpParseOptions? parseOptions = null)
        => mode == "baseline"
            ? CSharpGeneratorDriver.Create(new[] { new ContentGen.Bench.TextReaderGenerator().AsSourceGenerator() }, additionalTexts: texts, parseOptions: parseOptions)
            : GeneratorBenchmarks.Driver(texts, parseOptions);
}

/// <summary>Sums the runtime's allocation events for the large-object heap by type name.</summary>
internal sealed class LargeObjectListener : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);
    private bool _done;

    public Dictionary<string, long> Totals()
    {
        lock (_totals)
        {
            return new Dictionary<string, long>(_totals, StringComparer.Ordinal);
        }
    }

    public override void Dispose()
    {
        _done = true;
        base.Dispose();
    }

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (_done || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var kind = Convert.ToInt32(e.Payload[e.PayloadNames!.IndexOf("AllocationKind")], CultureInfo.InvariantCulture);
        if (kind != 1)
        {
            return;
        }

        var type = e.Payload[e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (_totals)
        {
            _totals[type] = _totals.TryGetValue(type, out var total) ? total + amount : amount;
        }
    }
}
