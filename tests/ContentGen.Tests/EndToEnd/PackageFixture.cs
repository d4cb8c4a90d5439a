using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.EndToEnd;

/// <summary>
/// Packs ContentGen once for the end-to-end tests: into a temp folder feed, with a version unique to the run, and
/// restores consumers into a private packages folder, so a cached copy of an older package is never what is tested.
/// Every build turns the compiler server off: a warm server hides analyzer dependency failures.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "contentgen-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        var generator = Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "Generator", "ContentGen.Generator.csproj");
        var pack = Run(Root, "pack", generator, "-c", "Release", "-o", Feed, "-p:ContentGenVersion=" + Version, "-p:UseSharedCompilation=false");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        PackagePath = Path.Combine(Feed, "ContentGen." + Version + ".nupkg");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>A new, empty consumer folder with a nuget.config that reads the temp feed (and nuget.org for SDK packs).</summary>
    public string NewConsumerFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="contentgen-e2e" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return folder;
    }

    public static void WriteFile(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Runs <c>dotnet</c> with the private packages folder and no build servers.</summary>
    public DotnetResult Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

    public DotnetResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        return Capture(StartInfo(workingDirectory, environment, arguments), "dotnet " + string.Join(' ', arguments));
    }

    /// <summary>Runs a program that a test published (a native or single-file executable) and returns its output.</summary>
    public static DotnetResult RunProgram(string path)
        => Capture(new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false }, path);

    private static DotnetResult Capture(ProcessStartInfo start, string label)
    {
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(label + " did not finish in 5 minutes:\n" + output);
        }

        process.WaitForExit();
        return new DotnetResult(process.ExitCode, output.ToString());
    }

    /// <summary>Starts <c>dotnet</c> like <see cref="Run(string, string[])"/>, for a command that keeps running (<c>dotnet watch</c>).</summary>
    public RunningDotnet Start(string workingDirectory, params string[] arguments) => new(StartInfo(workingDirectory, null, arguments));

    private ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NUGET_PACKAGES"] = Packages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file must not fail the run; the folder is under the temp directory.
        }
    }
}

/// <summary>The exit code and the combined output of one <c>dotnet</c> command.</summary>
public sealed record DotnetResult(int ExitCode, string Output);

/// <summary>A <c>dotnet</c> command left running, its output collected; disposing it ends it and every process it started.</summary>
public sealed class RunningDotnet : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public RunningDotnet(ProcessStartInfo start)
    {
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Waits until the output, from <paramref name="from"/> on, holds <paramref name="text"/>; its position after it, or a timeout naming what was seen.</summary>
    public int WaitFor(string text, TimeSpan limit, int from = 0)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            var output = Output;
            var found = output.IndexOf(text, Math.Min(from, output.Length), StringComparison.Ordinal);
            if (found >= 0)
            {
                return found + text.Length;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException("The process ended before '" + text + "' was written:\n" + output);
            }

            System.Threading.Thread.Sleep(200);
        }

        throw new TimeoutException("'" + text + "' was not written in " + limit + ":\n" + Output);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended on its own.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed ContentGen";
}
