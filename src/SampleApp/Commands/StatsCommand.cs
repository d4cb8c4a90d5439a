using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using SampleApp.Cli;
using SampleApp.Content;
using Spectre.Console;

namespace SampleApp.Commands;

/// <summary><c>stats</c>: papers per year and per term of each taxonomy, and notes per topic, as bar charts.</summary>
internal static class StatsCommand
{
    private static readonly Color[] Palette = [Color.SteelBlue1, Color.MediumPurple2, Color.SeaGreen2, Color.Orange1, Color.HotPink, Color.Gold1];

    public static Command Create(AppConsole console)
    {
        var command = new Command("stats", "Papers per year and per taxonomy term, notes per topic, as bar charts");
        command.SetAction(_ => Run(console));
        return command;
    }

    public static int Run(AppConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Out.MarkupLine($"[bold]{Messages.Count(Papers.All.Count, "paper", "papers")}, {Messages.Count(Notes.All.Count, "reading note", "reading notes")}[/]");
        console.Out.WriteLine();
        var years = Papers.All.GroupBy(p => p.Date.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key.ToString(CultureInfo.InvariantCulture), g.Count())).ToList();
        Chart(console, "Papers per year", years, sortByCount: false);

        // Counts are generated with the taxonomy constants: no pass over the papers at run time.
        Chart(console, "Papers per deception type", Taxonomies.DeceptionTypes.Counts, sortByCount: true);
        Chart(console, "Papers per research area", Taxonomies.ResearchAreas.Counts, sortByCount: true);
        Chart(console, "Papers per system type", Taxonomies.SystemTypes.Counts, sortByCount: true);
        Chart(console, "Papers per tag", Taxonomies.Tags.Counts, sortByCount: true);
        Chart(console, "Notes per topic", Taxonomies.Topics.Counts, sortByCount: true);
        return ExitCodes.Success;
    }

    private static void Chart(AppConsole console, string label, IReadOnlyDictionary<string, int> counts, bool sortByCount) =>
        Chart(console, label, counts.Select(pair => (pair.Key, pair.Value)).ToList(), sortByCount);

    private static void Chart(AppConsole console, string label, IReadOnlyList<(string Label, int Count)> rows, bool sortByCount)
    {
        var ordered = sortByCount
            ? rows.OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.OrdinalIgnoreCase).ToList()
            : rows;
        var chart = new BarChart()
            .Label($"[bold]{Markup.Escape(label)}[/]")
            .LeftAlignLabel()
            .Width(Math.Min(console.Out.Profile.Width, 90));
        chart.Culture = CultureInfo.InvariantCulture;
        var colour = 0;
        foreach (var (name, count) in ordered)
        {
            chart.AddItem(name, count, Palette[colour++ % Palette.Length]);
        }

        console.Out.Write(chart);
        console.Out.WriteLine();
    }
}
