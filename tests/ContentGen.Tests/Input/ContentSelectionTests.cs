using System;
using System.Linq;
using ContentGen.Input;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Input;

public sealed class ContentSelectionTests
{
    [Theory]
    [InlineData("/work/app/content/papers/a.md", "/work/app/content/papers/a.md")]
    [InlineData("content/papers/a.md", "content/papers/a.md")]
    [InlineData("C:\\work\\app\\content\\a.md", "C:/work/app/content/a.md")]
    [InlineData("/work//app/./content/../content/a.md", "/work/app/content/a.md")]
    [InlineData("a/b/", "a/b")]
    [InlineData("../a/./b/..", "../a")]
    [InlineData("/", "/")]
    [InlineData("", "")]
    [InlineData(".", "")]
    public void A_path_is_normalized_to_forward_slashes_without_empty_dot_or_resolved_dot_dot_segments(string path, string expected)
        => Assert.Equal(expected, ContentSelection.NormalizePath(path));

    [Fact]
    public void Any_path_normalizes_to_a_path_that_holds_no_separator_or_segment_to_remove_and_stays_so()
    {
        var segment = Gen.OneOfConst("a", "bb", ".", "..", string.Empty, "c.md");
        var separator = Gen.OneOfConst('/', '\\');
        var path = Gen.Select(Gen.Bool, Gen.Select(segment, separator).Array[0, 8], (rooted, parts) => (rooted ? "/" : string.Empty) + string.Concat(parts.Select(p => p.Item1 + p.Item2)).TrimEnd('/', '\\').Trim());

        path.Sample(p =>
        {
            var normal = ContentSelection.NormalizePath(p);
            var segments = (normal.StartsWith('/') ? normal.Substring(1) : normal).Split('/');
            return normal.IndexOf('\\', StringComparison.Ordinal) < 0
                && (normal.Length == 0 || normal == "/" || segments.All(s => s.Length > 0 && s != "."))
                && segments.SkipWhile(s => s == "..").All(s => s != "..")
                && ContentSelection.NormalizePath(normal) == normal;
        }, iter: 20_000);
    }
}
