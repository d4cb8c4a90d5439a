namespace ContentGen.Model;

/// <summary>The type of a front-matter field, as <c>contentgen.yaml</c> names it.</summary>
internal enum FieldType
{
    /// <summary><c>string</c>: one line of text.</summary>
    String,

    /// <summary><c>text</c>: text that may span lines.</summary>
    Text,

    /// <summary><c>int</c>: a whole number, unquoted.</summary>
    Int,

    /// <summary><c>decimal</c>: a decimal number, unquoted.</summary>
    Decimal,

    /// <summary><c>bool</c>: <c>true</c> or <c>false</c>, unquoted.</summary>
    Bool,

    /// <summary><c>date</c>: a calendar date, <c>System.DateOnly</c>.</summary>
    Date,

    /// <summary><c>datetime</c>: a date and time with its offset, <c>System.DateTimeOffset</c>.</summary>
    DateTime,

    /// <summary><c>url</c>: an absolute http or https URL, <c>System.Uri</c>.</summary>
    Url,

    /// <summary><c>doi</c>: a DOI, <c>10.registrant/suffix</c>.</summary>
    Doi,

    /// <summary><c>arxiv</c>: an arXiv identifier.</summary>
    Arxiv,

    /// <summary><c>email</c>: an e-mail address.</summary>
    Email,

    /// <summary><c>year</c>: a plain four-digit year.</summary>
    Year,

    /// <summary><c>enum</c>: one of the field's <c>values</c>, a generated C# enum.</summary>
    Enum,

    /// <summary><c>ref:&lt;collection&gt;</c>: the slug of a document of another (or the same) collection.</summary>
    Ref,
}

/// <summary>A field that is a taxonomy: its class under <c>Taxonomies</c>, the noun messages and docs use, and its lookup.</summary>
/// <param name="ClassName">The class under <c>Taxonomies</c> (<c>Tags</c>), shared by every collection with the same key.</param>
/// <param name="Noun">The singular noun for messages and docs ("tag", "deception type").</param>
/// <param name="LookupMethod">The lookup on the collection's class (<c>WithTag</c>).</param>
internal sealed record TaxonomySpec(string ClassName, string Noun, string LookupMethod);

/// <summary>
/// One field of a collection: everything typing, the record, the payload writer and the generated reader need.
/// </summary>
/// <param name="Key">The front-matter key.</param>
/// <param name="PropertyName">The C# property of the record.</param>
/// <param name="Type">How each value is typed.</param>
/// <param name="IsList">Whether the value is a list of <paramref name="Type"/>.</param>
/// <param name="Required">Whether a missing, null or empty value is an error.</param>
/// <param name="Description">The property's XML doc, already escaped XML doc text.</param>
/// <param name="Example">A correct line, quoted in messages.</param>
internal sealed record FieldSpec(string Key, string PropertyName, FieldType Type, bool IsList, bool Required, string Description, string Example)
{
    /// <summary>For <see cref="FieldType.Ref"/>: the collection whose slugs the values name.</summary>
    public string? RefCollection { get; init; }

    /// <summary>The value of an absent field, in canonical text (see <see cref="FieldValue"/>); null for none.</summary>
    public string? Default { get; init; }

    /// <summary>The smallest allowed value of a number, year, date or date-time, in canonical text.</summary>
    public string? Min { get; init; }

    /// <summary>The largest allowed value of a number, year, date or date-time, in canonical text.</summary>
    public string? Max { get; init; }

    /// <summary>A regular expression every (text) value must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Whether no two documents of the collection may share a value; gives <c>FindBy&lt;Property&gt;</c>.</summary>
    public bool Unique { get; init; }

    /// <summary>The closed vocabulary: for an enum its members, for text a list of allowed terms; empty for none.</summary>
    public EquatableArray<string> Values { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Set when the field is a taxonomy.</summary>
    public TaxonomySpec? Taxonomy { get; init; }

    /// <summary>A lookup by item that is not a taxonomy (papers' <c>ByAuthor</c>), or null.</summary>
    public string? LookupMethod { get; init; }

    /// <summary>For <see cref="FieldType.Enum"/>: the generated enum's name (<c>PostStatus</c>).</summary>
    public string? EnumName { get; init; }

    /// <summary>Whether a missing or empty list is a warning (papers' <c>authors</c>, CG0113).</summary>
    public bool WarnWhenEmpty { get; init; }

    /// <summary>
    /// Whether the generator computes the value (papers' <c>cites</c> from the bodies, <c>bibtex</c> from the typed
    /// fields): the front matter may not set it, and a key of that name is unknown there.
    /// </summary>
    public bool Computed { get; init; }

    /// <summary>Whether the record keeps the value in a private property, for one of its methods (papers' <c>ToBibTeX()</c>).</summary>
    public bool Hidden { get; init; }

    /// <summary>The name <c>FindBy&lt;Property&gt;</c> for a unique field.</summary>
    public string FindMethod => "FindBy" + PropertyName;

    /// <summary>Whether the generated property can be null: an optional single value with no default.</summary>
    public bool IsNullable => !IsList && !Required && Default is null;
}

/// <summary>A body section whose list becomes a property: <c>## Key Findings</c> → <c>KeyFindings</c>.</summary>
internal sealed record ListSection(string Heading, string PropertyName);

/// <summary>What a collection expects of a body: sections that must be there, and sections read as lists.</summary>
internal sealed record BodySpec(EquatableArray<string> RequiredSections, EquatableArray<ListSection> ListSections);

/// <summary>
/// A collection, as data: its name, generated names, folder, fields and body rules. The built-in papers collection
/// (<c>Schema.PaperSchema</c>) and every collection of <c>contentgen.yaml</c> are values of this one type, and
/// everything from typing to the generated reader is derived from it.
/// </summary>
/// <param name="Name">The collection's name in <c>contentgen.yaml</c> (<c>papers</c>, <c>posts</c>).</param>
/// <param name="TypeName">The record (<c>Post</c>).</param>
/// <param name="ClassName">The static class (<c>Posts</c>).</param>
/// <param name="Folder">The folder below the content root (a glob is allowed); for papers, any folder named <c>papers</c>.</param>
/// <param name="Fields">The fields, in the order of the record's properties.</param>
/// <param name="Body">The body rules.</param>
/// <param name="IsPapers">Whether this is the built-in papers collection, whose cross-field rules and archetype checks apply.</param>
internal sealed record CollectionSpec(string Name, string TypeName, string ClassName, string Folder, EquatableArray<FieldSpec> Fields, BodySpec Body, bool IsPapers)
{
    /// <summary>The singular noun for messages ("paper", "post").</summary>
    public string Noun => TypeName.ToLowerInvariant();

    /// <summary>The section record (<c>PaperSection</c>).</summary>
    public string SectionTypeName => TypeName + "Section";

    /// <summary>The field with the given key, or null.</summary>
    public FieldSpec? Find(string key)
    {
        foreach (var field in Fields)
        {
            if (field.Key == key)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The position of the field with the given key, or -1.</summary>
    public int IndexOf(string key)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>The collections of a project (the built-in papers, extended or not, and those of <c>contentgen.yaml</c>), and the problems of <c>contentgen.yaml</c>.</summary>
internal sealed record ContentConfig(EquatableArray<CollectionSpec> Collections, EquatableArray<DiagnosticInfo> Diagnostics);
