using System;

namespace SampleApp.Site;

/// <summary>The frame of every page: head, header with the navigation and a search field, main, footer.</summary>
internal static class SiteLayout
{
    /// <summary>The whole document of <paramref name="page"/>, whose content is <paramref name="main"/>.</summary>
    /// <param name="index">The site, for its title and taxonomies.</param>
    /// <param name="page">The page being written (its path decides the relative links).</param>
    /// <param name="title">The page's title, before the site's.</param>
    /// <param name="current">The navigation entry to mark as current: a site path such as <c>index.html</c>.</param>
    /// <param name="main">The content of <c>main</c>.</param>
    /// <param name="scripts">Scripts to load at the end of the body, as site paths.</param>
    public static string Document(SiteIndex index, HtmlPage page, string title, string current, string main, params string[] scripts)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(page);
        var site = index.Content.SiteTitle;
        var html = new HtmlPage(page.Path)
            .Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Raw("<title>").Text(title == site ? site : title + " · " + site).Raw("</title>\n")
            .Raw("<link rel=\"stylesheet\" href=\"").Text(page.Href("style.css")).Raw("\">\n")
            .Raw("</head>\n<body>\n<header class=\"site-header\">\n<div class=\"wrap\">\n")
            .Raw("<a class=\"brand\" href=\"").Text(page.Href("index.html")).Raw("\">").Text(site).Raw("</a>\n")
            .Raw("<nav aria-label=\"Site\">\n");
        NavLink(html, "index.html", "Papers", current);
        NavLink(html, "notes/index.html", "Notes", current);
        foreach (var taxonomy in index.Content.Taxonomies)
        {
            NavLink(html, taxonomy.Key + "/index.html", taxonomy.Name, current);
        }

        NavLink(html, "search.html", "Search", current);
        html.Raw("</nav>\n")
            .Raw("<form class=\"quick-search\" action=\"").Text(page.Href("search.html")).Raw("\" role=\"search\">")
            .Raw("<input type=\"search\" name=\"q\" placeholder=\"Search papers and notes\" aria-label=\"Search papers and notes\">")
            .Raw("</form>\n</div>\n</header>\n<main class=\"wrap\">\n")
            .Raw(main)
            .Raw("</main>\n<footer class=\"site-footer\">\n<div class=\"wrap\">Typed, compile-checked content: ")
            .Raw("every page here was written by SampleApp from the records ContentGen generated at build time.</div>\n</footer>\n");
        foreach (var script in scripts)
        {
            html.Raw("<script src=\"").Text(page.Href(script)).Raw("\"></script>\n");
        }

        return html.Raw("</body>\n</html>\n").ToString();
    }

    private static void NavLink(HtmlPage html, string target, string text, string current)
    {
        html.Raw("<a href=\"").Text(html.Href(target)).Raw("\"")
            .Raw(string.Equals(target, current, StringComparison.Ordinal) ? " aria-current=\"page\"" : "")
            .Raw(">").Text(text).Raw("</a>\n");
    }
}
