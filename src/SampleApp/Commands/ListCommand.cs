using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using SampleApp.Cli;
using SampleApp.Content;
using Spectre.Console;

namespace SampleApp.Commands;

/// <summary>What <c>list</c> was asked for: each filter narrows the papers, all must hold.</summary>
internal sealed record PaperQuery(
    string? Tag = null,
    string? DeceptionType = null,
    string? ResearchArea = null,
    string? SystemType = null,
    string? Author = null,
    int? Year = null,
    bool ByTitle = false);

/// <summary><c>list</c>: the papers as a table, filtered through the generated lookups (<c>Papers.WithTag</c> and friends).</summary>
internal static class ListCommand
{
    private const int TagsShown = 3;
    private const int TagsWidth = 28;

    public static Command Create(AppConsole console)
    {
        var tag = TermOption("--tag", "Only papers with this tag", Taxonomies.Tags.All);
        var type = TermOption("--type", "Only papers with this deception type", Taxonomies.DeceptionTypes.All);
        var area = TermOption("--area", "Only papers in this research area", Taxonomies.ResearchAreas.All);
        var system = TermOption("--system", "Only papers about this type of system", Taxonomies.SystemTypes.All);
        var author = new Option<string?>("--author") { Description = "Only papers by this author: \"Hubinger, E.\" or a family name", HelpName = "name" };
        author.CompletionSources.Add(Catalog.Completing(() => Catalog.Authors));
        var year = new Option<int?>("--year") { Description = "Only papers dated in this year", HelpName = "yyyy" };
        year.CompletionSources.Add(Catalog.Completing(() => Catalog.Years));
        var sort = new Option<string>("--sort") { Description = "Newest first (date) or alphabetical (title)", DefaultValueFactory = _ => "date" };
        sort.AcceptOnlyFromAmong("date", "title");

        var command = new Command("list", "List the papers, newest first, optionally filtered by term, author or year")
        {
            tag, type, area, system, author, year, sort,
        };
        command.SetAction(parse => Run(console, new PaperQuery(
            parse.GetValue(tag),
            parse.GetValue(type),
            parse.GetValue(area),
            parse.GetValue(system),
            parse.GetValue(author),
            parse.GetValue(year),
            parse.GetValue(sort) == "title")));
        return command;
    }

    private static Option<string?> TermOption(string name, string description, IReadOnlyList<string> terms)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "term" };
        option.CompletionSources.Add(Catalog.Completing(() => terms));
        return option;
    }

    public static int Run(AppConsole console, PaperQuery query)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(query);
        IEnumerable<Paper> papers = Papers.All;
        var described = new List<string>();
        foreach (var (value, terms, noun, lookup) in new (string?, IReadOnlyList<string>, string, Func<string, IReadOnlyList<Paper>>)[]
        {
            (query.Tag, Taxonomies.Tags.All, "tag", Papers.WithTag),
            (query.DeceptionType, Taxonomies.DeceptionTypes.All, "deception type", Papers.WithDeceptionType),
            (query.ResearchArea, Taxonomies.ResearchAreas.All, "research area", Papers.WithResearchArea),
            (query.SystemType, Taxonomies.SystemTypes.All, "system type", Papers.WithSystemType),
        })
        {
            if (value is null)
            {
                continue;
            }

            if (Catalog.Known(value, terms) is not { } term)
            {
                return Messages.NotFound(console, $"No paper has the {noun} '{value}'", value, terms);
            }

            papers = papers.Intersect(lookup(term));
            described.Add($"{noun} '{term}'");
        }

        if (query.Author is { } author)
        {
            var byAuthor = ByAuthor(author);
            if (byAuthor.Count == 0)
            {
                return Messages.NotFound(console, $"No paper has the author '{author}'", author, Catalog.Authors);
            }

            papers = papers.Intersect(byAuthor);
            described.Add($"author '{author}'");
        }

        if (query.Year is { } year)
        {
            var inYear = Papers.InYear(year);
            if (inYear.Count == 0)
            {
                console.Error.MarkupLine($"[red]No paper is dated in {year.ToString(CultureInfo.InvariantCulture)}[/]: the papers are from {string.Join(", ", Catalog.Years)}.");
                return ExitCodes.NotFound;
            }

            papers = papers.Intersect(inYear);
            described.Add($"year {year.ToString(CultureInfo.InvariantCulture)}");
        }

        var result = (query.ByTitle ? papers.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase) : papers.OrderByDescending(p => p.Date).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)).ToList();
        var caption = Messages.Count(result.Count, "paper", "papers")
            + (described.Count > 0 ? " with " + string.Join(" and ", described) : "")
            + (query.ByTitle ? ", by title" : ", newest first");
        if (result.Count == 0)
        {
            console.Out.WriteLine($"No paper has all of: {string.Join(", ", described)}.");
            return ExitCodes.Success;
        }

        Write(console, result, caption);
        return ExitCodes.Success;
    }

    /// <summary>The papers of an author as written ("Hubinger, E."), else of every author with that family name ("hubinger").</summary>
    private static IReadOnlyList<Paper> ByAuthor(string author)
    {
        var exact = Papers.ByAuthor(author.Trim());
        if (exact.Count > 0)
        {
            return exact;
        }

        return Catalog.Authors
            .Where(name => string.Equals(Catalog.FamilyName(name), author.Trim(), StringComparison.OrdinalIgnoreCase))
            .SelectMany(Papers.ByAuthor)
            .Distinct()
            .ToList();
    }

    private static void Write(AppConsole console, List<Paper> papers, string caption)
    {
        var table = new Table()
            .Border(console.IsTerminal ? TableBorder.Rounded : TableBorder.Simple)
            .AddColumn(new TableColumn("Date, authors").NoWrap())
            .AddColumn("Paper, slug")
            .AddColumn(new TableColumn("Tags").Width(TagsWidth));
        foreach (var paper in papers)
        {
            var authors = paper.Authors.Count switch
            {
                0 => "",
                1 => Catalog.FamilyName(paper.Authors[0]),
                2 => Catalog.FamilyName(paper.Authors[0]) + " & " + Catalog.FamilyName(paper.Authors[1]),
                _ => Catalog.FamilyName(paper.Authors[0]) + " et al.",
            };
            var tags = paper.Tags.Take(TagsShown).Select(Markup.Escape).ToList();
            if (paper.Tags.Count > TagsShown)
            {
                tags.Add($"[grey]+{(paper.Tags.Count - TagsShown).ToString(CultureInfo.InvariantCulture)}[/]");
            }

            table.AddRow(
                new Markup($"{paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n[grey]{Markup.Escape(authors)}[/]"),
                new Markup($"[bold]{Markup.Escape(paper.Title)}[/]\n[aqua]{Markup.Escape(paper.Slug)}[/]"),
                new Markup($"[blue]{string.Join(", ", tags)}[/]"));
        }

        console.Out.MarkupLine($"[bold]{Markup.Escape(caption)}[/]");
        console.Out.Write(table);
        console.Out.MarkupLine($"[grey]Show one: SampleApp show {Markup.Escape(papers[0].Slug)}[/]");
    }
}
