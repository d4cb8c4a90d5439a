using System.IO;
using SampleApp.Cli;

namespace ContentGen.Tests.Sample;

/// <summary>One run of the sample's command line in-process, with standard output and error redirected (so plain text).</summary>
public sealed record SampleRun(int ExitCode, string Output, string Error)
{
    public static SampleRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SampleCli.Run(args, new AppConsole(output, error, terminal: false));
        return new SampleRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Standard output with every run of white space (and panel borders) as one space, so a phrase that the console wrapped is still one phrase.</summary>
    public string FlatOutput => Flat(Output);

    /// <summary>Standard error, flattened as <see cref="FlatOutput"/>.</summary>
    public string FlatError => Flat(Error);

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[\s│]+", " ");

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
