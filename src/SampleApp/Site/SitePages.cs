using System;
using System.Globalization;
using System.Linq;
using SampleApp.Citations;

namespace SampleApp.Site;

/// <summary>The pages of the site, each as a path and its HTML. Every value is encoded by <see cref="HtmlPage"/>; bodies are the generator's HTML.</summary>
internal sealed class SitePages(SiteIndex index)
{
    /// <summary>All papers, newest first.</summary>
    public string Index()
    {
        const string path = "index.html";
        var html = new HtmlPage(path)
            .Raw("<h1>Papers</h1>\n<p class=\"lede\">")
            .Text(Count(index.Papers.Count, "paper", "papers") + " on deception by AI systems, newest first. ")
            .Raw("Browse by ").Link("deception-types/index.html", "deception type").Raw(", ")
            .Link("research-areas/index.html", "research area").Raw(" or ").Link("tags/index.html", "tag")
            .Raw(", read the ").Link("notes/index.html", "reading notes").Raw(", or ").Link("search.html", "search").Raw(".</p>\n");
        Cards.Papers(html, index, index.Papers);
        return SiteLayout.Document(index, html, index.Content.SiteTitle, path, html.ToString());
    }

    /// <summary>One paper: metadata, links, terms, the body, the notes that read it and its BibTeX.</summary>
    public string Paper(SitePaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var path = index.PaperPage(paper);
        var html = new HtmlPage(path).Raw("<article class=\"paper\">\n<header>\n<p class=\"kicker\">Paper · ");
        Cards.Date(html, paper.Date);
        html.Raw("</p>\n<h1>").Text(paper.Title).Raw("</h1>\n")
            .Raw("<p class=\"authors\">").Text(paper.Authors.Count == 0 ? "Unknown authors" : string.Join("; ", paper.Authors)).Raw("</p>\n")
            .Raw("<dl class=\"meta\">\n");
        if (paper.Publication is not null || paper.PublicationYear is not null)
        {
            var year = paper.PublicationYear?.ToString(CultureInfo.InvariantCulture);
            html.Raw("<dt>Published</dt><dd>").Text(paper.Publication is null ? year : year is null ? paper.Publication : $"{paper.Publication}, {year}").Raw("</dd>\n");
        }

        if (paper.Doi is not null || paper.Arxiv is not null || paper.Url is not null)
        {
            html.Raw("<dt>Links</dt><dd class=\"links\">");
            if (paper.Doi is not null)
            {
                html.External(Links.Doi(paper.Doi), "doi:" + paper.Doi, "doi").Raw(" ");
            }

            if (paper.Arxiv is not null)
            {
                html.External(Links.Arxiv(paper.Arxiv), "arXiv:" + paper.Arxiv, "arxiv").Raw(" ");
            }

            if (paper.Url is not null)
            {
                html.External(paper.Url, paper.Url.Host.Length > 0 ? paper.Url.Host : paper.Url.AbsoluteUri, "url");
            }

            html.Raw("</dd>\n");
        }

        foreach (var terms in paper.Terms.Where(t => t.Terms.Count > 0))
        {
            html.Raw("<dt>").Text(terms.Taxonomy.Name).Raw("</dt><dd>");
            foreach (var term in terms.Terms)
            {
                html.Link(index.TermPage(terms.Taxonomy, term), term, "term").Raw(" ");
            }

            html.Raw("</dd>\n");
        }

        html.Raw("<dt>Reading</dt><dd>").Text(string.Create(CultureInfo.InvariantCulture, $"{paper.WordCount:N0} words, about {Math.Max(1, (int)Math.Round(paper.ReadingTime.TotalMinutes))} min")).Raw("</dd>\n")
            .Raw("</dl>\n");
        if (paper.Summary is not null)
        {
            html.Raw("<p class=\"summary\">").Text(paper.Summary).Raw("</p>\n");
        }

        html.Raw("</header>\n<div class=\"body\">\n").Raw(paper.Html).Raw("\n</div>\n");
        var notes = index.NotesOf(paper).ToList();
        if (notes.Count > 0)
        {
            html.Raw("<section class=\"related\">\n<h2>Reading notes</h2>\n");
            Cards.Notes(html, index, notes);
            html.Raw("</section>\n");
        }

        html.Raw("<section class=\"cite\">\n<h2>Cite</h2>\n<pre><code>").Text(paper.BibTeX).Raw("</code></pre>\n</section>\n</article>\n");
        return SiteLayout.Document(index, html, paper.Title, path, html.ToString());
    }

