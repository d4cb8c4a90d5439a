using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SampleApp.Site;

/// <summary>What an export wrote.</summary>
/// <param name="Directory">The folder, absolute.</param>
/// <param name="Files">Every file written, as a path in the site with '/'.</param>
internal sealed record ExportResult(string Directory, IReadOnlyList<string> Files)
{
    /// <summary>The absolute path of the site's start page.</summary>
    public string IndexPage => Path.Combine(Directory, "index.html");
}

/// <summary>
/// Writes the static site: <c>index.html</c> (all papers, newest first), a page per paper and per note, an index
/// per taxonomy and a page per term, the search page with its index script, <c>sitemap.xml</c> and the stylesheet.
/// Every link is relative, so the site works when opened from disk. Files of the same names are overwritten; other
/// files in the folder are left alone.
/// </summary>
internal static class SiteExporter
{
    public const string SearchIndexFile = "search-index.js";
    public const string SearchScriptFile = "search.js";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="content">What to publish.</param>
    /// <param name="directory">The folder to write to; created when missing.</param>
    /// <param name="baseUrl">Where the site will be served, for the sitemap's absolute URLs; the folder's own <c>file://</c> URL when null.</param>
    public static ExportResult Export(SiteContent content, string directory, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(directory);
        var root = Path.GetFullPath(directory);
        var index = new SiteIndex(content);
        var pages = new SitePages(index);
        var written = new List<string>();
        var sitemap = new List<(string Path, DateOnly? Modified)>();

        void Write(string path, string text)
        {
            var file = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text, Utf8);
            written.Add(path);
        }

        void Page(string path, string html, DateOnly? modified = null)
        {
            Write(path, html);
            sitemap.Add((path, modified));
        }

        Page("index.html", pages.Index(), index.Papers.Select(p => (DateOnly?)p.Date).FirstOrDefault());
        foreach (var paper in index.Papers)
        {
            Page(index.PaperPage(paper), pages.Paper(paper), paper.Date);
        }

        Page("notes/index.html", pages.NotesIndex(), index.Notes.Select(n => (DateOnly?)n.Date).FirstOrDefault());
        foreach (var note in index.Notes)
        {
            Page(index.NotePage(note), pages.Note(note), note.Date);
        }

        foreach (var taxonomy in content.Taxonomies)
        {
            Page(taxonomy.Key + "/index.html", pages.Taxonomy(taxonomy));
            foreach (var term in index.Terms(taxonomy))
            {
                Page(index.TermPage(taxonomy, term.Term), pages.Term(term));
            }
        }

        Page("search.html", pages.Search());
        Write(SearchIndexFile, SearchIndexWriter.Write(index));
        Write(SearchScriptFile, SiteAssets.SearchScript);
        Write("style.css", SiteAssets.Stylesheet);
        var siteUrl = baseUrl ?? new Uri(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar);
        if (!siteUrl.AbsoluteUri.EndsWith('/'))
        {
            siteUrl = new Uri(siteUrl.AbsoluteUri + "/");
        }

        Write("sitemap.xml", SitemapWriter.Write(siteUrl, sitemap));
        return new ExportResult(root, written);
    }
}
