using ContentGen.Parsing;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Parsing;

public sealed class StringPoolTests
{
    [Fact]
    public void A_cut_is_the_substring_whatever_was_cut_before()
        => Gen.Select(Gen.String[Gen.Char['a', 'd'], 0, 80], Gen.Int[0, 80], Gen.Int[0, 80]).Sample((text, a, b) =>
        {
            var start = System.Math.Min(a, text.Length);
            var length = System.Math.Min(b, text.Length - start);
            return StringPool.Cut(text, start, length) == text.Substring(start, length);
        }, iter: 50_000);

    [Fact]
    public void The_same_short_value_in_two_files_is_one_string_and_a_long_one_is_not_shared()
    {
        var first = "authors: [\"Hubinger, E.\"]\ntitle: " + new string('x', 60);
        var second = "tags: [\"Hubinger, E.\"]\ntitle: " + new string('x', 60);

        Assert.Same(StringPool.Cut(first, 11, 12), StringPool.Cut(second, 8, 12));
        Assert.NotSame(StringPool.Cut(first, first.Length - 60, 60), StringPool.Cut(second, second.Length - 60, 60));
    }
}
