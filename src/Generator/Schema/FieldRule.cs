namespace ContentGen.Schema;

/// <summary>How a front-matter value is typed and checked.</summary>
internal enum FieldKind
{
    /// <summary>A single line of text.</summary>
    Text,

    /// <summary>A calendar date, <c>yyyy-MM-dd</c> (a full RFC 3339 date-time is accepted and its date kept).</summary>
    Date,

    /// <summary><c>true</c> or <c>false</c>, unquoted; nothing else is converted.</summary>
    Boolean,

    /// <summary>A plain four-digit year.</summary>
    Year,

    /// <summary>A list of non-empty text items.</summary>
    TextList,

    /// <summary>A DOI, <c>10.registrant/suffix</c>.</summary>
    Doi,

    /// <summary>An arXiv identifier, new style (<c>2401.05566</c>) or old style (<c>hep-th/9901001</c>).</summary>
    Arxiv,

    /// <summary>An absolute http or https URL.</summary>
    Url,
}

/// <summary>One field of a collection's schema.</summary>
/// <param name="Name">The front-matter key.</param>
/// <param name="Kind">How its value is typed.</param>
/// <param name="Required">Whether a missing, null or empty value is an error.</param>
/// <param name="Example">A correct line, quoted in messages.</param>
internal sealed record FieldRule(string Name, FieldKind Kind, bool Required, string Example);

/// <summary>A taxonomy: its front-matter key, its class under <c>Taxonomies</c>, the noun messages and docs use, and its lookup on <c>Papers</c>.</summary>
internal sealed record TaxonomyField(string Key, string ClassName, string Noun, string LookupMethod);
