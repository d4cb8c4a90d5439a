using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentGen.Schema;

/// <summary>
/// Everything ContentGen knows about arXiv identifiers, in one place: which are valid, when an id was first posted,
/// and an id without its version. (The generated run time has its own <c>WithoutVersion</c>, for <c>FindByArxiv</c>.)
/// </summary>
internal static class ArxivId
{
    /// <summary>The prefix of the DOI arXiv gives every paper: <c>10.48550/arXiv.2401.05566</c>.</summary>
    public const string DoiPrefix = "10.48550/arxiv.";

    private static readonly Regex NewStylePattern = new(@"^(?<yy>[0-9]{2})(?<mm>[0-9]{2})\.(?<n>[0-9]{4,5})(?:v[1-9][0-9]*)?$", RegexOptions.CultureInvariant);

    private static readonly Regex OldStylePattern = new(@"^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/[0-9]{7}(?:v[1-9][0-9]*)?$", RegexOptions.CultureInvariant);

    private static readonly Regex NewStylePrefix = new(@"^(?<yy>[0-9]{2})(?<mm>[0-9]{2})\.", RegexOptions.CultureInvariant);

    private static readonly Regex OldStyleNumber = new(@"/(?<yy>[0-9]{2})(?<mm>[0-9]{2})[0-9]{3}", RegexOptions.CultureInvariant);

    /// <summary>Whether a value is an arXiv identifier, new style (<c>2401.05566</c>) or old style (<c>hep-th/9901001</c>).</summary>
    public static bool IsValid(string value) => IsNewStyle(value) || OldStylePattern.IsMatch(value);

    /// <summary>An id without its version suffix: 2401.05566v2 → 2401.05566.</summary>
    public static string WithoutVersion(string arxiv)
    {
        var v = arxiv.LastIndexOf('v');
        if (v <= 0 || v == arxiv.Length - 1 || !char.IsDigit(arxiv[v - 1]))
        {
            return arxiv;
        }

        for (var i = v + 1; i < arxiv.Length; i++)
        {
            if (!char.IsDigit(arxiv[i]))
            {
                return arxiv;
            }
        }

        return arxiv.Substring(0, v);
    }

    /// <summary>The year and month an arXiv id was first posted: YYMM of a new-style id, or of the number of an old-style one.</summary>
    public static (int Year, int Month)? PostedMonth(string arxiv)
    {
        var match = NewStylePrefix.Match(arxiv);
        if (!match.Success)
        {
            match = OldStyleNumber.Match(arxiv);
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

    /// <summary>
    /// A new-style arXiv id: YYMM from 0704 (when the scheme began), a real month, and a 4-digit number up to
    /// 1412 or a 5-digit one from 1501, as arXiv assigns them.
    /// </summary>
    private static bool IsNewStyle(string value)
    {
        var match = NewStylePattern.Match(value);
        if (!match.Success)
        {
            return false;
        }

        var yy = int.Parse(match.Groups["yy"].Value, CultureInfo.InvariantCulture);
        var mm = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
        var digits = match.Groups["n"].Value.Length;
        return mm is >= 1 and <= 12 && (yy > 7 || (yy == 7 && mm >= 4)) && digits == (yy >= 15 ? 5 : 4);
    }
}
