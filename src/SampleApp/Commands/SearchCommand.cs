using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text;
using SampleApp.Cli;
using SampleApp.Content;
using SampleApp.Search;
using Spectre.Console;

namespace SampleApp.Commands;

/// <summary><c>search &lt;text&gt;</c>: papers and notes ranked by where the words occur (title, then summary, then body), with a snippet of the body.</summary>
internal static class SearchCommand
{
    public static Command Create(AppConsole console)
    {
        var text = new Argument<string>("text") { Description = "Words to look for; every word must occur (\"safety training\")" };
        var limit = new Option<int>("--limit") { Description = "Show at most this many results", DefaultValueFactory = _ => 10, HelpName = "n" };
        var command = new Command("search", "Search titles, summaries and the full text of papers and notes") { text, limit };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(text), parse.GetValue(limit)));
        return command;
    }

    /// <summary>Every paper and note as a search document, from the generated records' text.</summary>
    public static SearchDocument[] Documents() =>
    [
        .. Papers.All.Select(p => new SearchDocument("paper", p.Slug, p.Title, p.Summary, p.PlainText, p.Date)),
        .. Notes.All.Select(n => new SearchDocument("note", n.Slug, n.Title, null, n.PlainText, n.Date)),
    ];

    public static int Run(AppConsole console, string text, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(text);
        if (ContentSearch.Words(text).Count == 0)
        {
            console.Error.MarkupLine("[red]Give at least one word to search for.[/]");
            return ExitCodes.NotFound;
        }

        var hits = ContentSearch.Search(Documents(), text);
        if (hits.Count == 0)
        {
            console.Out.WriteLine($"Nothing matches '{text}'. Every word must occur in a title, summary or body.");
            return ExitCodes.Success;
        }

        var shown = hits.Take(Math.Max(1, limit)).ToList();
        console.Out.MarkupLine(Markup.Escape($"{Messages.Count(hits.Count, "result", "results")} for '{text}', best first"
            + (shown.Count < hits.Count ? $" (showing {shown.Count})" : "") + ":"));
        console.Out.WriteLine();
        var rank = 0;
        foreach (var hit in shown)
        {
            rank++;
            var number = rank.ToString(CultureInfo.InvariantCulture) + ".";
            var entry = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
            entry.AddRow(new Markup($"[bold]{number}[/]"), new Markup($"[bold]{Markup.Escape(hit.Document.Title)}[/]"));
            entry.AddRow(Text.Empty, new Markup($"[grey]{hit.Document.Kind} [aqua]{Markup.Escape(hit.Document.Slug)}[/], score {hit.Score.ToString(CultureInfo.InvariantCulture)}[/]"));
            entry.AddRow(Text.Empty, new Markup(Highlighted(hit, console.IsTerminal)));
            console.Out.Write(entry);
            console.Out.WriteLine();
        }

        console.Out.MarkupLine($"[grey]Read one: SampleApp show {Markup.Escape(shown[0].Document.Slug)}[/]");
        return ExitCodes.Success;
    }

    /// <summary>The snippet as markup: matches on a yellow background on a terminal, between ** in plain text.</summary>
    private static string Highlighted(SearchHit hit, bool terminal)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (var mark in hit.Highlights)
        {
            builder.Append(Markup.Escape(hit.Snippet[position..mark.Start]));
            var matched = Markup.Escape(hit.Snippet.Substring(mark.Start, mark.Length));
            builder.Append(terminal ? $"[black on yellow]{matched}[/]" : $"**{matched}**");
            position = mark.Start + mark.Length;
        }

        return builder.Append(Markup.Escape(hit.Snippet[position..])).ToString();
    }
}
