namespace ContentGen.Analysis;

// The contract between the generator (which writes these names into the generated code), the analyzer (which reads
// them) and the code fix (a separate assembly that links this file, so the names live in one place).

/// <summary>The attribute the generator puts on a collection's class, once per set of lookups.</summary>
internal static class LookupAttribute
{
    /// <summary>Its name; the class is generated into the collection's namespace.</summary>
    public const string Name = "ContentGenLookupValuesAttribute";

    /// <summary>
    /// The conditional-compilation symbol the attribute is conditional on. Nothing defines it, so the compiler binds the
    /// attribute (and the analyzer reads it) but never writes it into the assembly.
    /// </summary>
    public const string ConditionalSymbol = "CONTENTGEN_LOOKUP_VALUES";

    /// <summary>
    /// What separates the values (and the names, and the methods) in the attribute's one string per list: one literal
    /// binds at the cost of one, where an array of ten thousand would bind ten thousand. A value that is empty or holds
    /// the separator is not listed, and the analyzer never checks an argument that is or does.
    /// </summary>
    public const char Separator = '\n';

    /// <summary>Whether a value can be listed, and so whether an argument with this value can be checked.</summary>
    public static bool IsListable(string value) => value.Length > 0 && value.IndexOf(Separator) < 0;
}

/// <summary>How a constant argument is compared with a lookup's values: the way the generated lookup compares it.</summary>
internal static class LookupMatch
{
    /// <summary>Exactly (slugs, unique strings).</summary>
    public const string Ordinal = "ordinal";

    /// <summary>Ignoring case (taxonomy terms, authors, DOIs, e-mail addresses).</summary>
    public const string IgnoreCase = "ignore-case";

    /// <summary>An arXiv id, ignoring a version suffix on either side.</summary>
    public const string Arxiv = "arxiv";

    /// <summary>A year, an <c>int</c> argument, against values in invariant digits.</summary>
    public const string Year = "year";
}

/// <summary>What the generated name of a value takes the place of.</summary>
internal static class LookupReplacement
{
    /// <summary>No name: the values have none.</summary>
    public const string None = "";

    /// <summary>The whole call: <c>Papers.Get("x")</c> becomes the property <c>Papers.X</c>.</summary>
    public const string Call = "call";

    /// <summary>The argument: <c>WithTag("x")</c> becomes <c>WithTag(Taxonomies.Tags.X)</c>.</summary>
    public const string Argument = "argument";
}

/// <summary>The keys of a CG0701 or CG0702 diagnostic's properties, which tell the code fix what to write.</summary>
internal static class LookupDiagnosticProperties
{
    /// <summary>What the fix replaces: <see cref="LookupReplacement.Call"/> or <see cref="LookupReplacement.Argument"/>.</summary>
    public const string Replaces = "Replaces";

    /// <summary>The generated name to write: a member of the called class for a call, a fully qualified constant for an argument.</summary>
    public const string Name = "Name";

    /// <summary>The value to write as a literal instead (a miss with no generated name): a string, or a year's digits.</summary>
    public const string Value = "Value";

    /// <summary>Set to <c>year</c> when <see cref="Value"/> is an <c>int</c> year rather than a string.</summary>
    public const string Kind = "Kind";

    /// <summary>The IDs the code fix handles.</summary>
    public const string UnknownValueId = "CG0701";

    /// <summary>See <see cref="UnknownValueId"/>.</summary>
    public const string GeneratedNameId = "CG0702";
}
