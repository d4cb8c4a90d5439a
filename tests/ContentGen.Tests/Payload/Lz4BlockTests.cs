using System;
using System.Linq;
using System.Text;
using ContentGen.Payload;
using CsCheck;
using K4os.Compression.LZ4;
using Xunit;
using RuntimePayload = ContentGen.Runtime.Payload;

namespace ContentGen.Tests.Payload;

public class Lz4BlockTests
{
    private static readonly Gen<byte[]> Text = Gen.OneOfConst("the", "model", "<p>", "</p>", "deception", "safety", " ", "\n", "## Key Findings", "backdoor", "é", "—", "\0\u0001")
        .Array[0, 8_000].Select(w => Encoding.UTF8.GetBytes(string.Concat(w)));

    /// <summary>The bytes an LZ4 block holds, decoded by K4os.Compression.LZ4 (an implementation that is not ours).</summary>
    private static byte[] DecodeWithK4os(byte[] block, int length)
    {
        if (length == 0)
        {
            // K4os answers -1 for any empty output; LZ4's reference writes an empty input as one zero token, as we do.
            Assert.Equal(new byte[] { 0 }, block);
            return [];
        }

        var output = new byte[length];
        Assert.Equal(length, LZ4Codec.Decode(block, 0, block.Length, output, 0, output.Length));
        return output;
    }

    [Fact]
    public void Any_bytes_come_back_unchanged_through_the_run_times_decoder_and_through_K4os()
        => Gen.Byte.Array[0, 70_000].Sample(
            data =>
            {
                var block = Lz4Block.Compress(data);
                Assert.Equal(data, RuntimePayload.DecodeLz4(block, data.Length));
                Assert.Equal(data, DecodeWithK4os(block, data.Length));
            },
            iter: 200);

    [Fact]
    public void The_decoder_reads_the_same_with_word_copies_as_with_a_call_per_copy()
        // The run time copies short runs as words in an optimised build and with one call each in a debug build (the
        // tests run as the latter): both ways read every block, K4os's included, the same.
        => Gen.OneOf(Text, Gen.Byte.Array[1, 5_000]).Select(Gen.Bool).Sample(
            (data, theirs) =>
            {
                var block = theirs ? EncodeWithK4os(data) : Lz4Block.Compress(data);
                Assert.Equal(data, RuntimePayload.DecodeLz4(block, data.Length, wordCopies: true));
                Assert.Equal(data, RuntimePayload.DecodeLz4(block, data.Length, wordCopies: false));
            },
            iter: 500);

    [Fact]
    public void Text_with_repeats_comes_back_unchanged_and_compresses()
        => Text.Sample(
            data =>
            {
                var block = Lz4Block.Compress(data);
                Assert.Equal(data, RuntimePayload.DecodeLz4(block, data.Length));
                Assert.Equal(data, DecodeWithK4os(block, data.Length));
                Assert.True(data.Length < 1000 || block.Length < data.Length / 2, data.Length + " bytes compressed to " + block.Length);
            },
            iter: 200);

    [Fact]
    public void Blocks_written_by_K4os_decode_with_the_run_times_decoder()
        // Not empty input, which K4os writes as no bytes at all (LZ4's reference, and we, as one zero token).
        => Gen.OneOf(Text, Gen.Byte.Array[0, 5_000]).Where(data => data.Length > 0).Select(Gen.Bool).Sample(
            (data, highCompression) => Assert.Equal(data, RuntimePayload.DecodeLz4(EncodeWithK4os(data, highCompression), data.Length)),
            iter: 300);

    [Fact]
    public void Matches_reach_back_the_whole_64_KB_window_and_runs_overlap_what_they_copy()
    {
        var block = Enumerable.Range(0, 60_000).Select(i => (byte)(i * 7919 % 251)).ToArray();
        var data = block.Concat(new byte[5_000]).Concat(block).Concat(Enumerable.Repeat((byte)'a', 300)).ToArray();

        var compressed = Lz4Block.Compress(data);

        Assert.Equal(data, RuntimePayload.DecodeLz4(compressed, data.Length));
        Assert.Equal(data, DecodeWithK4os(compressed, data.Length));
        Assert.True(compressed.Length < block.Length + 2_000, "the repeat of 60,000 bytes 65,000 back was not found: " + compressed.Length + " bytes");
    }

    [Fact]
    public void The_last_five_bytes_are_literals_and_the_last_match_starts_twelve_before_the_end()
        => Gen.Int[0, 40].Select(Gen.Int[1, 4]).Sample(
            (count, period) =>
            {
                // A short run compresses as one long match; the format's end rules cut it short.
                var data = Enumerable.Range(0, count).Select(i => (byte)(i % period)).ToArray();
                var block = Lz4Block.Compress(data);
                Assert.Equal(data, DecodeWithK4os(block, data.Length));
                var (lastLiterals, lastMatch) = LastSequence(block);
                Assert.True(lastLiterals >= Math.Min(5, count), count + " bytes ended with " + lastLiterals + " literals");
                Assert.True(lastMatch is null || lastMatch.Value.Start <= count - 12, "the last match started at " + lastMatch + " of " + count);
                Assert.True(count < 20 || lastMatch is not null, "a run of " + count + " bytes had no match");
            });

