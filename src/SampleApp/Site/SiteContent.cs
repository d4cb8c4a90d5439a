using System;
using System.Collections.Generic;

namespace SampleApp.Site;

/// <summary>
/// What the static site is made from: the papers, the notes and the taxonomies, as plain values. The export reads
/// only this, so a test can hand it any value (a hostile title, say); <see cref="GeneratedSiteContent"/> builds it
/// from the generated records.
/// </summary>
/// <param name="SiteTitle">The site's name, in every page's header.</param>
/// <param name="Papers">The papers, in any order (the export sorts them newest first).</param>
/// <param name="Notes">The reading notes.</param>
/// <param name="Taxonomies">The taxonomies whose terms get pages, in the order of the navigation.</param>
internal sealed record SiteContent(string SiteTitle, IReadOnlyList<SitePaper> Papers, IReadOnlyList<SiteNote> Notes, IReadOnlyList<SiteTaxonomy> Taxonomies);

/// <summary>A taxonomy: its folder in the site and its names.</summary>
/// <param name="Key">The folder of its pages (<c>tags</c>, <c>deception-types</c>).</param>
/// <param name="Name">Its name, plural (<c>Tags</c>).</param>
/// <param name="Singular">One term's kind (<c>Tag</c>).</param>
internal sealed record SiteTaxonomy(string Key, string Name, string Singular);

/// <summary>The terms a document has in one taxonomy.</summary>
internal sealed record SiteTerms(SiteTaxonomy Taxonomy, IReadOnlyList<string> Terms);

/// <summary>One paper's page.</summary>
/// <param name="Slug">The slug, which names the page.</param>
/// <param name="Title">The title.</param>
/// <param name="Date">The paper's date.</param>
/// <param name="Authors">The authors, as written.</param>
/// <param name="Publication">Where it was published.</param>
/// <param name="PublicationYear">The year of publication.</param>
/// <param name="Doi">The DOI.</param>
/// <param name="Arxiv">The arXiv id.</param>
/// <param name="Url">The paper's own link.</param>
/// <param name="Summary">The one-line summary.</param>
/// <param name="Terms">Its terms, per taxonomy.</param>
/// <param name="Html">The body as the generator rendered it (raw HTML of the source escaped, unless the project allowed it).</param>
/// <param name="PlainText">The body as plain text, for the search index.</param>
/// <param name="WordCount">The body's word count.</param>
/// <param name="ReadingTime">The body's reading time.</param>
/// <param name="BibTeX">Its BibTeX entry.</param>
internal sealed record SitePaper(
    string Slug,
    string Title,
    DateOnly Date,
    IReadOnlyList<string> Authors,
    string? Publication,
    int? PublicationYear,
    string? Doi,
    string? Arxiv,
    Uri? Url,
    string? Summary,
    IReadOnlyList<SiteTerms> Terms,
    string Html,
    string PlainText,
    int WordCount,
    TimeSpan ReadingTime,
    string BibTeX);

/// <summary>One reading note's page.</summary>
/// <param name="Slug">The slug, which names the page.</param>
/// <param name="Title">The title.</param>
/// <param name="Date">When it was written.</param>
/// <param name="Status">How far the reading got.</param>
/// <param name="Rating">1 to 5, when rated.</param>
/// <param name="PaperSlugs">The slugs of the papers it reads.</param>
/// <param name="Terms">Its terms, per taxonomy.</param>
/// <param name="Html">The body as the generator rendered it.</param>
/// <param name="PlainText">The body as plain text, for the search index.</param>
internal sealed record SiteNote(
    string Slug,
    string Title,
    DateOnly Date,
    string Status,
    int? Rating,
    IReadOnlyList<string> PaperSlugs,
    IReadOnlyList<SiteTerms> Terms,
    string Html,
    string PlainText);
