using ContentGen.Model;
using ContentGen.Schema;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ContentGen.Tests.Input;

/// <summary>
/// A content file's pipeline value: equal exactly when its parse would be, and its text handed over once, so that the
/// value the driver keeps holds no text.
/// </summary>
public sealed class ContentSourceTests
{
    private const string Path = "/p/content/papers/a.md";
    private const string Relative = "papers/a.md";
    private static readonly (int, int) Limits = (1000, 64);

    private static ContentSource Source(string text, (int, int)? limits = null, CollectionSpec? collection = null, string path = Path)
        => new(collection ?? PaperSchema.Collection, path, Relative, limits ?? Limits, SourceText.From(text));

    [Fact]
    public void Two_texts_of_the_same_content_are_equal_even_after_one_was_taken()
    {
        var earlier = Source("---\ntitle: A\n---\nbody\n");
        var later = Source(new string("---\ntitle: A\n---\nbody\n".ToCharArray()));
        Assert.NotNull(earlier.TakeText());

        Assert.Equal(earlier, later);
        Assert.Equal(earlier.GetHashCode(), later.GetHashCode());
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nbody\n", "---\ntitle: B\n---\nbody\n")]
    [InlineData("---\ntitle: A\n---\nbody\n", "---\ntitle: A\n---\nbody\n\n")]
    [InlineData("ab", "ba")]
    public void Different_contents_are_not_equal(string one, string other)
        => Assert.NotEqual(Source(one), Source(other));

    [Fact]
    public void What_else_the_parse_depends_on_takes_part_in_equality()
    {
        var source = Source("text");

        Assert.NotEqual(source, Source("text", limits: (999, 64)));
        Assert.NotEqual(source, Source("text", limits: (1000, 63)));
        Assert.NotEqual(source, Source("text", path: "/p/content/papers/b.md"));
        Assert.NotEqual(source, new ContentSource(null, Path, Relative, Limits, SourceText.From("text")));
        Assert.NotEqual(source, Source("text", collection: PaperSchema.Collection with { Name = "notes" }));
    }

    [Fact]
    public void The_text_is_handed_over_once()
    {
        var source = Source("text");

        Assert.Equal("text", source.TakeText()?.ToString());
        Assert.Null(source.TakeText());
    }
}
