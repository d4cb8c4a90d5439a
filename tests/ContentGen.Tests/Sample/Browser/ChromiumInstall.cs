using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace ContentGen.Tests.Sample.Browser;

/// <summary>
/// Finds Chromium and ChromeDriver, and installs Debian's <c>chromium</c> and <c>chromium-driver</c> packages when
/// they are missing and this process may (root, with apt-get). Browsers cannot be downloaded on the machines this
/// repository builds on, so these packages are the browser. <c>.ci/run</c> installs them too, before the tests.
/// </summary>
internal static class ChromiumInstall
{
    private static readonly string[] BrowserNames = ["chromium", "chromium-browser", "google-chrome"];
    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(8);

    /// <summary>The browser and driver executables, or why there are none (the tests then skip, except under CI, where they fail).</summary>
    public static (string Browser, string Driver)? Find(out string? whyNot)
    {
        var found = Locate();
        if (found is not null)
        {
            whyNot = null;
            return found;
        }

        whyNot = Install();
        return whyNot is null ? Locate() : null;
    }

    private static (string Browser, string Driver)? Locate()
    {
        var browser = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } b && File.Exists(b) ? b : BrowserNames.Select(OnPath).FirstOrDefault(p => p is not null);
        var driver = Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") is { Length: > 0 } d && File.Exists(d) ? d : OnPath("chromedriver");
        return browser is not null && driver is not null ? (browser, driver) : null;
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs <c>apt-get update</c> and <c>apt-get install -y chromium chromium-driver</c>; null when that worked, else why not.</summary>
    private static string? Install()
    {
        if (!OperatingSystem.IsLinux() || OnPath("apt-get") is null)
        {
            return "Chromium and ChromeDriver are not installed, and this is not a machine with apt-get to install Debian's chromium and chromium-driver.";
        }

        if (!string.Equals(Run("id", ["-u"], TimeSpan.FromSeconds(10)).Output.Trim(), "0", StringComparison.Ordinal))
        {
            return "Chromium and ChromeDriver are not installed, and only root may install them: run `apt-get install -y chromium chromium-driver` as root (.ci/run does).";
        }

        var update = Run("apt-get", ["update"], AptTimeout);
        var install = update.ExitCode == 0
            ? Run("apt-get", ["install", "-y", "chromium", "chromium-driver"], AptTimeout)
            : update;
        return install.ExitCode == 0
            ? null
            : $"`apt-get install -y chromium chromium-driver` failed (exit {install.ExitCode}):\n{Tail(install.Output)}";
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(15));

    private static (int ExitCode, string Output) Run(string file, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{file} did not finish in {timeout.TotalMinutes} minutes\n{output}");
            }

            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, exception.Message);
        }
    }
}
