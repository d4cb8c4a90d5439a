using System;
using System.Collections.Generic;
using System.Linq;

namespace SampleApp.Site;

/// <summary>The site's content sorted and cross-referenced once: papers and notes newest first, every term's documents, and the page of each.</summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<string, SitePaper> _papersBySlug;
    private readonly Dictionary<SiteTaxonomy, Dictionary<string, TermEntry>> _terms = [];

    public SiteIndex(SiteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        Names = new SiteNames();
        Papers = content.Papers.OrderByDescending(p => p.Date).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        Notes = content.Notes.OrderByDescending(n => n.Date).ThenBy(n => n.Title, StringComparer.OrdinalIgnoreCase).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList();
        _papersBySlug = Papers.GroupBy(p => p.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var taxonomy in content.Taxonomies)
        {
            _terms[taxonomy] = new Dictionary<string, TermEntry>(StringComparer.OrdinalIgnoreCase);
        }

        foreach (var paper in Papers)
        {
            foreach (var term in TermsOf(paper.Terms))
            {
                term.Papers.Add(paper);
            }
        }

        foreach (var note in Notes)
        {
            foreach (var term in TermsOf(note.Terms))
            {
                term.Notes.Add(note);
            }
        }
    }

    public SiteContent Content { get; }

    /// <summary>The file name of every page.</summary>
    public SiteNames Names { get; }

    /// <summary>The papers, newest first.</summary>
    public IReadOnlyList<SitePaper> Papers { get; }

    /// <summary>The notes, newest first.</summary>
    public IReadOnlyList<SiteNote> Notes { get; }

    /// <summary>The terms of <paramref name="taxonomy"/> in use, by name ignoring case.</summary>
    public IReadOnlyList<TermEntry> Terms(SiteTaxonomy taxonomy) =>
        _terms.TryGetValue(taxonomy, out var terms)
            ? terms.Values.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Term, StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The paper with that slug, if the site has it.</summary>
    public SitePaper? Paper(string slug) => _papersBySlug.GetValueOrDefault(slug);

    public string PaperPage(SitePaper paper) => Names.Page("papers", paper.Slug);

    public string NotePage(SiteNote note) => Names.Page("notes", note.Slug);

    public string TermPage(SiteTaxonomy taxonomy, string term) => Names.Page(taxonomy.Key, term);

    /// <summary>The notes that read <paramref name="paper"/>.</summary>
    public IEnumerable<SiteNote> NotesOf(SitePaper paper) =>
        Notes.Where(note => note.PaperSlugs.Contains(paper.Slug, StringComparer.Ordinal));

    private IEnumerable<TermEntry> TermsOf(IEnumerable<SiteTerms> lists)
    {
        foreach (var list in lists)
        {
            if (!_terms.TryGetValue(list.Taxonomy, out var terms))
            {
                continue;
            }

            foreach (var term in list.Terms.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!terms.TryGetValue(term, out var entry))
                {
                    entry = new TermEntry(list.Taxonomy, term);
                    terms[term] = entry;
                }

                yield return entry;
            }
        }
    }
}

/// <summary>One term of one taxonomy and the documents that have it.</summary>
internal sealed class TermEntry(SiteTaxonomy taxonomy, string term)
{
    public SiteTaxonomy Taxonomy { get; } = taxonomy;

    /// <summary>The term as first written.</summary>
    public string Term { get; } = term;

    public List<SitePaper> Papers { get; } = [];

    public List<SiteNote> Notes { get; } = [];
}
