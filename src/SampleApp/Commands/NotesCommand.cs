using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using SampleApp.Cli;
using SampleApp.Content;
using SampleApp.Site;
using Spectre.Console;

namespace SampleApp.Commands;

/// <summary><c>notes</c>: the reading notes, the collection declared in contentgen.yaml, with the papers each one reads.</summary>
internal static class NotesCommand
{
    public static Command Create(AppConsole console)
    {
        var topic = new Option<string?>("--topic") { Description = "Only notes on this topic", HelpName = "term" };
        topic.CompletionSources.Add(Catalog.Completing(() => Taxonomies.Topics.All));
        var command = new Command("notes", "List the reading notes and the papers each one reads") { topic };
        command.SetAction(parse => Run(console, parse.GetValue(topic)));
        return command;
    }

    public static int Run(AppConsole console, string? topic = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var notes = Notes.All;
        if (topic is not null)
        {
            if (Catalog.Known(topic, Taxonomies.Topics.All) is not { } known)
            {
                return Messages.NotFound(console, $"No note has the topic '{topic}'", topic, Taxonomies.Topics.All);
            }

            notes = Notes.WithTopic(known);
        }

        console.Out.MarkupLine($"[bold]{Messages.Count(notes.Count, "reading note", "reading notes")}, newest first[/]");
        console.Out.WriteLine();
        foreach (var note in notes)
        {
            var rating = note.Rating is { } stars ? new string('*', stars) : "unrated";
            console.Out.MarkupLine($"{note.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  [bold]{Markup.Escape(note.Title)}[/]  [grey][[{GeneratedSiteContent.NoteStatusName(note.Status)}, {rating}]] {Markup.Escape(note.Slug)}[/]");

            // The note's Papers are the Paper records themselves, resolved and checked at build time.
            foreach (var paper in note.Papers)
            {
                var author = paper.Authors.Count > 0 ? paper.Authors[0] : "-";
                console.Out.MarkupLine($"    reads: {Markup.Escape(paper.Title)} [grey]({Markup.Escape(author)}, {(paper.PublicationYear ?? paper.Date.Year).ToString(CultureInfo.InvariantCulture)})[/]");
            }

            foreach (var question in note.Questions)
            {
                console.Out.MarkupLine($"    asks:  [italic]{Markup.Escape(question)}[/]");
            }

            console.Out.MarkupLine($"    [grey]topics: {Markup.Escape(string.Join(", ", note.Topics))}; {note.WordCount.ToString(CultureInfo.InvariantCulture)} words[/]");
            console.Out.WriteLine();
        }

        return ExitCodes.Success;
    }
}
