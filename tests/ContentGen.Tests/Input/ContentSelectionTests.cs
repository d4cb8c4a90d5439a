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

    [Theory]
    [InlineData("/p/contentgen.yaml", true)]
    [InlineData("C:\\p\\ContentGen.YAML", true)]
    [InlineData("contentgen.yaml", true)]
    [InlineData("/p/my-contentgen.yaml", false)]
    [InlineData("/p/contentgen.yaml.bak", false)]
    [InlineData("/p/contentgen.yml", false)]
    public void A_file_name_is_matched_whole_ignoring_case_after_either_separator(string path, bool expected)
        => Assert.Equal(expected, ContentSelection.HasFileName(path, "contentgen.yaml"));

    [Fact]
    public void A_file_name_matches_exactly_when_the_normalized_path_ends_in_it()
    {
        // The last segment is a name, as in every path the compiler gives (never "." or ".."); what comes before is anything.
        var segment = Gen.OneOfConst("a", "bb", ".", "..", string.Empty, "c.md", "contentgen.yaml", "x-contentgen.yaml");
        var separator = Gen.OneOfConst('/', '\\');
        var name = Gen.OneOfConst("contentgen.yaml", "CONTENTGEN.yaml", "contentgen.yaml.bak", "acontentgen.yaml", "c.md");
        var path = Gen.Select(Gen.Bool, Gen.Select(segment, separator).Array[0, 6], name, (rooted, parts, last) => (rooted ? "/" : string.Empty) + string.Concat(parts.Select(p => p.Item1 + p.Item2)) + last);

        path.Sample(p =>
        {
            var normal = ContentSelection.NormalizePath(p);
            var expected = string.Equals(normal.Substring(normal.LastIndexOf('/') + 1), "contentgen.yaml", StringComparison.OrdinalIgnoreCase);
            return ContentSelection.HasFileName(p, "contentgen.yaml") == expected;
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("/p/content/papers/a.md", "/p/content", "papers/a.md")]
    [InlineData("/p/content/papers/a.md", "/p/content/", "papers/a.md")]
    [InlineData("/P/Content/papers/a.md", "/p/content", "papers/a.md")]
    [InlineData("/p/contents/papers/a.md", "/p/content", null)]
    [InlineData("/p/content/papers/_index.md", "/p/content", null)]
    [InlineData("/p/content/papers/x_index.md", "/p/content", "papers/x_index.md")]
    [InlineData("/p/content/papers/a.txt", "/p/content", null)]
    [InlineData("/w/app/content/a.md", "content", "a.md")]
    [InlineData("/w/app/content/a.md", "app/content/", "a.md")]
    [InlineData("/w/app/contents/a.md", "content", null)]
    [InlineData("/w/a.md", "/", "w/a.md")]
    [InlineData("/w/a.md", "", "/w/a.md")]
    public void A_content_path_is_relative_to_the_root_whether_the_root_is_absolute_relative_or_ends_in_a_separator(string path, string root, string? expected)
        => Assert.Equal(expected, ContentSelection.RelativeContentPath(path, root));
}
