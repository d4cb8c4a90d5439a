using System;
using System.Collections.Generic;
using System.Linq;

namespace SampleApp.Cli;

/// <summary>The known names closest to one that was not found, for "did you mean" messages.</summary>
internal static class NearestMatches
{
    /// <summary>
    /// Up to <paramref name="count"/> candidates, nearest first (those containing the text, or contained in it, before
    /// the rest, then by edit distance, ignoring case). Only close ones when there are any (a third of the text's
    /// length or two edits at most); otherwise the nearest there are, so a message always names some.
    /// </summary>
    public static IReadOnlyList<string> Find(string text, IEnumerable<string> candidates, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = text.Trim();
        var ranked = candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(candidate => (Candidate: candidate, Score: Score(wanted, candidate)))
            .OrderBy(pair => pair.Score)
            .ThenBy(pair => pair.Candidate, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var close = ranked.Where(pair => pair.Score <= Math.Max(2, wanted.Length / 3)).ToList();
        return (close.Count > 0 ? close : ranked).Take(count).Select(pair => pair.Candidate).ToList();
    }

    /// <summary>"did you mean 'a', 'b' or 'c'?" wording of <see cref="Find"/>.</summary>
    public static string Suggest(string text, IEnumerable<string> candidates)
    {
        var nearest = Find(text, candidates);
        return nearest.Count switch
        {
            0 => "there is nothing to choose from",
            1 => $"did you mean '{nearest[0]}'?",
            _ => $"did you mean {string.Join(", ", nearest.Take(nearest.Count - 1).Select(n => $"'{n}'"))} or '{nearest[^1]}'?",
        };
    }

    private static int Score(string wanted, string candidate)
    {
        var distance = Distance(wanted, candidate);
        var related = wanted.Length > 0
            && (candidate.Contains(wanted, StringComparison.OrdinalIgnoreCase) || wanted.Contains(candidate, StringComparison.OrdinalIgnoreCase));
        return related ? distance - 1000 : distance;
    }

    /// <summary>Levenshtein distance, ignoring case, in two rows.</summary>
    internal static int Distance(string a, string b)
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
                var same = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
