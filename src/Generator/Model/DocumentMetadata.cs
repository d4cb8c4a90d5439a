namespace ContentGen.Model;

/// <summary>A calendar date as plain numbers (the generator targets netstandard2.0, which has no DateOnly).</summary>
internal readonly record struct DateValue(int Year, int Month, int Day) : System.IComparable<DateValue>
{
    public int CompareTo(DateValue other)
        => Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public override string ToString() => Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-" + Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" + Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads the canonical <c>yyyy-MM-dd</c> form that <see cref="ToString"/> writes.</summary>
    public static DateValue Parse(string canonical)
        => new(
            int.Parse(canonical.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(canonical.Substring(5, 2), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(canonical.Substring(8, 2), System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// One typed front-matter value, in canonical text: a single value in <see cref="Text"/>, a list in
/// <see cref="Items"/>. Canonical text is what the payload writer turns into numbers and strings: invariant digits
/// for <c>int</c>, <c>year</c> and <c>decimal</c>, <c>true</c>/<c>false</c>, <c>yyyy-MM-dd</c> for a date, the
/// round-trip form for a date-time, the member as declared for an enum, the slug for a reference.
/// </summary>
/// <param name="Text">The single value, or null for a list.</param>
/// <param name="Items">The items of a list.</param>
/// <param name="Location">Where the value is written (the key's line for a default).</param>
/// <param name="ItemLocations">Where each item of a list is written.</param>
internal sealed record FieldValue(string? Text, EquatableArray<string> Items, LocationInfo? Location, EquatableArray<LocationInfo> ItemLocations)
{
    public static FieldValue Single(string text, LocationInfo? location) => new(text, EquatableArray<string>.Empty, location, EquatableArray<LocationInfo>.Empty);

    public static FieldValue List(EquatableArray<string> items, LocationInfo? location, EquatableArray<LocationInfo> itemLocations) => new(null, items, location, itemLocations);

    /// <summary>An empty list written nowhere (what a computed list starts as): one instance, shared by every document that keeps it.</summary>
    public static FieldValue EmptyList { get; } = List(EquatableArray<string>.Empty, null, EquatableArray<LocationInfo>.Empty);
}

/// <summary>
/// A document's front matter, typed by its collection's fields, plus its name in code: the index key of one
/// document. Everything the lookup tables need and nothing from the body, so editing a body leaves this value
/// equal and the generated index cached.
/// </summary>
/// <param name="Collection">The collection's name.</param>
/// <param name="FilePath">The absolute path of the file.</param>
/// <param name="SourcePath">The path relative to the content root, <c>/</c>-separated.</param>
/// <param name="Slug">The file name without extension (or a page bundle's folder).</param>
/// <param name="Identifier">The document's property name in its class.</param>
/// <param name="Values">Per field of the collection, in order: the value, or null when absent (and no default).</param>
/// <param name="Draft">Whether the document is a draft.</param>
/// <param name="HasErrors">Whether the file has an error: such a document is not generated.</param>
/// <param name="NameLocation">Where to report a problem with the document's name: the front matter's first line.</param>
internal sealed record DocumentMetadata(
    string Collection,
    string FilePath,
    string SourcePath,
    string Slug,
    string Identifier,
    EquatableArray<FieldValue?> Values,
    bool Draft,
    bool HasErrors,
    LocationInfo NameLocation)
{
    /// <summary>
    /// The keys of the papers' fields that the front matter leaves out and a matching BibTeX entry may fill (a required
    /// <c>title</c>, the <c>authors</c> whose absence is a warning): whether leaving them out is a problem is decided
    /// once the bibliography is matched (<c>Bibliography.BibMatcher</c>), not by the parse.
    /// </summary>
    public EquatableArray<string> Pending { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The citation keys of the body (<c>[@key]</c>), distinct (ignoring case) and sorted: what <c>Cites</c> is made from. Without their places, so moving a citation in the body leaves this value equal.</summary>
    public EquatableArray<string> CitedKeys { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The value of the field at <paramref name="index"/> as single text, or null.</summary>
    public string? Text(int index) => index >= 0 ? Values[index]?.Text : null;

    /// <summary>The items of the list field at <paramref name="index"/> (empty when absent).</summary>
    public EquatableArray<string> Items(int index) => index >= 0 && Values[index] is { } value ? value.Items : EquatableArray<string>.Empty;
}
