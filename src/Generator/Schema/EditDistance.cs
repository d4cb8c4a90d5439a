using System;
using System.Collections.Generic;
using System.Linq;

namespace ContentGen.Schema;

/// <summary>Levenshtein distance, for "did you mean" suggestions.</summary>
internal static class EditDistance
{
    public static int Compute(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The candidates nearest to a value, for "did you mean": those that contain it, then those within a third of
    /// their length in edits (at least 2), closest first, at most <paramref name="count"/>.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates, int count)
    {
        var wanted = value.ToLowerInvariant();
        var scored = new List<(int Distance, string Candidate)>();
        foreach (var candidate in candidates)
        {
            var lower = candidate.ToLowerInvariant();
            var distance = wanted.Length > 2 && lower.IndexOf(wanted, StringComparison.Ordinal) >= 0 ? 0 : Compute(wanted, lower);
            if (distance <= Math.Max(2, candidate.Length / 3))
            {
                scored.Add((distance, candidate));
            }
        }

        return scored
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(s => s.Candidate)
            .ToList();
    }

    /// <summary>Values as a quoted, comma-separated list for a message: <c>'a', 'b'</c>.</summary>
    public static string QuoteList(IEnumerable<string> values) => string.Join(", ", values.Select(v => "'" + v + "'"));
}
