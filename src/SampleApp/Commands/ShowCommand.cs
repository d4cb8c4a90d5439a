using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using SampleApp.Citations;
using SampleApp.Cli;
using SampleApp.Content;
using SampleApp.Site;
using SampleApp.Terminal;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SampleApp.Commands;

/// <summary><c>show &lt;slug&gt;</c>: one paper or note, its metadata and its body rendered for the terminal from the generated HTML.</summary>
internal static class ShowCommand
{
    /// <summary>The body section already shown as the key findings list.</summary>
    private const string KeyFindingsSection = "Key Findings";

    public static Command Create(AppConsole console)
    {
        var slug = new Argument<string>("slug") { HelpName = "slug", Description = "The slug of a paper or a note (its file name without .md)" };
        slug.CompletionSources.Add(Catalog.Completing(() => Catalog.PaperSlugs.Concat(Catalog.NoteSlugs)));
        var command = new Command("show", "Show a paper (metadata, summary, key findings, body) or a reading note") { slug };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(slug)));
        return command;
    }

    public static int Run(AppConsole console, string slug)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(slug);
        if (Papers.TryGet(slug, out var paper))
        {
            WritePaper(console.Out, paper);
            return ExitCodes.Success;
        }

        if (Notes.TryGet(slug, out var note))
        {
            WriteNote(console.Out, note);
            return ExitCodes.Success;
        }

        return Messages.NotFound(console, $"No paper or note has the slug '{slug}'", slug, Catalog.PaperSlugs.Concat(Catalog.NoteSlugs));
    }

    private static void WritePaper(IAnsiConsole console, Paper paper)
    {
        console.MarkupLine($"[bold]{Markup.Escape(paper.Title)}[/]");
        console.Write(new Rule().RuleStyle("grey"));
        var fields = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        Field(fields, "Authors", string.Join("; ", paper.Authors));
        Field(fields, "Date", paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(fields, "Published", paper.Publication is null ? null : $"{paper.Publication} ({paper.PublicationYear?.ToString(CultureInfo.InvariantCulture) ?? "n.d."})");
        Field(fields, "arXiv", paper.Arxiv is null ? null : $"{paper.Arxiv}  {Links.Arxiv(paper.Arxiv).AbsoluteUri}");
        Field(fields, "DOI", paper.Doi is null ? null : $"{paper.Doi}  {Links.Doi(paper.Doi).AbsoluteUri}");
        Field(fields, "Link", paper.PaperUrl?.AbsoluteUri);
        Field(fields, "Deception", string.Join(", ", paper.DeceptionTypes));
        Field(fields, "Areas", string.Join(", ", paper.ResearchAreas));
        Field(fields, "Systems", string.Join(", ", paper.SystemTypes));
        Field(fields, "Tags", string.Join(", ", paper.Tags));
        Field(fields, "Reading", $"{paper.WordCount.ToString(CultureInfo.InvariantCulture)} words, about {Minutes(paper.ReadingTime)} min");
        console.Write(fields);
        console.WriteLine();
        if (paper.Summary is not null)
        {
            console.Write(new Panel(new Markup($"[italic]{Markup.Escape(paper.Summary)}[/]")).Header("In brief").Border(BoxBorder.Rounded).Expand());
            console.WriteLine();
        }

        if (paper.KeyFindings.Count > 0)
        {
            console.MarkupLine("[bold yellow]Key findings[/]");
            var findings = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
            foreach (var finding in paper.KeyFindings)
            {
                findings.AddRow(new Markup("[yellow]•[/]"), new Text(finding));
            }

            console.Write(new Padder(findings, new Padding(2, 0, 0, 0)));
            console.WriteLine();
        }

        WriteBody(console, paper.Sections.Select(s => (s.Title, s.Level, s.Html)).ToList(), paper.Html, skip: KeyFindingsSection);

        // A note's Papers are the Paper records themselves, resolved at build time.
        var notes = Notes.All.Where(note => note.Papers.Contains(paper)).ToList();
        if (notes.Count > 0)
        {
            console.MarkupLine("[bold yellow]Reading notes[/]");
            foreach (var note in notes)
            {
                console.MarkupLine($"  • {Markup.Escape(note.Title)} [grey]({Markup.Escape(note.Slug)})[/]");
            }

            console.WriteLine();
        }

        console.MarkupLine($"[grey]Cite it: SampleApp cite {Markup.Escape(paper.Slug)} --format bibtex[/]");
    }

    private static void WriteNote(IAnsiConsole console, Note note)
    {
        console.MarkupLine($"[bold]{Markup.Escape(note.Title)}[/]");
        console.Write(new Rule().RuleStyle("grey"));
        var fields = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        Field(fields, "Note", $"{note.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {GeneratedSiteContent.NoteStatusName(note.Status)}");
        Field(fields, "Rating", note.Rating is { } rating ? $"{rating.ToString(CultureInfo.InvariantCulture)} of 5" : null);
        Field(fields, "Reads", string.Join("\n", note.Papers.Select(paper => $"{paper.Title} ({paper.Slug})")));
        Field(fields, "Topics", string.Join(", ", note.Topics));
        Field(fields, "Reading", $"{note.WordCount.ToString(CultureInfo.InvariantCulture)} words, about {Minutes(note.ReadingTime)} min");
        console.Write(fields);
        console.WriteLine();
        WriteBody(console, note.Sections.Select(s => (s.Title, s.Level, s.Html)).ToList(), note.Html, skip: null);
    }

    /// <summary>
    /// The body, from the generator's sections: each top-level section under its heading (a section's HTML holds its
    /// sub-sections). Without sections, the whole body HTML.
    /// </summary>
    private static void WriteBody(IAnsiConsole console, List<(string Title, int Level, string Html)> sections, string html, string? skip)
    {
        var blocks = new List<IRenderable>();
        if (sections.Count == 0)
        {
            blocks.AddRange(HtmlToTerminal.Blocks(html));
        }
        else
        {
            var top = sections.Min(s => s.Level);
            foreach (var section in sections.Where(s => s.Level == top && !string.Equals(s.Title, skip, StringComparison.OrdinalIgnoreCase)))
            {
                blocks.AddRange(HtmlToTerminal.Blocks($"<h{top}>{System.Net.WebUtility.HtmlEncode(section.Title)}</h{top}>"));
                blocks.AddRange(HtmlToTerminal.Blocks(section.Html));
            }
        }

        console.Write(new Rows(blocks));
    }

    private static void Field(Grid grid, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            grid.AddRow(new Markup($"[grey]{Markup.Escape(name)}[/]"), new Text(value));
        }
    }

    private static string Minutes(TimeSpan time) =>
        Math.Max(1, (int)Math.Round(time.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
}
