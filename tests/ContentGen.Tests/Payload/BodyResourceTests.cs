using System.Collections.Generic;
using System.Linq;
using ContentGen.Payload;
using ContentGen.Tests.Infrastructure;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Payload;

public class BodyResourceTests
{
    private static readonly Gen<BodyResourceEntry> Entry =
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 12], Gen.ULong, Gen.Byte.Array[0, 40], Gen.Int[0, 1000])
            .Select((name, hash, data, raw) => new BodyResourceEntry("papers/" + name + ".md", hash, data, raw));

    [Fact]
    public void The_same_bodies_in_any_order_give_the_same_bytes_and_the_same_hash()
    {
        Entry.List[0, 30].Select(entries => entries.GroupBy(e => e.SourcePath).Select(g => g.First()).ToList()).Sample(
            entries =>
            {
                var shuffled = SeededShuffle.Of(entries, seed: entries.Count);

                Assert.Equal(BodyResource.Write(entries, allowRawHtml: false), BodyResource.Write(shuffled, allowRawHtml: false));
                Assert.Equal(
                    BodyResource.HashOf(entries.Select(e => (e.SourcePath, e.BodyHash)), allowRawHtml: false),
                    BodyResource.HashOf(shuffled.Select(e => (e.SourcePath, e.BodyHash)), allowRawHtml: false));
            },
            iter: 200);
    }

    [Fact]
    public void A_written_resource_reads_back_its_entries_for_the_next_builds_cache()
    {
        Entry.List[0, 30].Select(entries => entries.GroupBy(e => e.SourcePath).Select(g => g.First()).OrderBy(e => e.SourcePath, System.StringComparer.Ordinal).ToList()).Sample(
            entries =>
            {
                var read = BodyResource.TryRead(BodyResource.Write(entries, allowRawHtml: true), allowRawHtml: true)!;

                Assert.Equal(entries.Select(e => (e.SourcePath, e.BodyHash, e.RawLength)), read.Select(e => (e.SourcePath, e.BodyHash, e.RawLength)));
                Assert.Equal(entries.Select(e => e.Compressed), read.Select(e => e.Compressed));
            },
            iter: 200);
    }

    [Fact]
    public void A_resource_written_with_the_other_raw_html_setting_is_not_reused()
    {
        var bytes = BodyResource.Write(new[] { new BodyResourceEntry("papers/a.md", 1, new byte[] { 1 }, 1) }, allowRawHtml: false);

        Assert.Null(BodyResource.TryRead(bytes, allowRawHtml: true));
    }

    [Fact]
    public void The_hash_changes_with_any_path_body_or_the_raw_html_setting()
    {
        var bodies = new List<(string, ulong)> { ("papers/a.md", 1), ("papers/b.md", 2) };
        var hash = BodyResource.HashOf(bodies, allowRawHtml: false);

        Assert.NotEqual(hash, BodyResource.HashOf(new[] { ("papers/a.md", 1UL), ("papers/b.md", 3UL) }, allowRawHtml: false));
        Assert.NotEqual(hash, BodyResource.HashOf(new[] { ("papers/a.md", 1UL), ("papers/c.md", 2UL) }, allowRawHtml: false));
        Assert.NotEqual(hash, BodyResource.HashOf(bodies.Take(1), allowRawHtml: false));
        Assert.NotEqual(hash, BodyResource.HashOf(bodies, allowRawHtml: true));
    }

    [Fact]
    public void The_content_hash_is_the_hash_of_one_line_per_body_in_path_order()
        // The hash over the text the format describes, written out here: computed as it goes, it must equal it.
        => Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 12], Gen.ULong).List[0, 30].Select(Gen.Bool).Sample(
            (bodies, allowRawHtml) =>
            {
                var text = new System.Text.StringBuilder(BodyResource.Magic.ToString(System.Globalization.CultureInfo.InvariantCulture) + (allowRawHtml ? "+html" : "-html") + "\n");
                foreach (var (path, hash) in BodyResource.InResourceOrder(bodies, b => b.Item1, b => b.Item2))
                {
                    text.Append(path).Append('\0').Append(hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                }

                Assert.Equal(BodyResource.HashOf(text.ToString()), BodyResource.HashOf(bodies, allowRawHtml));
            });

    [Fact]
    public void The_resource_order_is_one_body_per_path_the_smallest_hash_first_in_input_order_by_path()
        // The order as its summary states it, with LINQ's grouping, against the single sort: paths from a small set, so
        // that most bodies share a path and many a hash too; the index tells equal bodies apart.
        => Gen.Select(Gen.OneOfConst("", "a", "b", "ab", "ba"), Gen.ULong[0, 3]).List[0, 40].Sample(bodies =>
        {
            var indexed = bodies.Select((b, i) => (Path: b.Item1, Hash: b.Item2, Index: i)).ToList();
            var expected = indexed
                .GroupBy(b => b.Path, System.StringComparer.Ordinal)
                .Select(g => g.OrderBy(b => b.Hash).First())
                .OrderBy(b => b.Path, System.StringComparer.Ordinal);
            Assert.Equal(expected, BodyResource.InResourceOrder(indexed, b => b.Path, b => b.Hash));
        });

    [Fact]
    public void Foreign_bytes_are_never_reused_and_never_throw()
        => Gen.Byte.Array[0, 200].Sample(bytes => Assert.Null(BodyResource.TryRead(bytes, allowRawHtml: false)), iter: 2000);

    [Fact]
    public void A_cut_or_damaged_resource_is_not_reused_and_never_throws()
    {
        var entries = new[] { new BodyResourceEntry("papers/a.md", 1, new byte[] { 1, 2, 3 }, 3), new BodyResourceEntry("papers/b.md", 2, new byte[] { 4, 5 }, 2) };
        var bytes = BodyResource.Write(entries, allowRawHtml: false);

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Null(BodyResource.TryRead(bytes[..length], allowRawHtml: false));
        }

        Gen.Int[BodyResource.HeaderLength - 8, bytes.Length - 1].Select(Gen.Byte, (at, value) => (at, value)).Sample(damage =>
        {
            var damaged = (byte[])bytes.Clone();
            damaged[damage.at] = damage.value;
            _ = BodyResource.TryRead(damaged, allowRawHtml: false);
        });
    }
}
