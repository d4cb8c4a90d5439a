using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ContentGen.Payload;

/// <summary>One body in the body resource: the content file it comes from, the hash of its Markdown, and its payload.</summary>
/// <param name="SourcePath">The file's path relative to the content root, <c>/</c>-separated: the key the generated code looks it up by.</param>
/// <param name="BodyHash">The hash of the body's Markdown (<see cref="BodyResource.HashOf(string)"/>).</param>
/// <param name="Compressed">The body's <see cref="BodyPayload"/>, compressed with <see cref="Deflate"/>.</param>
/// <param name="RawLength">The payload's length before compression.</param>
internal sealed record BodyResourceEntry(string SourcePath, ulong BodyHash, byte[] Compressed, int RawLength);

/// <summary>
/// The manifest resource that holds every body of an assembly's content, written by ContentGen's build step
/// (Build/RenderBodies) and read by the generated run time (<c>BodyStore</c> in EmbeddedResources/ContentGenRuntime.cs).
/// Layout, little-endian: a header (magic, flags, the content hash, the count, the length of the paths), then per body
/// its index entry (path start and length, body hash, data start and length, raw length), sorted by path, then the
/// paths in UTF-8, then the compressed bodies. The content hash is also compiled into the generated code
/// (<see cref="HashOf(IEnumerable{ValueTuple{string, ulong}}, bool)"/>), so the two can be checked against each other.
/// </summary>
internal static class BodyResource
{
    /// <summary>The resource's name in the assembly.</summary>
    public const string Name = "ContentGen.Bodies";

    /// <summary>"CGB" and the format's version (2: bodies carry their cited keys): a resource of another version is neither read nor reused.</summary>
    public const uint Magic = 0x02424743;

    public const int HeaderLength = 24;

    public const int IndexEntryLength = 28;

    private const int FlagAllowRawHtml = 1;

    /// <summary>
    /// The hash of one body's Markdown: 64-bit FNV-1a over its UTF-16 code units, the same on every host and run. Kept
    /// here rather than in Naming because the build step runs it inside MSBuild, where nothing may touch the compiler's types.
    /// </summary>
    public static ulong HashOf(string markdown) => HashOf(markdown.AsSpan());

    /// <inheritdoc cref="HashOf(string)"/>
    public static ulong HashOf(ReadOnlySpan<char> markdown) => Continue(14695981039346656037UL, markdown);

    /// <summary>FNV-1a from <paramref name="hash"/> on over <paramref name="text"/>: the hash of what came before and then <paramref name="text"/>.</summary>
    private static ulong Continue(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }

    /// <summary>
    /// The content hash of a set of bodies: what the generator compiles into the generated code and the build step
    /// writes into the resource. It depends on every path and body and on the rendering option, never on their order.
    /// </summary>
    public static ulong HashOf(IEnumerable<(string SourcePath, ulong BodyHash)> bodies, bool allowRawHtml)
    {
        // The hash of the text "magic±html\n" and "path\0hash\n" per body, hashed as it goes: the text itself, one
        // line per body, was a large-object string in the compiler server.
        var hash = HashOf(Magic.ToString(System.Globalization.CultureInfo.InvariantCulture) + (allowRawHtml ? "+html" : "-html") + "\n");
        Span<char> hex = stackalloc char[16];
        foreach (var (path, bodyHash) in InResourceOrder(bodies, b => b.SourcePath, b => b.BodyHash))
        {
            hash = Continue(hash, path.AsSpan());
            hash = Continue(hash, "\0".AsSpan());
            hash = Continue(hash, Hex(bodyHash, hex));
            hash = Continue(hash, "\n".AsSpan());
        }

        return hash;
    }

    /// <summary>
    /// The order of the bodies in the resource: by path, ordinal. Two files with one path (which one build cannot
    /// have, but a hand-made list can) keep the one with the smaller hash, so the result never depends on input order.
    /// </summary>
    public static IEnumerable<T> InResourceOrder<T>(IEnumerable<T> bodies, Func<T, string> path, Func<T, ulong> hash)
    {
        // One stable sort by path, then hash, and the first of each path: no group per body, which every body edit paid
        // for 10,000 times over in the compiler server.
        string? previous = null;
        foreach (var body in bodies.OrderBy(path, StringComparer.Ordinal).ThenBy(hash))
        {
            var current = path(body);
            if (previous is null || !string.Equals(current, previous, StringComparison.Ordinal))
            {
                previous = current;
                yield return body;
            }
        }
    }

    /// <summary><paramref name="value"/> as 16 lower-case hexadecimal digits (<c>x16</c>), written into <paramref name="digits"/>.</summary>
    private static ReadOnlySpan<char> Hex(ulong value, Span<char> digits)
    {
        for (var i = 15; i >= 0; i--)
        {
            digits[i] = "0123456789abcdef"[(int)(value & 0xF)];
            value >>= 4;
        }

        return digits;
    }

