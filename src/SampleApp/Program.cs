// ContentGen sample: everything below reads typed data that the generator compiled from content/papers and
// content/notes (declared in contentgen.yaml) at build time. Nothing is parsed at run time.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SampleApp.Content;

namespace SampleApp;

/// <summary>Lists, shows and filters the papers of the content collection, and the reading notes that refer to them.</summary>
internal static class Program
{
    private const int TitleWidth = 58;
    private const int TagsWidth = 50;

    private static int Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "list";
        switch (command)
        {
            case "list" when args.Length <= 1:
                PrintTable(Papers.All, $"{Plural(Papers.All.Count)}, newest first");
                return 0;
            case "show" when args.Length == 2:
                return Show(args[1]);
            case "tag" when args.Length == 2:
                var tagged = Papers.WithTag(args[1]);
                if (tagged.Count == 0)
                {
                    Console.WriteLine($"No paper has the tag '{args[1]}'. Tags in use: {string.Join(", ", Taxonomies.Tags.All)}");
                    return 1;
                }

                PrintTable(tagged, $"{Plural(tagged.Count)} tagged '{args[1]}'");
                return 0;
            case "notes" when args.Length <= 1:
                PrintNotes();
                return 0;
            default:
                Console.WriteLine("usage: SampleApp [list | show <slug> | tag <term> | notes]");
                return 2;
        }
    }

    private static int Show(string slug)
    {
        Paper paper;
        try
        {
            paper = Papers.Get(slug);
        }
        catch (KeyNotFoundException exception)
        {
            Console.WriteLine(exception.Message);
            return 1;
        }

        Console.WriteLine(paper.Title);
        Console.WriteLine(new string('=', Math.Min(paper.Title.Length, 100)));
        Field("Authors", string.Join("; ", paper.Authors));
        Field("Date", paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field("Published", paper.Publication is null ? null : $"{paper.Publication} ({paper.PublicationYear?.ToString(CultureInfo.InvariantCulture) ?? "n.d."})");
        Field("arXiv", paper.Arxiv);
        Field("DOI", paper.Doi);
        Field("Link", paper.PaperUrl?.ToString());
        Field("Deception", string.Join(", ", paper.DeceptionTypes));
        Field("Areas", string.Join(", ", paper.ResearchAreas));
        Field("Systems", string.Join(", ", paper.SystemTypes));
        Field("Tags", string.Join(", ", paper.Tags));
        Field("Reading", $"{paper.WordCount} words, about {paper.ReadingTime.TotalMinutes} min");
        Console.WriteLine();
        if (paper.Summary is not null)
        {
            Console.WriteLine(paper.Summary);
            Console.WriteLine();
        }

        if (paper.KeyFindings.Count > 0)
        {
            Console.WriteLine("Key findings:");
            foreach (var finding in paper.KeyFindings)
            {
                Console.WriteLine($"  - {finding}");
            }

            Console.WriteLine();
        }

        Console.WriteLine("Sections: " + string.Join(" | ", paper.Sections.Where(s => s.Level == 2).Select(s => s.Title)));

        // A note's Papers are the Paper records themselves, resolved at build time.
        var notes = Notes.All.Where(note => note.Papers.Contains(paper)).ToList();
        if (notes.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Reading notes: " + string.Join(" | ", notes.Select(note => $"{note.Title} ({note.Slug})")));
        }

        return 0;
    }

    private static void PrintNotes()
    {
        Console.WriteLine($"{Notes.All.Count} reading notes, newest first");
        Console.WriteLine();
        foreach (var note in Notes.All)
        {
            var rating = note.Rating is { } stars ? new string('*', stars) : "unrated";
            Console.WriteLine($"{note.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  {note.Title}  [{note.Status}, {rating}]");
            foreach (var paper in note.Papers)
            {
                Console.WriteLine($"    reads: {paper.Title} ({paper.Authors[0]}, {paper.PublicationYear ?? paper.Date.Year})");
            }

            foreach (var question in note.Questions)
            {
                Console.WriteLine($"    asks:  {question}");
            }

            Console.WriteLine($"    topics: {string.Join(", ", note.Topics)}; {note.WordCount} words");
            Console.WriteLine();
        }
    }

    private static string Plural(int count) => count == 1 ? "1 paper" : $"{count} papers";

    private static void Field(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Console.WriteLine($"{name + ":",-11}{value}");
        }
    }

    private static void PrintTable(IReadOnlyList<Paper> papers, string caption)
    {
        Console.WriteLine(caption);
        Console.WriteLine();
        Console.WriteLine($"{"Title",-TitleWidth}  {"Year",-4}  {"First author",-16}  Tags");
        Console.WriteLine($"{new string('-', TitleWidth)}  ----  {new string('-', 16)}  {new string('-', 30)}");
        foreach (var paper in papers)
        {
            var title = paper.Title.Length > TitleWidth ? string.Concat(paper.Title.AsSpan(0, TitleWidth - 3), "...") : paper.Title;
            var year = (paper.PublicationYear ?? paper.Date.Year).ToString(CultureInfo.InvariantCulture);
            var author = paper.Authors.Count > 0 ? paper.Authors[0] : "-";
            var tags = string.Join(", ", paper.Tags);
            tags = tags.Length > TagsWidth ? string.Concat(tags.AsSpan(0, TagsWidth - 3), "...") : tags;
            Console.WriteLine($"{title,-TitleWidth}  {year,-4}  {author,-16}  {tags}");
        }

        Console.WriteLine();
        Console.WriteLine($"Try: dotnet run --project src/SampleApp -- show {(papers.Count > 0 ? papers[0].Slug : "<slug>")}");
    }
}
