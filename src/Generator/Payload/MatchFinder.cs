using System;

namespace ContentGen.Payload;

/// <summary>
/// Where earlier bytes repeat the bytes at a position: hash chains over three-byte prefixes, the LZ77 half that our
/// Deflate and LZ4 encoders share (they differ in how far back a match may reach, how short and how long it may be,
/// and how they write it). A pure function of the bytes given to <see cref="Start"/>: nothing of an earlier input on
/// the same thread reaches a later one.
/// </summary>
internal sealed class MatchFinder : IDisposable
{
    /// <summary>The farthest back a match may start: LZ4's limit; Deflate asks for less.</summary>
    public const int MaxWindow = 1 << 16;

    private const int HashBits = 15;

    /// <summary>A match up to this long has all its positions inserted into the chains; a longer one, only its first.</summary>
    private const int MaxInsert = 16;

    /// <summary>A match this long is taken without looking further.</summary>
    private const int GoodEnough = 64;

    [ThreadStatic]
    private static MatchFinder? s_current;

    // The chains hold positions biased by a base that grows with every call, so the tables are reused without being
    // cleared: an entry below this call's base is from an earlier call and ends the chain. Allocating them per call put
    // two large-object-heap arrays per body on the garbage collector.
    private readonly int[] _head = new int[1 << HashBits];
    private readonly int[] _previous = new int[MaxWindow];
    private int _base;

    private byte[] _data = Array.Empty<byte>();
    private int _offset;
    private int _end;
    private int _bias;
    private int _window;
    private int _maxChain;

    private MatchFinder()
    {
    }

    /// <summary>
    /// This thread's finder, set to find matches in <paramref name="count"/> bytes of <paramref name="data"/> from
    /// <paramref name="offset"/> on, at most <paramref name="window"/> bytes back, trying at most
    /// <paramref name="maxChain"/> earlier positions with the same hash (more compresses a little better, slower).
    /// Disposed when the encoder is done, so that the finder, which its thread keeps, does not keep the bytes too.
    /// </summary>
    public static MatchFinder Start(byte[] data, int offset, int count, int window, int maxChain)
    {
        if ((uint)offset > (uint)data.Length || (uint)count > (uint)(data.Length - offset))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        if (window < 1 || window > MaxWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(window));
        }

        var finder = s_current;
        if (finder is null || finder._base > int.MaxValue - count - MaxWindow - 2)
        {
            finder = s_current = new MatchFinder();
        }

        finder._data = data;
        finder._offset = offset;
        finder._end = offset + count;
        finder._window = window;
        finder._maxChain = maxChain;
        finder._bias = finder._base - offset;
        finder._base += count + 1;
        return finder;
    }

    /// <summary>Lets go of the bytes (a whole metadata table, kept by a compiler thread until its next call otherwise).</summary>
    public void Dispose() => _data = Array.Empty<byte>();

    /// <summary>
    /// The longest earlier match of the bytes at <paramref name="position"/> found in the chains, at most
    /// <paramref name="maxLength"/> long; length 0 when none is found.
    /// </summary>
    // Fully optimised from the first call (MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not
    // name): the encoders call it for every position, in processes where tiered JIT would start it unoptimised.
    [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
    public (int Length, int Distance) Longest(int position, int maxLength)
    {
        var data = _data;
        if (_end - position < 3 || maxLength < 1)
        {
            return (0, 0);
        }

        var bestLength = 0;
        var bestDistance = 0;
        var candidate = _head[Hash(data, position)] - 1 - _bias;
        for (var chain = 0; candidate >= _offset && position - candidate <= _window && chain < _maxChain; chain++)
        {
            if (data[candidate + bestLength] == data[position + bestLength])
            {
                var length = MatchLength(data, candidate, position, maxLength);
                if (length > bestLength)
                {
                    bestLength = length;
                    bestDistance = position - candidate;
                    if (length >= GoodEnough || length == maxLength)
                    {
                        break;
                    }
                }
            }

            var next = _previous[candidate & (MaxWindow - 1)] - 1 - _bias;
            if (next >= candidate)
            {
                break;
            }

            candidate = next;
        }

        return (bestLength, bestDistance);
    }

    /// <summary>
    /// Records the <paramref name="advance"/> positions from <paramref name="position"/> on (the encoder's step over
    /// them), so later bytes can refer back to them; inside a long match only its first (as zlib's faster levels do):
    /// the rest of a long match is rarely where a later one starts.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
    public void Insert(int position, int advance)
    {
        var data = _data;
        var inserted = advance <= MaxInsert ? advance : 1;
        for (var i = position; i < position + inserted && _end - i >= 3; i++)
        {
            var hash = Hash(data, i);
            _previous[i & (MaxWindow - 1)] = _head[hash];
            _head[hash] = i + 1 + _bias;
        }
    }

    /// <summary>How many bytes from <paramref name="candidate"/> on equal those from <paramref name="position"/> on, up to <paramref name="maxLength"/>; eight at a time.</summary>
    [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
    private static int MatchLength(byte[] data, int candidate, int position, int maxLength)
    {
        var bytes = new ReadOnlySpan<byte>(data);
        var length = 0;
        while (length + 8 <= maxLength
            && System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes.Slice(candidate + length)) == System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes.Slice(position + length)))
        {
            length += 8;
        }

        while (length < maxLength && data[candidate + length] == data[position + length])
        {
            length++;
        }

        return length;
    }

    private static int Hash(byte[] data, int position)
        => (int)(((uint)((data[position] << 16) | (data[position + 1] << 8) | data[position + 2]) * 2654435761u) >> (32 - HashBits));
}
