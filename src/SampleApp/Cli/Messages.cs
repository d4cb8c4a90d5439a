using System.Collections.Generic;
using System.Globalization;
using Spectre.Console;

namespace SampleApp.Cli;

/// <summary>Wording the commands share.</summary>
internal static class Messages
{
    /// <summary>Writes "<paramref name="what"/>: did you mean …?" to standard error and gives <see cref="ExitCodes.NotFound"/>.</summary>
    public static int NotFound(AppConsole console, string what, string wanted, IEnumerable<string> candidates)
    {
        console.Error.MarkupLine($"[red]{Markup.Escape(what)}[/]: {Markup.Escape(NearestMatches.Suggest(wanted, candidates))}");
        return ExitCodes.NotFound;
    }

    /// <summary>"1 paper", "9 papers".</summary>
    public static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
