using System;
using System.Globalization;
using ContentGen.Diagnostics;
using ContentGen.Model;

namespace ContentGen.Schema;

/// <summary>Checks between the fields of one paper: the arXiv id against the dates and the DOI, the year against the date.</summary>
internal static class CrossFieldRules
{
    public static void Check(CollectionSpec papers, EquatableArray<FieldValue?> values, DiagnosticList diagnostics)
    {
        var dateValue = values[papers.IndexOf(PaperSchema.Date)];
        var yearValue = values[papers.IndexOf(PaperSchema.PublicationYear)];
        var doiValue = values[papers.IndexOf(PaperSchema.Doi)];
        var arxivValue = values[papers.IndexOf(PaperSchema.Arxiv)];
        DateValue? date = dateValue?.Text is { } dateText ? DateValue.Parse(dateText) : null;
        int? publicationYear = yearValue?.Text is { } yearText ? int.Parse(yearText, CultureInfo.InvariantCulture) : null;

        if (date is { } d && publicationYear is { } year && Math.Abs(year - d.Year) > 1 && yearValue!.Location is { } yearLocation)
        {
            diagnostics.Add(DiagnosticDescriptors.YearDateMismatch, yearLocation, Text(year), Text(d.Year));
        }

        if (arxivValue is { Text: { } arxiv, Location: { } arxivLocation } && ArxivId.PostedMonth(arxiv) is { } posted)
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

        if (doiValue is { Text: { } doi, Location: { } doiLocation } && doi.StartsWith(ArxivId.DoiPrefix, StringComparison.OrdinalIgnoreCase) && arxivValue?.Text is { } arxivId)
        {
            var doiId = doi.Substring(ArxivId.DoiPrefix.Length);
            if (!string.Equals(ArxivId.WithoutVersion(doiId), ArxivId.WithoutVersion(arxivId), StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticDescriptors.DoiArxivMismatch, doiLocation, doi, doiId, arxivId);
            }
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