    public static byte[] Write(IEnumerable<BodyResourceEntry> bodies, bool allowRawHtml)
    {
        var entries = InResourceOrder(bodies, e => e.SourcePath, e => e.BodyHash).ToList();
        var paths = entries.Select(e => Encoding.UTF8.GetBytes(e.SourcePath)).ToList();
        var pathsLength = paths.Sum(p => p.Length);
        var dataLength = entries.Sum(e => (long)e.Compressed.Length);
        var total = HeaderLength + ((long)IndexEntryLength * entries.Count) + pathsLength + dataLength;
        if (total > int.MaxValue)
        {
            throw new InvalidOperationException("The bodies take " + total + " bytes, more than one resource can hold (2 GB).");
        }

        var bytes = new byte[total];
        var position = 0;
        Put(bytes, ref position, Magic);
        Put(bytes, ref position, allowRawHtml ? FlagAllowRawHtml : 0);
        Put(bytes, ref position, HashOf(entries.Select(e => (e.SourcePath, e.BodyHash)), allowRawHtml));
        Put(bytes, ref position, entries.Count);
        Put(bytes, ref position, pathsLength);
        int pathStart = 0, dataStart = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            Put(bytes, ref position, pathStart);
            Put(bytes, ref position, paths[i].Length);
            Put(bytes, ref position, entries[i].BodyHash);
            Put(bytes, ref position, dataStart);
            Put(bytes, ref position, entries[i].Compressed.Length);
            Put(bytes, ref position, entries[i].RawLength);
            pathStart += paths[i].Length;
            dataStart += entries[i].Compressed.Length;
        }

        foreach (var path in paths)
        {
            Buffer.BlockCopy(path, 0, bytes, position, path.Length);
            position += path.Length;
        }

        foreach (var entry in entries)
        {
            Buffer.BlockCopy(entry.Compressed, 0, bytes, position, entry.Compressed.Length);
            position += entry.Compressed.Length;
        }

        return bytes;
    }

    /// <summary>
    /// The entries of a resource written before, for reuse by the next build; null when it is not one (another
    /// version, another rendering option, or damaged), so the build renders everything anew.
    /// </summary>
    public static List<BodyResourceEntry>? TryRead(byte[] bytes, bool allowRawHtml)
    {
        try
        {
            var position = 0;
            if (bytes.Length < HeaderLength || GetUInt(bytes, ref position) != Magic || GetInt(bytes, ref position) != (allowRawHtml ? FlagAllowRawHtml : 0))
            {
                return null;
            }

            position += 8;
            var count = GetInt(bytes, ref position);
            var pathsLength = GetInt(bytes, ref position);
            var pathsStart = HeaderLength + ((long)IndexEntryLength * count);
            var dataStart = pathsStart + pathsLength;
            if (count < 0 || pathsLength < 0 || dataStart > bytes.Length)
            {
                return null;
            }

            var entries = new List<BodyResourceEntry>(count);
            for (var i = 0; i < count; i++)
            {
                var pathOffset = GetInt(bytes, ref position);
                var pathLength = GetInt(bytes, ref position);
                var bodyHash = GetULong(bytes, ref position);
                var dataOffset = GetInt(bytes, ref position);
                var dataLength = GetInt(bytes, ref position);
                var rawLength = GetInt(bytes, ref position);
                if (pathOffset < 0 || pathLength < 0 || (long)pathOffset + pathLength > pathsLength || dataOffset < 0 || dataLength < 0 || dataStart + dataOffset + dataLength > bytes.Length)
                {
                    return null;
                }

                var compressed = new byte[dataLength];
                Buffer.BlockCopy(bytes, (int)(dataStart + dataOffset), compressed, 0, dataLength);
                entries.Add(new BodyResourceEntry(Encoding.UTF8.GetString(bytes, (int)(pathsStart + pathOffset), pathLength), bodyHash, compressed, rawLength));
            }

            return entries;
        }
        catch (Exception exception) when (exception is ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    // Little-endian, as the run time's BodyStore reads them (System.Buffers.Binary on both sides).
    private static void Put(byte[] bytes, ref int position, int value) => Put(bytes, ref position, unchecked((uint)value));

    private static void Put(byte[] bytes, ref int position, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(position), value);
        position += 4;
    }

    private static void Put(byte[] bytes, ref int position, ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(position), value);
        position += 8;
    }

    private static uint GetUInt(byte[] bytes, ref int position)
    {
        var value = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position));
        position += 4;
        return value;
    }

    private static int GetInt(byte[] bytes, ref int position) => unchecked((int)GetUInt(bytes, ref position));

    private static ulong GetULong(byte[] bytes, ref int position)
    {
        var value = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(position));
        position += 8;
        return value;
    }
}
