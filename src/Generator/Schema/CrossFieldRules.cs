using System;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentGen.Diagnostics;
using ContentGen.Model;

namespace ContentGen.Schema;

/// <summary>Checks between the fields of one paper: the arXiv id against the dates and the DOI, the year against the date.</summary>
internal static class CrossFieldRules
{
    private const string ArxivDoiPrefix = "10.48550/arxiv.";

    private static readonly Regex NewStyle = new(@"^(?<yy>[0-9]{2})(?<mm>[0-9]{2})\.", RegexOptions.CultureInvariant);

    private static readonly Regex OldStyle = new(@"/(?<yy>[0-9]{2})(?<mm>[0-9]{2})[0-9]{3}", RegexOptions.CultureInvariant);

    public static void Check(
        DateValue? date,
        int? publicationYear,
        LocationInfo? yearLocation,
        string? doi,
        LocationInfo? doiLocation,
        string? arxiv,
        LocationInfo? arxivLocation,
        DiagnosticList diagnostics)
    {
        if (date is { } d && publicationYear is { } year && Math.Abs(year - d.Year) > 1 && yearLocation is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.YearDateMismatch, yearLocation, Text(year), Text(d.Year));
        }

        if (arxiv is not null && arxivLocation is not null && PostedMonth(arxiv) is { } posted)
        {
            var postedText = posted.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + posted.Month.ToString("00", CultureInfo.InvariantCulture);
            var postedIndex = (posted.Year * 12) + posted.Month;
            if (date is { } paperDate && Math.Abs(((paperDate.Year * 12) + paperDate.Month) - postedIndex) > 12)
            {
                diagnostics.Add(DiagnosticDescriptors.ArxivIdDateMismatch, arxivLocation, arxiv, postedText, "'date' " + paperDate);
            }
            else if (publicationYear is { } published && (posted.Year > published || posted.Year < published - 3))
            {
                diagnostics.Add(DiagnosticDescriptors.ArxivIdDateMismatch, arxivLocation, arxiv, postedText, "'publication_year' " + Text(published));
            }
        }

        if (doi is not null && doiLocation is not null && doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase) && arxiv is not null)
        {
            var doiId = doi.Substring(ArxivDoiPrefix.Length);
            if (!string.Equals(Indexing.CatalogBuilder.WithoutVersion(doiId), Indexing.CatalogBuilder.WithoutVersion(arxiv), StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticDescriptors.DoiArxivMismatch, doiLocation, doi, doiId, arxiv);
            }
        }
    }

    /// <summary>The year and month an arXiv id was first posted: YYMM of a new-style id, or of the number of an old-style one.</summary>
    public static (int Year, int Month)? PostedMonth(string arxiv)
    {
        var match = NewStyle.Match(arxiv);
        if (!match.Success)
        {
            match = OldStyle.Match(arxiv);
        }

        if (!match.Success)
        {
            return null;
        }

        var yy = int.Parse(match.Groups["yy"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
        // arXiv started in 1991: two-digit years from 91 are 19xx, the rest 20xx.
        return month is >= 1 and <= 12 ? (yy >= 91 ? 1900 + yy : 2000 + yy, month) : null;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
