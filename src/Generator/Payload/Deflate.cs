using System;

namespace ContentGen.Payload;

/// <summary>
/// A raw Deflate encoder (RFC 1951) of our own: greedy LZ77 matching over a 32 KB window, one block with the fixed
/// Huffman codes. The output of <c>System.IO.Compression.DeflateStream</c> depends on the host it runs on (.NET 10
/// uses zlib-ng, .NET Framework, in Visual Studio's compiler and MSBuild, an older zlib), so compressing with it would
/// make the same content give different bytes on different machines. This encoder is a pure function of its input;
/// any Deflate decoder, <c>DeflateStream</c> included, reads its output back.
/// </summary>
internal static class Deflate
{
    private const int WindowSize = 1 << 15;
    private const int HashBits = 15;
    private const int MinMatch = 3;
    private const int MaxMatch = 258;

    /// <summary>How many earlier positions with the same 3-byte hash are tried: more compresses a little better, slower.</summary>
    private const int MaxChain = 24;

    /// <summary>A match this long is taken without looking further.</summary>
    private const int GoodEnough = 64;

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

    public static byte[] Compress(byte[] data, int offset, int count)
    {
        if ((uint)offset > (uint)data.Length || (uint)count > (uint)(data.Length - offset))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        var output = new BitWriter(count / 2 + 64);
        output.Write(1, 1); // the final block
        output.Write(1, 2); // compressed with the fixed codes

        var head = new int[1 << HashBits];
        var previous = new int[WindowSize];
        var end = offset + count;
        var position = offset;
        while (position < end)
        {
            var bestLength = 0;
            var bestDistance = 0;
            if (end - position >= MinMatch)
            {
                var hash = Hash(data, position);
                var candidate = head[hash] - 1;
                var maxLength = Math.Min(MaxMatch, end - position);
                for (var chain = 0; candidate >= offset && position - candidate <= WindowSize && chain < MaxChain; chain++)
                {
                    if (data[candidate + bestLength] == data[position + bestLength])
                    {
                        var length = 0;
                        while (length < maxLength && data[candidate + length] == data[position + length])
                        {
                            length++;
                        }

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

                    var next = previous[candidate & (WindowSize - 1)] - 1;
                    if (next >= candidate)
                    {
                        break;
                    }

                    candidate = next;
                }
            }

            var advance = bestLength >= MinMatch ? bestLength : 1;
            if (bestLength >= MinMatch)
            {
                WriteMatch(output, bestLength, bestDistance);
            }
            else
            {
                var literal = LiteralCodes[data[position]];
                output.Write(literal.Code, literal.Length);
            }

            // Every position the step covers goes into the hash chains, so later text can refer back to any of it.
            for (var i = 0; i < advance; i++, position++)
            {
                if (end - position >= MinMatch)
                {
                    var hash = Hash(data, position);
                    previous[position & (WindowSize - 1)] = head[hash];
                    head[hash] = position + 1;
                }
            }
        }

        var endOfBlock = LiteralCodes[EndOfBlock];
        output.Write(endOfBlock.Code, endOfBlock.Length);
        return output.ToArray();
    }

    private static int Hash(byte[] data, int position)
        => (int)(((uint)((data[position] << 16) | (data[position + 1] << 8) | data[position + 2]) * 2654435761u) >> (32 - HashBits));

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

        public void Write(uint value, int length)
        {
            _bits |= (ulong)value << _bitCount;
            _bitCount += length;
            while (_bitCount >= 8)
            {
                if (_count == _bytes.Length)
                {
                    Array.Resize(ref _bytes, _bytes.Length * 2);
                }

                _bytes[_count++] = (byte)_bits;
                _bits >>= 8;
                _bitCount -= 8;
            }
        }

        public byte[] ToArray()
        {
            if (_bitCount > 0)
            {
                Write(0, 8 - _bitCount);
            }

            var result = new byte[_count];
            Buffer.BlockCopy(_bytes, 0, result, 0, _count);
            return result;
        }
    }
}
