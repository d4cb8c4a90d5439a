using System;
using System.CommandLine;
using System.Linq;
using SampleApp.Cli;
using SampleApp.Content;

namespace SampleApp.Commands;

/// <summary>
/// <c>cite &lt;slug&gt; --format bibtex|apa|chicago</c>: the paper's citation as ContentGen built it at compile time
/// (<c>Paper.ToBibTeX()</c>, <c>Paper.ToCitation(...)</c>), from its typed fields and its BibTeX entry.
/// </summary>
internal static class CiteCommand
{
    /// <summary>The styles, by the name the command line takes.</summary>
    private static readonly (string Name, Func<Paper, string> Format)[] Styles =
    [
        ("bibtex", paper => paper.ToBibTeX()),
        ("apa", paper => paper.ToCitation(CitationStyle.Apa)),
        ("chicago", paper => paper.ToCitation(CitationStyle.ChicagoAuthorDate)),
    ];

    public static Command Create(AppConsole console)
    {
        var slug = new Argument<string>("slug") { HelpName = "slug", Description = "The slug of a paper" };
        slug.CompletionSources.Add(Catalog.Completing(() => Catalog.PaperSlugs));
        var format = new Option<string>("--format", "-f") { Description = "The citation style", DefaultValueFactory = _ => "bibtex" };
        format.AcceptOnlyFromAmong([.. Styles.Select(s => s.Name)]);
        var command = new Command("cite", "Print a paper's citation as BibTeX, APA or Chicago (author-date)") { slug, format };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(slug), parse.GetValue(format) ?? "bibtex"));
        return command;
    }

    public static int Run(AppConsole console, string slug, string style)
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
        console.OutputWriter.WriteLine(Styles.First(s => s.Name == style).Format(paper).TrimEnd('\n'));
        return ExitCodes.Success;
    }
}
