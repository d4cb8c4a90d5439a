using System;
using System.Collections.Generic;
using System.CommandLine;
using SampleApp.Commands;

namespace SampleApp.Cli;

/// <summary>The command line: one command per file under Commands/, parsed by System.CommandLine (help, completions, errors).</summary>
internal static class SampleCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command and gives its exit code (<see cref="ExitCodes"/>); a command line that does not parse is <see cref="ExitCodes.NotFound"/>.</summary>
    public static int Run(IReadOnlyList<string> args, AppConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var parse = CreateRoot(console).Parse(args);
        var exit = parse.Invoke(new InvocationConfiguration { Output = console.OutputWriter, Error = console.ErrorWriter });
        return parse.Errors.Count > 0 ? ExitCodes.NotFound : exit;
    }

    public static RootCommand CreateRoot(AppConsole console)
    {
        var root = new RootCommand(
            "Browse, search, cite and publish the papers and reading notes that ContentGen compiled into this program. "
            + "Without a command, lists the papers.")
        {
            ListCommand.Create(console),
            ShowCommand.Create(console),
            SearchCommand.Create(console),
            StatsCommand.Create(console),
            CiteCommand.Create(console),
            NotesCommand.Create(console),
            ExportSiteCommand.Create(console),
        };
        root.SetAction(_ => ListCommand.Run(console, new PaperQuery()));
        return root;
    }
}
