using System;
using System.CommandLine;
using System.Linq;
using SampleApp.Citations;
using SampleApp.Cli;
using SampleApp.Content;
using CitationStyle = SampleApp.Citations.CitationStyle;

namespace SampleApp.Commands;

/// <summary><c>cite &lt;slug&gt; --format bibtex|apa|mla</c>: a citation made from the paper's typed fields.</summary>
internal static class CiteCommand
{
    public static Command Create(AppConsole console)
    {
        var slug = new Argument<string>("slug") { HelpName = "slug", Description = "The slug of a paper" };
        slug.CompletionSources.Add(Catalog.Completing(() => Catalog.PaperSlugs));
        var format = new Option<string>("--format", "-f") { Description = "The citation style", DefaultValueFactory = _ => "bibtex" };
        format.AcceptOnlyFromAmong([.. CitationFormatter.StyleNames]);
        var command = new Command("cite", "Print a paper's citation as BibTeX, APA or MLA") { slug, format };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(slug), CitationFormatter.ParseStyle(parse.GetValue(format) ?? "bibtex")));
        return command;
    }

    public static int Run(AppConsole console, string slug, CitationStyle style)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(slug);
        if (!Papers.TryGet(slug, out var paper))
        {
            if (Notes.TryGet(slug, out var note))
            {
                return Messages.NotFound(console, $"'{slug}' is a reading note, not a paper", slug, note.Papers.Select(p => p.Slug));
            }

            return Messages.NotFound(console, $"No paper has the slug '{slug}'", slug, Catalog.PaperSlugs);
        }

        // Written as it is, not through the console, so no line is wrapped: the output is meant to be pasted.
        console.OutputWriter.WriteLine(CitationFormatter.Format(CitationSource.From(paper), style));
        return ExitCodes.Success;
    }
}
