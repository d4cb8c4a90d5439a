using System;

namespace SampleApp.Citations;

/// <summary>The resolver links of DOIs and arXiv ids.</summary>
internal static class Links
{
    /// <summary><c>https://doi.org/</c> and the DOI, each part escaped.</summary>
    public static Uri Doi(string doi) => new("https://doi.org/" + EscapePath(doi));

    /// <summary>The arXiv abstract page of an id (new-style <c>2401.05566</c> or old-style <c>hep-th/9901001</c>).</summary>
    public static Uri Arxiv(string id) => new("https://arxiv.org/abs/" + EscapePath(id));

    private static string EscapePath(string value) => string.Join('/', Array.ConvertAll(value.Split('/'), Uri.EscapeDataString));
}
