using System;
using System.IO;
using Spectre.Console;

namespace SampleApp.Cli;

/// <summary>
/// Where the commands write: standard output and standard error, each as a Spectre console. Colours and styles only
/// on a terminal; redirected output is plain text (no escape codes) at a fixed width, so it reads well in a file and
/// the tests can compare it.
/// </summary>
internal sealed class AppConsole
{
    /// <summary>The width of redirected output.</summary>
    public const int PlainWidth = 100;

    /// <summary>The width of redirected errors: wide enough that a message is one line, for whatever reads it.</summary>
    public const int PlainErrorWidth = 1000;

    public AppConsole(TextWriter output, TextWriter error, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        OutputWriter = output;
        ErrorWriter = error;
        IsTerminal = terminal;
        Out = Create(output, terminal, PlainWidth);
        Error = Create(error, terminal, PlainErrorWidth);
    }

    /// <summary>Standard output.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Standard error: messages about what was not found, and failures.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>The writer under <see cref="Out"/>, for System.CommandLine's help.</summary>
    public TextWriter OutputWriter { get; }

    /// <summary>The writer under <see cref="Error"/>, for System.CommandLine's parse errors.</summary>
    public TextWriter ErrorWriter { get; }

    /// <summary>Whether output goes to a terminal, so colours and highlighting are shown.</summary>
    public bool IsTerminal { get; }

    /// <summary>The console of the process: a terminal unless standard output is redirected.</summary>
    public static AppConsole ForProcess() => new(Console.Out, Console.Error, !Console.IsOutputRedirected);

    private static IAnsiConsole Create(TextWriter writer, bool terminal, int plainWidth)
    {
        if (terminal)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = plainWidth;
        return console;
    }
}
