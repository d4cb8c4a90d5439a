namespace ContentGen.Model;

/// <summary>A calendar date as plain numbers (the generator targets netstandard2.0, which has no DateOnly).</summary>
internal readonly record struct DateValue(int Year, int Month, int Day) : System.IComparable<DateValue>
{
    public int CompareTo(DateValue other)
        => Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public override string ToString() => Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-" + Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" + Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A paper's front matter, typed by the schema, plus its name in code: the index key of one document.
/// Everything the lookup tables need and nothing from the body, so editing a body leaves this value equal
/// and the generated index cached.
/// </summary>
internal sealed record PaperMetadata(
    string FilePath,
    string SourcePath,
    string Slug,
    string Identifier,
    int Bucket,
    string Title,
    DateValue Date,
    bool Draft,
    EquatableArray<string> Authors,
    string? Publication,
    int? PublicationYear,
    string? Doi,
    string? Arxiv,
    string? PaperUrl,
    EquatableArray<string> DeceptionTypes,
    EquatableArray<string> ResearchAreas,
    EquatableArray<string> SystemTypes,
    EquatableArray<string> Tags,
    string? Summary,
    bool HasErrors,
    LocationInfo NameLocation,
    LocationInfo TitleLocation,
    LocationInfo? DoiLocation,
    LocationInfo? ArxivLocation,
    EquatableArray<TermUse> TermUses);

/// <summary>Where a taxonomy term is written: the front-matter key of its list, the term and its span.</summary>
internal sealed record TermUse(string Field, string Term, LocationInfo Location);
