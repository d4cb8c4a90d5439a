using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using ContentGen.Corpus;

namespace ContentGen.Benchmarks;

/// <summary>
/// <c>corpus N DIR</c> writes a synthetic corpus of N papers into DIR/content/papers; <c>profile N</c> runs the
/// generator's cold run on N papers five times in this process, for a profiler such as <c>dotnet-trace</c> to attach
/// to, and <c>profile-first-access N</c> the first access to <c>Papers.All</c> twenty times (timings printed are
/// not benchmarks); anything else goes to BenchmarkDotNet's switcher, so <c>--filter</c>,
/// <c>--list</c> and the other options work.
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

        if (args.Length == 2 && args[0] == "profile")
        {
            var benchmarks = new GeneratorBenchmarks { Papers = int.Parse(args[1], CultureInfo.InvariantCulture) };
            benchmarks.Setup();
            for (var i = 0; i < 5; i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var driver = benchmarks.ColdRun();
                var generated = driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Sum(s => (long)s.SourceText.Length));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold run {i + 1}: {watch.ElapsedMilliseconds} ms, {generated / 1024.0 / 1024.0:0.0} M characters generated"));
            }

            benchmarks.Cleanup();
            return 0;
        }

        if (args.Length == 2 && args[0] == "profile-first-access")
        {
            var benchmarks = new FirstAccessBenchmarks { Papers = int.Parse(args[1], CultureInfo.InvariantCulture) };
            benchmarks.Setup();
            for (var i = 0; i < 20; i++)
            {
                benchmarks.LoadFreshCopy();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var table = benchmarks.ReadTableOnly();
                var tableTime = watch.Elapsed.TotalMilliseconds;
                benchmarks.FirstAccessToAll();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first access {i + 1}: {watch.Elapsed.TotalMilliseconds:0.0} ms, of which reading the table {tableTime:0.0} ms ({table} bytes)"));
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
