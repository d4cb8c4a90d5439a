using System;

namespace ContentGen.Payload;

/// <summary>
/// An encoder of LZ4's block format (<see href="https://github.com/lz4/lz4/blob/dev/doc/lz4_Block_format.md"/>) of
/// our own, for the metadata table: greedy matching (<see cref="MatchFinder"/>) over a 64 KB window. LZ4 has no
/// Huffman stage, so the run time decodes it with byte copies, several times faster than inflating Deflate, which
/// the first access to a collection pays for; the table comes out about as small as with our fixed-code Deflate. A
/// pure function of its input, like <see cref="Deflate"/>, so the generated code is the same on every host; any LZ4
/// block decoder reads its output back.
/// </summary>
internal static class Lz4Block
{
    private const int MinMatch = 4;

    /// <summary>The farthest back a match may start: offsets are two bytes.</summary>
    private const int MaxOffset = ushort.MaxValue;

    /// <summary>The format's end rules: the last five bytes are literals, and the last match starts at least twelve bytes before the end.</summary>
    private const int LastLiterals = 5;

    private const int LastMatchStart = 12;

    /// <summary>
    /// How many earlier positions with the same hash are tried: more than Deflate's, since the table is compressed once
    /// a build and LZ4, without Huffman codes, gains only from longer and farther matches. (One step of lazy matching
    /// on top gained a further 2 % of size for half as much time again, in the compiler's build: not kept.)
    /// </summary>
    private const int MaxChain = 32;

    public static byte[] Compress(byte[] data) => Compress(data, 0, data.Length);

    [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
    public static byte[] Compress(byte[] data, int offset, int count)
    {
        using var matches = MatchFinder.Start(data, offset, count, MaxOffset, MaxChain);
        var output = new Output(count / 2 + 16);
        var end = offset + count;
        var matchStartLimit = end - LastMatchStart;
        var anchor = offset;
        var position = offset;
        while (position <= matchStartLimit)
        {
            var (length, distance) = matches.Longest(position, end - LastLiterals - position);
            if (length < MinMatch)
            {
                matches.Insert(position, 1);
                position++;
                continue;
            }

            output.Sequence(data, anchor, position - anchor, distance, length);
            matches.Insert(position, length);
            position += length;
            anchor = position;
        }

        output.LastLiterals(data, anchor, end - anchor);
        return output.ToArray();
    }

    /// <summary>The sequences of a block, into a growing byte array.</summary>
    private sealed class Output
    {
        private byte[] _bytes;
        private int _count;

        public Output(int capacity) => _bytes = new byte[capacity];

        /// <summary>A token, the literals before a match, the match's offset and the rest of its length.</summary>
        public void Sequence(byte[] data, int start, int literals, int offset, int length)
        {
            var matchLength = length - MinMatch;
            Ensure(1 + (literals / 255) + 1 + literals + 2 + (matchLength / 255) + 1);
            _bytes[_count++] = (byte)((Math.Min(literals, 15) << 4) | Math.Min(matchLength, 15));
            WriteLiterals(data, start, literals);
            _bytes[_count++] = (byte)offset;
            _bytes[_count++] = (byte)(offset >> 8);
            if (matchLength >= 15)
            {
                WriteLength(matchLength - 15);
            }
        }

        /// <summary>The last sequence: literals only.</summary>
        public void LastLiterals(byte[] data, int start, int literals)
        {
            Ensure(1 + (literals / 255) + 1 + literals);
            _bytes[_count++] = (byte)(Math.Min(literals, 15) << 4);
            WriteLiterals(data, start, literals);
        }

        public byte[] ToArray()
        {
            var result = new byte[_count];
            Buffer.BlockCopy(_bytes, 0, result, 0, _count);
            return result;
        }

        private void WriteLiterals(byte[] data, int start, int literals)
        {
            if (literals >= 15)
            {
                WriteLength(literals - 15);
            }

            Buffer.BlockCopy(data, start, _bytes, _count, literals);
            _count += literals;
        }

        /// <summary>What a length adds past its token's 15: bytes of 255, then the rest (which may be 0).</summary>
        private void WriteLength(int rest)
        {
            for (; rest >= 255; rest -= 255)
            {
                _bytes[_count++] = 255;
            }

            _bytes[_count++] = (byte)rest;
        }

        private void Ensure(int more)
        {
            if (_count + more > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _count + more));
            }
        }
    }
}
