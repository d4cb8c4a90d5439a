using System;

namespace ContentGen.Parsing;

/// <summary>
/// Short strings cut from files' texts, shared: the same key, taxonomy term, author or venue written in thousands of
/// files becomes one string instead of one per file. The compiler server keeps every file's typed values between builds
/// (the incremental driver's state), so repeated short values were a large part of what it kept. A string is only ever
/// shared with an equal one, so nothing but memory depends on the pool.
/// </summary>
/// <remarks>
/// A small direct-mapped table per thread: no locks, bounded (a slot holds the last string that hashed to it), and
/// nothing kept alive but a few thousand short strings per thread that parsed.
/// </remarks>
internal static class StringPool
{
    /// <summary>Longer strings are rarely repeated (titles, summaries) and are cut as they are.</summary>
    private const int MaxLength = 48;

    private const int Slots = 4096;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>The characters of <paramref name="text"/> from <paramref name="start"/> on, <paramref name="length"/> of them, as a string.</summary>
    public static string Cut(string text, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        var slots = t_slots ??= new string?[Slots];
        var slot = (int)(hash & (Slots - 1));
        var pooled = slots[slot];
        if (pooled is not null && pooled.Length == length && string.CompareOrdinal(pooled, 0, text, start, length) == 0)
        {
            return pooled;
        }

        return slots[slot] = text.Substring(start, length);
    }
}
