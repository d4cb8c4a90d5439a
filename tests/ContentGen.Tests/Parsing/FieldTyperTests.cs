using System;
using System.Globalization;
using System.Linq;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Schema;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Parsing;

public class FieldTyperTests
{
    private static readonly CollectionSpec Papers = PaperSchema.Collection;

    private static FieldSpec Field(string key) => Papers.Fields[Papers.IndexOf(key)];

    /// <summary>Types <paramref name="node"/> as the papers' field <paramref name="key"/>, in a file whose text is <paramref name="text"/>.</summary>
    private static (FieldValue? Value, DiagnosticList Diagnostics) Type(string key, FrontMatterNode node, string text)
    {
        var diagnostics = new DiagnosticList();
        var value = new FieldTyper(text, new LineMap("/content/papers/a.md", text), diagnostics).Type(Field(key), node, date: null);
        return (value, diagnostics);
    }

    private static FrontMatterScalar Scalar(string value) => new(value, YamlDotNet.Core.ScalarStyle.Plain, 0, value.Length);

    [Fact]
    public void A_bare_day_is_read_as_DateOnly_reads_it()
        // Four digits, a dash, two, a dash, two: whatever they are, the date is read exactly when .NET reads it as a day
        // (from year 1 on), and is that day; anything else is a CG error at the value.
        => Gen.Char['0', '9'].Array[8].Select(Gen.Int[0, 9], Gen.Char['0', '9']).Sample(
            (digits, swap, replacement) =>
            {
                var text = new string(digits[..4]) + "-" + new string(digits[4..6]) + "-" + new string(digits[6..]);
                var (value, diagnostics) = Type(PaperSchema.Date, Scalar(text), text);
                var isDay = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 1;
                Assert.Equal(isDay, value is not null);
                Assert.Equal(isDay ? 0 : 1, diagnostics.Count);
                if (isDay)
                {
                    Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value!.Text);
                }
            },
            iter: 20_000);

    [Theory]
    [InlineData("2024-01-15T10:30:00Z", "2024-01-15")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2023-02-29", null)]
    [InlineData("2024-1-15", null)]
    [InlineData("2024-01-15 ", null)]
    [InlineData("２０２４-01-15", null)]
    [InlineData("2024/01/15", null)]
    public void Dates_other_than_a_bare_day_go_through_the_full_pattern(string written, string? expected)
    {
        var (value, diagnostics) = Type(PaperSchema.Date, Scalar(written), written);

        Assert.Equal(expected, value?.Text);
        Assert.Equal(expected is null ? 1 : 0, diagnostics.Count);
    }

    [Fact]
    public void A_list_keeps_each_distinct_item_with_the_place_it_is_written()
    {
        const string text = "tags: [a, b, a, ' ', c]";
        var list = new FrontMatterList(6, text.Length);
        foreach (var (item, start) in new[] { ("a", 7), ("b", 10), ("a", 13), (" ", 16), ("c", 21) })
        {
            list.Items.Add(new FrontMatterScalar(item, YamlDotNet.Core.ScalarStyle.Plain, start, start + item.Length));
        }

        var (value, diagnostics) = Type("tags", list, text);

        Assert.Equal(new[] { "a", "b", "c" }, value!.Items);
        Assert.Equal(new[] { 7, 10, 21 }, value.ItemLocations.Select(l => l.Span.Start));
        Assert.Equal(2, diagnostics.Count); // the repeated a, the blank item
    }
}