    /// <summary>All notes, newest first.</summary>
    public string NotesIndex()
    {
        const string path = "notes/index.html";
        var html = new HtmlPage(path)
            .Raw("<h1>Reading notes</h1>\n<p class=\"lede\">")
            .Text(Count(index.Notes.Count, "note", "notes") + " that read papers together, newest first.")
            .Raw("</p>\n");
        Cards.Notes(html, index, index.Notes);
        return SiteLayout.Document(index, html, "Reading notes", path, html.ToString());
    }

    /// <summary>One note: its papers, topics and body.</summary>
    public string Note(SiteNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var path = index.NotePage(note);
        var html = new HtmlPage(path).Raw("<article class=\"note\">\n<header>\n<p class=\"kicker\">Reading note · ");
        Cards.Date(html, note.Date);
        html.Raw(" · ").Text(note.Status);
        if (note.Rating is { } rating)
        {
            html.Raw(" · ").Raw("<span class=\"rating\">").Text(Cards.Stars(rating)).Raw("</span>");
        }

        html.Raw("</p>\n<h1>").Text(note.Title).Raw("</h1>\n");
        Cards.PaperLinks(html, index, note);
        foreach (var terms in note.Terms.Where(t => t.Terms.Count > 0))
        {
            Cards.TermLinks(html, index, terms);
        }

        html.Raw("</header>\n<div class=\"body\">\n").Raw(note.Html).Raw("\n</div>\n</article>\n");
        return SiteLayout.Document(index, html, note.Title, path, html.ToString());
    }

    /// <summary>Every term of one taxonomy with its count.</summary>
    public string Taxonomy(SiteTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var path = taxonomy.Key + "/index.html";
        var terms = index.Terms(taxonomy);
        var html = new HtmlPage(path).Raw("<h1>").Text(taxonomy.Name).Raw("</h1>\n<p class=\"lede\">")
            .Text(Count(terms.Count, "term", "terms") + ".").Raw("</p>\n<ul class=\"term-index\">\n");
        foreach (var term in terms)
        {
            html.Raw("<li>").Link(index.TermPage(taxonomy, term.Term), term.Term, "term")
                .Raw(" <span class=\"count\">").Text((term.Papers.Count + term.Notes.Count).ToString(CultureInfo.InvariantCulture)).Raw("</span></li>\n");
        }

        html.Raw("</ul>\n");
        return SiteLayout.Document(index, html, taxonomy.Name, path, html.ToString());
    }

    /// <summary>The papers and notes of one term.</summary>
    public string Term(TermEntry term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var path = index.TermPage(term.Taxonomy, term.Term);
        var html = new HtmlPage(path)
            .Raw("<p class=\"kicker\">").Link(term.Taxonomy.Key + "/index.html", term.Taxonomy.Singular).Raw("</p>\n")
            .Raw("<h1>").Text(term.Term).Raw("</h1>\n");
        if (term.Papers.Count > 0)
        {
            html.Raw("<p class=\"lede\">").Text(Count(term.Papers.Count, "paper", "papers") + ".").Raw("</p>\n");
            Cards.Papers(html, index, term.Papers);
        }

        if (term.Notes.Count > 0)
        {
            html.Raw("<h2>Reading notes</h2>\n");
            Cards.Notes(html, index, term.Notes);
        }

        return SiteLayout.Document(index, html, term.Taxonomy.Singular + ": " + term.Term, term.Taxonomy.Key + "/index.html", html.ToString());
    }

    /// <summary>The search page: the box, the results, and the index and script that fill them.</summary>
    public string Search()
    {
        const string path = "search.html";
        var html = new HtmlPage(path)
            .Raw("<h1>Search</h1>\n")
            .Raw("<form class=\"search-form\" role=\"search\" onsubmit=\"return false\">\n")
            .Raw("<label for=\"search-box\">Search titles, summaries and full text</label>\n")
            .Raw("<input type=\"search\" id=\"search-box\" name=\"q\" autocomplete=\"off\" placeholder=\"e.g. safety training\" autofocus>\n")
            .Raw("</form>\n<p id=\"search-status\" class=\"lede\" aria-live=\"polite\"></p>\n<ol id=\"search-results\" class=\"cards results\"></ol>\n")
            .Raw("<noscript><p>The search needs JavaScript; the ").Link("index.html", "list of papers").Raw(" does not.</p></noscript>\n");
        return SiteLayout.Document(index, html, "Search", path, html.ToString(), SiteExporter.SearchIndexFile, SiteExporter.SearchScriptFile);
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
