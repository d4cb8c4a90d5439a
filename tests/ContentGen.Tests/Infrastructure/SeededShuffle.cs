using System;
using System.Collections.Generic;

namespace ContentGen.Tests.Infrastructure;

/// <summary>
/// A Fisher–Yates shuffle driven by one <see cref="Random"/> made from the seed: every permutation can come out, and the
/// same seed gives the same order on every run and machine (a seeded <see cref="Random"/> keeps its sequence across .NET
/// versions), so a failing order can be replayed from the seed in the failure message.
/// </summary>
internal static class SeededShuffle
{
    public static List<T> Of<T>(IEnumerable<T> items, int seed)
    {
        var list = new List<T>(items);
        var random = new Random(seed);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
