using System;
using System.Globalization;
using System.Linq;

namespace SampleApp.Site;

/// <summary>The short forms of papers and notes that lists show: on the index, the notes page and every term page.</summary>
internal static class Cards
{
    private const int AuthorsShown = 3;

    /// <summary>A list of paper cards.</summary>
    public static void Papers(HtmlPage html, SiteIndex index, System.Collections.Generic.IEnumerable<SitePaper> papers)
    {
        html.Raw("<ol class=\"cards\">\n");
        foreach (var paper in papers)
        {
            html.Raw("<li class=\"card\">\n<h2>").Link(index.PaperPage(paper), paper.Title).Raw("</h2>\n")
                .Raw("<p class=\"byline\">").Text(ShortAuthors(paper)).Raw(" · ");
            Date(html, paper.Date);
            if (paper.Publication is not null)
            {
                html.Raw(" · ").Text(paper.Publication);
            }

            html.Raw("</p>\n");
            if (paper.Summary is not null)
            {
                html.Raw("<p class=\"summary\">").Text(paper.Summary).Raw("</p>\n");
            }

            var tags = paper.Terms.FirstOrDefault(t => t.Taxonomy.Key == "tags");
            if (tags is { Terms.Count: > 0 })
            {
                TermLinks(html, index, tags);
            }

            html.Raw("</li>\n");
        }

        html.Raw("</ol>\n");
    }

    /// <summary>A list of note cards.</summary>
    public static void Notes(HtmlPage html, SiteIndex index, System.Collections.Generic.IEnumerable<SiteNote> notes)
    {
        html.Raw("<ol class=\"cards\">\n");
        foreach (var note in notes)
        {
            html.Raw("<li class=\"card note\">\n<h2>").Link(index.NotePage(note), note.Title).Raw("</h2>\n<p class=\"byline\">Note · ");
            Date(html, note.Date);
            html.Raw(" · ").Text(note.Status);
            if (note.Rating is { } rating)
            {
                html.Raw(" · ").Raw("<span class=\"rating\" title=\"").Text(Stars(rating)).Raw("\">").Text(Stars(rating)).Raw("</span>");
            }

            html.Raw("</p>\n");
            PaperLinks(html, index, note);
            html.Raw("</li>\n");
        }

        html.Raw("</ol>\n");
    }

    /// <summary>"Reads:" and a link to each paper the note reads.</summary>
    public static void PaperLinks(HtmlPage html, SiteIndex index, SiteNote note)
    {
        var papers = note.PaperSlugs.Select(index.Paper).OfType<SitePaper>().ToList();
        if (papers.Count == 0)
        {
            return;
        }

        html.Raw("<p class=\"reads\">Reads: ");
        for (var i = 0; i < papers.Count; i++)
        {
            html.Raw(i > 0 ? "; " : "").Link(index.PaperPage(papers[i]), papers[i].Title);
        }

        html.Raw("</p>\n");
    }

    /// <summary>The terms of one taxonomy as links to their pages.</summary>
    public static void TermLinks(HtmlPage html, SiteIndex index, SiteTerms terms)
    {
        html.Raw("<p class=\"terms\">");
        foreach (var term in terms.Terms)
        {
            html.Link(index.TermPage(terms.Taxonomy, term), term, "term").Raw(" ");
        }

        html.Raw("</p>\n");
    }

    /// <summary>A date in a <c>time</c> element.</summary>
    public static void Date(HtmlPage html, DateOnly date) =>
        html.Raw("<time datetime=\"").Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("\">")
            .Text(date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)).Raw("</time>");

    /// <summary>The first authors and "et al." when there are more.</summary>
    public static string ShortAuthors(SitePaper paper) =>
        paper.Authors.Count == 0 ? "Unknown authors"
        : paper.Authors.Count <= AuthorsShown ? string.Join("; ", paper.Authors)
        : string.Join("; ", paper.Authors.Take(AuthorsShown)) + " et al.";

    public static string Stars(int rating) => new string('★', Math.Clamp(rating, 0, 5)) + new string('☆', 5 - Math.Clamp(rating, 0, 5));
}
