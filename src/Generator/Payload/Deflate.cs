using System;

namespace ContentGen.Payload;

/// <summary>
/// A raw Deflate encoder (RFC 1951) of our own: greedy LZ77 matching (<see cref="MatchFinder"/>) over a 32 KB window,
/// one block with the fixed Huffman codes. The output of <c>System.IO.Compression.DeflateStream</c> depends on the
/// host it runs on (.NET 10 uses zlib-ng, .NET Framework, in Visual Studio's compiler and MSBuild, an older zlib), so
/// compressing with it would make the same content give different bytes on different machines. This encoder is a pure
/// function of its input; any Deflate decoder, <c>DeflateStream</c> included, reads its output back.
/// </summary>
internal static class Deflate
{
    private const int WindowSize = 1 << 15;
    private const int MinMatch = 3;
    private const int MaxMatch = 258;

    /// <summary>How many earlier positions with the same hash are tried: the build step compresses every body.</summary>
    private const int MaxChain = 8;

    private const int EndOfBlock = 256;

    private static readonly int[] LengthBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
    private static readonly int[] LengthExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
    private static readonly int[] DistanceBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
    private static readonly int[] DistanceExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };

    /// <summary>Per literal/length symbol, its fixed Huffman code with the bits reversed (Deflate writes codes high bit first), and its length.</summary>
    private static readonly (uint Code, int Length)[] LiteralCodes = CreateLiteralCodes();

    /// <summary>Per match length (3–258), its length symbol's index in <see cref="LengthBase"/>.</summary>
    private static readonly byte[] LengthIndex = CreateLengthIndex();

    public static byte[] Compress(byte[] data) => Compress(data, 0, data.Length);

    // Fully optimised from the first call (MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not
    // name): the build step calls this for every body once, in a process where tiered JIT would start it unoptimised.
    [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
    public static byte[] Compress(byte[] data, int offset, int count)
    {
        var output = new BitWriter(count / 2 + 64);
        output.Write(1, 1); // the final block
        output.Write(1, 2); // compressed with the fixed codes

        using var matches = MatchFinder.Start(data, offset, count, WindowSize, MaxChain);
        var end = offset + count;
        var position = offset;
        while (position < end)
        {
            var (length, distance) = matches.Longest(position, Math.Min(MaxMatch, end - position));
            var advance = length >= MinMatch ? length : 1;
            if (length >= MinMatch)
            {
                WriteMatch(output, length, distance);
            }
            else
            {
                var literal = LiteralCodes[data[position]];
                output.Write(literal.Code, literal.Length);
            }

            matches.Insert(position, advance);
            position += advance;
        }

        var endOfBlock = LiteralCodes[EndOfBlock];
        output.Write(endOfBlock.Code, endOfBlock.Length);
        return output.ToArray();
    }

    private static void WriteMatch(BitWriter output, int length, int distance)
    {
        var lengthIndex = LengthIndex[length];
        var lengthCode = LiteralCodes[257 + lengthIndex];
        output.Write(lengthCode.Code, lengthCode.Length);
        output.Write((uint)(length - LengthBase[lengthIndex]), LengthExtra[lengthIndex]);

        var distanceIndex = DistanceIndex(distance);
        output.Write(Reverse((uint)distanceIndex, 5), 5);
        output.Write((uint)(distance - DistanceBase[distanceIndex]), DistanceExtra[distanceIndex]);
    }

    private static int DistanceIndex(int distance)
    {
        var index = DistanceBase.Length - 1;
        while (DistanceBase[index] > distance)
        {
            index--;
        }

        return index;
    }

    private static (uint Code, int Length)[] CreateLiteralCodes()
    {
        var codes = new (uint Code, int Length)[288];
        for (var symbol = 0; symbol < codes.Length; symbol++)
        {
            var (code, length) = symbol switch
            {
                < 144 => (0x30 + symbol, 8),
                < 256 => (0x190 + symbol - 144, 9),
                < 280 => (symbol - 256, 7),
                _ => (0xC0 + symbol - 280, 8),
            };
            codes[symbol] = (Reverse((uint)code, length), length);
        }

        return codes;
    }

    private static byte[] CreateLengthIndex()
    {
        var index = new byte[MaxMatch + 1];
        for (var length = MinMatch; length <= MaxMatch; length++)
        {
            var i = LengthBase.Length - 1;
            while (LengthBase[i] > length)
            {
                i--;
            }

            index[length] = (byte)i;
        }

        return index;
    }

    private static uint Reverse(uint code, int length)
    {
        uint reversed = 0;
        for (var i = 0; i < length; i++)
        {
            reversed = (reversed << 1) | ((code >> i) & 1);
        }

        return reversed;
    }

    /// <summary>Bits, low bit first, into a growing byte array.</summary>
    private sealed class BitWriter
    {
        private byte[] _bytes;
        private int _count;
        private ulong _bits;
        private int _bitCount;

        public BitWriter(int capacity) => _bytes = new byte[Math.Max(64, capacity)];

        // Bits gather in a 64-bit word and leave it four bytes at a time: a call per literal is the encoder's inner loop.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Write(uint value, int length)
        {
            _bits |= (ulong)value << _bitCount;
            _bitCount += length;
            if (_bitCount >= 32)
            {
                Flush32();
            }
        }

        private void Flush32()
        {
            if (_count + 4 > _bytes.Length)
            {
                Array.Resize(ref _bytes, _bytes.Length * 2);
            }

            _bytes[_count] = (byte)_bits;
            _bytes[_count + 1] = (byte)(_bits >> 8);
            _bytes[_count + 2] = (byte)(_bits >> 16);
            _bytes[_count + 3] = (byte)(_bits >> 24);
            _count += 4;
            _bits >>= 32;
            _bitCount -= 32;
        }

        public byte[] ToArray()
        {
            // The last whole bytes, then the last bits padded to a byte.
            while (_bitCount > 0)
            {
                if (_count == _bytes.Length)
                {
                    Array.Resize(ref _bytes, _bytes.Length * 2);
                }

                _bytes[_count++] = (byte)_bits;
                _bits >>= 8;
                _bitCount -= Math.Min(8, _bitCount);
            }

            var result = new byte[_count];
            Buffer.BlockCopy(_bytes, 0, result, 0, _count);
            return result;
        }
    }
}