    [Fact]
    public void The_encoders_keep_nothing_of_what_they_compressed()
    {
        // The match finder is kept per thread, between calls: it must not keep the last input (a whole metadata table,
        // in a compiler server's thread) alive with it.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        static (WeakReference Lz4, WeakReference Deflate) CompressOnce()
        {
            var forLz4 = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("sleeper agents ", 10_000)));
            var forDeflate = (byte[])forLz4.Clone();
            Lz4Block.Compress(forLz4);
            ContentGen.Payload.Deflate.Compress(forDeflate);
            return (new WeakReference(forLz4), new WeakReference(forDeflate));
        }

        var (lz4, deflate) = CompressOnce();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(lz4.IsAlive, "the LZ4 encoder kept its input");
        Assert.False(deflate.IsAlive, "the Deflate encoder kept its input");
    }

    [Fact]
    public void A_slice_of_an_array_compresses_as_the_same_bytes_on_their_own()
    {
        var data = Encoding.UTF8.GetBytes("prefix|" + string.Concat(Enumerable.Repeat("sleeper agents ", 50)) + "|suffix");

        Assert.Equal(Lz4Block.Compress(data[7..^7]), Lz4Block.Compress(data, 7, data.Length - 14));
    }

    [Fact]
    public void Damaged_blocks_throw_the_run_times_damaged_data_exception_and_nothing_else()
        => Text.Select(Gen.Int[0, 1_000_000], Gen.Byte, Gen.Int[-3, 3]).Sample(
            (data, where, value, lengthChange) =>
            {
                var block = Lz4Block.Compress(data);
                if (block.Length > 0)
                {
                    block[where % block.Length] = value;
                }

                var cut = block[..Math.Max(0, block.Length - (where % 3))];
                foreach (var damaged in new[] { block, cut })
                {
                    foreach (var wordCopies in new[] { true, false })
                    {
                        try
                        {
                            RuntimePayload.DecodeLz4(damaged, Math.Max(0, data.Length + lengthChange), wordCopies);
                        }
                        catch (InvalidOperationException e) when (e.Message.Contains("rebuild the project", StringComparison.Ordinal))
                        {
                        }
                    }
                }
            },
            iter: 2_000);

    [Theory]
    [InlineData(new byte[0], 0)] // no token
    [InlineData(new byte[] { 0x10 }, 1)] // a literal promised, none there
    [InlineData(new byte[] { 0x10, 65, 1 }, 5)] // an offset cut in half
    [InlineData(new byte[] { 0x10, 65, 2, 0 }, 5)] // an offset before the start
    [InlineData(new byte[] { 0x10, 65, 0, 0 }, 5)] // offset 0
    [InlineData(new byte[] { 0xF0, 255, 255 }, 300)] // a length that never ends
    [InlineData(new byte[] { 0x10, 65 }, 2)] // fewer bytes than said
    [InlineData(new byte[] { 0x20, 65, 66 }, 1)] // more bytes than said
    public void Hand_made_damage_is_reported(byte[] block, int length)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RuntimePayload.DecodeLz4(block, length));
        Assert.Contains("rebuild the project", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An LZ4 block of <paramref name="data"/> (not empty) written by K4os.Compression.LZ4.</summary>
    private static byte[] EncodeWithK4os(byte[] data, bool highCompression = false)
    {
        var block = new byte[LZ4Codec.MaximumOutputSize(data.Length)];
        var length = LZ4Codec.Encode(data, 0, data.Length, block, 0, block.Length, highCompression ? LZ4Level.L12_MAX : LZ4Level.L00_FAST);
        return block[..length];
    }

    /// <summary>How many literals the block's last sequence has, and where the output of its last match starts, if it has one.</summary>
    private static (int LastLiterals, (int Start, int Length)? LastMatch) LastSequence(byte[] block)
    {
        int next = 0, at = 0;
        (int Start, int Length)? lastMatch = null;
        while (true)
        {
            int token = block[next++];
            var literals = token >> 4;
            if (literals == 15)
            {
                int b;
                do
                {
                    literals += b = block[next++];
                }
                while (b == 255);
            }

            next += literals;
            at += literals;
            if (next == block.Length)
            {
                return (literals, lastMatch);
            }

            next += 2;
            var match = (token & 15) + 4;
            if (match == 19)
            {
                int b;
                do
                {
                    match += b = block[next++];
                }
                while (b == 255);
            }

            lastMatch = (at, match);
            at += match;
        }
    }
}
