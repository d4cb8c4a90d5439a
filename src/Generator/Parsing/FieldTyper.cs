using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Schema;

namespace ContentGen.Parsing;

/// <summary>
/// Types front-matter values by their <see cref="FieldSpec"/>, strictly: a value either is what the schema says,
/// or it gets a diagnostic at its exact span. Nothing is coerced.
/// </summary>
internal sealed class FieldTyper
{
    private static readonly Regex DatePattern = new(
        @"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?:[Tt ](?<h>[0-9]{2}):(?<min>[0-9]{2})(?::(?<s>[0-9]{2})(?:\.[0-9]+)?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})?)?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex YearPattern = new("^[1-9][0-9]{3}$", RegexOptions.CultureInvariant);

    private static readonly Regex DoiPattern = new(@"^10\.[0-9]{4,9}(?:\.[0-9]+)*/\S+$", RegexOptions.CultureInvariant);

    private static readonly Regex IntegerPattern = new(@"^[+-]?[0-9]+$", RegexOptions.CultureInvariant);

    private static readonly Regex DecimalPattern = new(@"^[+-]?[0-9]+(?:\.[0-9]+)?$", RegexOptions.CultureInvariant);

    private static readonly Regex EmailPattern = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

    private static readonly Regex DateTimeWithOffsetPattern = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,7})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant);

    private static readonly string[] DateTimeFormats = { "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mmK" };

    /// <summary>How many allowed values a message lists; a long vocabulary is cut after them.</summary>
    private const int MaxValuesInMessage = 10;

    private static readonly char[] Whitespace = { ' ', '\t', '\r', '\n' };

    private static readonly string[] DoiPrefixes = { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" };

    private readonly string _text;
    private readonly LineMap _lines;
    private readonly DiagnosticList _diagnostics;

    public FieldTyper(string text, LineMap lines, DiagnosticList diagnostics)
    {
        _text = text;
        _lines = lines;
        _diagnostics = diagnostics;
    }

    public LocationInfo At(FrontMatterNode node) => _lines.Location(node.Start, node.End);

    /// <summary>Reports a required field that is absent from the front matter, at the opening delimiter.</summary>
    public void ReportMissing(FieldSpec rule, LocationInfo frontMatterLocation)
        => _diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, frontMatterLocation, rule.Key, "missing", rule.Example);

    /// <summary>
    /// Types the value of one field by its description: the value in canonical text, or null when it is absent,
    /// empty and optional, or wrong (then with a diagnostic at its span).
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="node">Its value in the front matter.</param>
    /// <param name="date">The document's <c>date</c>, for the range of a <c>year</c>.</param>
    public FieldValue? Type(FieldSpec field, FrontMatterNode node, DateValue? date)
    {
        if (!field.IsList)
        {
            return TypeScalar(field, node, date) is { } text ? FieldValue.Single(text, At(node)) : null;
        }

        // Arrays sized to the written list, trimmed only when an item is left out: a list and then a copy of it was
        // garbage as large as what is kept, for every list of every file.
        var locations = node is FrontMatterList { Items.Count: > 0 } written ? new LocationInfo[written.Items.Count] : Array.Empty<LocationInfo>();
        string[] items;
        if (field.Type is FieldType.String or FieldType.Text)
        {
            items = ReadList(field, node, locations);
            for (var i = 0; i < items.Length; i++)
            {
                CheckText(field, items[i], locations[i]);
            }
        }
        else
        {
            items = ReadTypedList(field, node, date, locations);
        }

        if (items.Length == 0 && field.Required && node is FrontMatterScalar or FrontMatterList)
        {
            _diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, At(node), field.Key, "empty", field.Example);
        }

        return FieldValue.List(new EquatableArray<string>(items), At(node), new EquatableArray<LocationInfo>(Trim(locations, items.Length)));
    }

    /// <summary>One value of a field, typed: the canonical text, or null.</summary>
    private string? TypeScalar(FieldSpec field, FrontMatterNode node, DateValue? date)
    {
        switch (field.Type)
        {
            case FieldType.String:
            case FieldType.Text:
                var text = field.Required ? ReadText(field, node) : ReadOptionalText(field, node, trim: false);
                return text is not null && CheckText(field, text, At(node)) ? text : null;
            case FieldType.Date:
                var day = ReadDate(field, node)?.ToString();
                if (day is not null && ((field.Min is { } earliest && string.CompareOrdinal(day, earliest) < 0) || (field.Max is { } latest && string.CompareOrdinal(day, latest) > 0)))
                {
                    _diagnostics.Add(DiagnosticDescriptors.OutOfRange, At(node), day, field.Key, Range(field));
                    return null;
                }

                return day;
            case FieldType.DateTime:
                return ReadDateTime(field, node);
            case FieldType.Bool:
                return ReadBoolean(field, node) is { } flag ? (flag ? "true" : "false") : null;
            case FieldType.Year:
                var year = ReadYear(field, node, date);
                if (year is not null && ((field.Min is { } first && year < int.Parse(first, CultureInfo.InvariantCulture)) || (field.Max is { } last && year > int.Parse(last, CultureInfo.InvariantCulture))))
                {
                    _diagnostics.Add(DiagnosticDescriptors.OutOfRange, At(node), year.Value.ToString(CultureInfo.InvariantCulture), field.Key, Range(field));
                    return null;
                }

                return year?.ToString(CultureInfo.InvariantCulture);
            case FieldType.Int:
            case FieldType.Decimal:
                return ReadNumber(field, node);
            case FieldType.Doi:
                return ReadDoi(field, node);
            case FieldType.Arxiv:
                return ReadArxiv(field, node);
            case FieldType.Url:
                return ReadUrl(field, node);
            case FieldType.Email:
                var email = ReadOptionalText(field, node);
                if (email is not null && !EmailPattern.IsMatch(email))
                {
                    _diagnostics.Add(DiagnosticDescriptors.InvalidEmail, At(node), email, field.Key);
                    return null;
                }

                return email;
            case FieldType.Enum:
                var member = ReadOptionalText(field, node);
                return member is null ? null : InVocabulary(field, member, At(node));
            case FieldType.Ref:
                return ReadOptionalText(field, node);
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, "Unknown field type.");
        }
    }

    /// <summary>A list whose items are typed one by one (dates, numbers, references, ...), with the checks of a text list.</summary>
    private string[] ReadTypedList(FieldSpec field, FrontMatterNode node, DateValue? date, LocationInfo[] locations)
    {
        if (node is FrontMatterScalar { IsNull: true })
        {
            return Array.Empty<string>();
        }

        if (node is not FrontMatterList list)
        {
            _diagnostics.Add(DiagnosticDescriptors.WrongShape, At(node), field.Key, "a list", node.KindName, field.Example);
            return Array.Empty<string>();
        }

        var items = new string[list.Items.Count];
        var count = 0;
        HashSet<string>? seen = null;
        foreach (var item in list.Items)
        {
            if (item is FrontMatterScalar { IsNull: true } || (item is FrontMatterScalar blank && blank.Value.Trim().Length == 0))
            {
                _diagnostics.Add(DiagnosticDescriptors.BlankOrPaddedItem, At(item), field.Key, "empty", "it is left out; remove it");
                continue;
            }

            if (TypeScalar(field, item, date) is not { } value)
            {
                continue;
            }

            if (!AddDistinct(items, ref count, ref seen, value))
            {
                _diagnostics.Add(DiagnosticDescriptors.DuplicateItem, At(item), field.Key, value);
                continue;
            }

            locations[count - 1] = At(item);
        }

        return Trim(items, count);
    }

    /// <summary>The closed vocabulary and the pattern of a text value; false (with a diagnostic) when it fails either.</summary>
    private bool CheckText(FieldSpec field, string value, LocationInfo location)
    {
        if (field.Values.Count > 0 && InVocabulary(field, value, location) is null)
        {
            return false;
        }

        if (field.Pattern is { } pattern && !Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
        {
            _diagnostics.Add(DiagnosticDescriptors.PatternMismatch, location, value, field.Key, pattern);
            return false;
        }

        return true;
    }

    /// <summary>The declared spelling of a value of a closed vocabulary (matched ignoring case), or null with a diagnostic naming the nearest allowed values.</summary>
    private string? InVocabulary(FieldSpec field, string value, LocationInfo location)
    {
        foreach (var allowed in field.Values)
        {
            if (string.Equals(allowed, value, StringComparison.OrdinalIgnoreCase))
            {
                return allowed;
            }
        }

        var nearest = EditDistance.Nearest(value, field.Values, 3);
        _diagnostics.Add(
            DiagnosticDescriptors.ValueNotAllowed,
            location,
            value,
            field.Key,
            EditDistance.QuoteList(field.Values.Take(MaxValuesInMessage)) + (field.Values.Count > MaxValuesInMessage ? ", ..." : string.Empty),
            nearest.Count > 0 ? ": did you mean " + EditDistance.QuoteList(nearest) + "?" : ": use one of them, or add it to 'values' in contentgen.yaml");
        return null;
    }

    /// <summary>An int or decimal, unquoted, within the field's min and max.</summary>
    private string? ReadNumber(FieldSpec field, FrontMatterNode node)
    {
        var scalar = ExpectScalar(field, node);
        if (scalar is null || (scalar.IsNull && !field.Required))
        {
            return null;
        }

        var isInt = field.Type == FieldType.Int;
        var value = scalar.Value.Trim();
        if (!scalar.IsPlain || !(isInt ? IntegerPattern : DecimalPattern).IsMatch(value)
            || !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || (isInt && (number < int.MinValue || number > int.MaxValue)))
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidNumber, At(node), scalar.IsPlain ? value : Quote(scalar), field.Key, isInt ? "a whole number" : "a decimal number", field.Example);
            return null;
        }

        if ((field.Min is { } min && number < decimal.Parse(min, CultureInfo.InvariantCulture)) || (field.Max is { } max && number > decimal.Parse(max, CultureInfo.InvariantCulture)))
        {
            _diagnostics.Add(DiagnosticDescriptors.OutOfRange, At(node), value, field.Key, Range(field));
            return null;
        }

        return isInt ? ((int)number).ToString(CultureInfo.InvariantCulture) : number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A date and time with an offset (<c>Z</c> or <c>+01:00</c>), in round-trip form.</summary>
    private string? ReadDateTime(FieldSpec field, FrontMatterNode node)
    {
        var value = ReadOptionalText(field, node);
        if (value is null)
        {
            if (field.Required && node is FrontMatterScalar scalar)
            {
                ReportEmpty(field, scalar);
            }

            return null;
        }

        // The offset must be written: without one the value would depend on the time zone of the machine that builds.
        if (!DateTimeWithOffsetPattern.IsMatch(value)
            || !DateTimeOffset.TryParseExact(value, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidDateTime, At(node), value, field.Key);
            return null;
        }

        var canonical = parsed.ToString("o", CultureInfo.InvariantCulture);
        if ((field.Min is { } min && string.CompareOrdinal(Sortable(parsed), Sortable(DateTimeOffset.Parse(min, CultureInfo.InvariantCulture))) < 0)
            || (field.Max is { } max && string.CompareOrdinal(Sortable(parsed), Sortable(DateTimeOffset.Parse(max, CultureInfo.InvariantCulture))) > 0))
        {
            _diagnostics.Add(DiagnosticDescriptors.OutOfRange, At(node), value, field.Key, Range(field));
            return null;
        }

        return canonical;

        static string Sortable(DateTimeOffset d) => d.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
    }

    private static string Range(FieldSpec field)
        => field.Min is not null && field.Max is not null ? "between " + field.Min + " and " + field.Max
            : field.Min is not null ? "at least " + field.Min
            : "at most " + field.Max;

    public string? ReadText(FieldSpec rule, FrontMatterNode node)
    {
        var scalar = ExpectScalar(rule, node);
        if (scalar is null)
        {
            return null;
        }

        var value = scalar.IsNull ? string.Empty : scalar.Value;
        if (value.Trim().Length == 0)
        {
            ReportEmpty(rule, scalar);
            return null;
        }

        if (scalar.IsPlain)
        {
            CheckCutAtComment(scalar);
        }

        return value;
    }

    public DateValue? ReadDate(FieldSpec rule, FrontMatterNode node)
    {
        var value = ReadText(rule, node);
        if (value is null)
        {
            return null;
        }

        // The common form, a bare day, without the pattern: its match, groups and their strings were most of what
        // reading a date allocated. Anything else (a time, a bad date) goes to the pattern, which decides alone.
        if (value.Length == 10 && value[4] == '-' && value[7] == '-'
            && Digits(value, 0, 4) is var y and >= 1 && Digits(value, 5, 2) is var mo and >= 1 and <= 12 && Digits(value, 8, 2) is var d and >= 1
            && d <= DateTime.DaysInMonth(y, mo))
        {
            return new DateValue(y, mo, d);
        }

        var match = DatePattern.Match(value);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && IsValidTime(match))
            {
                return new DateValue(year, month, day);
            }
        }

        _diagnostics.Add(DiagnosticDescriptors.InvalidDate, At(node), value, rule.Key);
        return null;
    }

    public bool? ReadBoolean(FieldSpec rule, FrontMatterNode node)
    {
        var scalar = ExpectScalar(rule, node);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.IsPlain && scalar.Value == "true")
        {
            return true;
        }

        if (scalar.IsPlain && scalar.Value == "false")
        {
            return false;
        }

        if (scalar.IsNull && !rule.Required)
        {
            return null;
        }

        _diagnostics.Add(DiagnosticDescriptors.InvalidBoolean, At(node), Quote(scalar), rule.Key);
        return null;
    }

    public int? ReadYear(FieldSpec rule, FrontMatterNode node, DateValue? date)
    {
        var scalar = ExpectScalar(rule, node);
        if (scalar is null || (scalar.IsNull && !rule.Required))
        {
            return null;
        }

        if (!scalar.IsPlain)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYear, At(node), Quote(scalar), rule.Key, "write the year as a plain number without quotes, e.g. " + rule.Key + ": 2024");
            return null;
        }

        if (!YearPattern.IsMatch(scalar.Value))
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYear, At(node), scalar.Value, rule.Key, "write a plain four-digit year, e.g. " + rule.Key + ": 2024");
            return null;
        }

        var year = int.Parse(scalar.Value, CultureInfo.InvariantCulture);
        var latest = (date?.Year ?? 9998) + 1;
        if (year < 1900 || year > latest)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYear, At(node), scalar.Value, rule.Key, "the year must lie between 1900 and " + latest.ToString(CultureInfo.InvariantCulture) + " (the year after 'date')");
            return null;
        }

        return year;
    }

    /// <summary>
    /// A list of text items; <paramref name="locations"/>, when given (as long as the written list), receives the span of
    /// each kept item at the item's index in the result.
    /// </summary>
    public string[] ReadList(FieldSpec rule, FrontMatterNode node, LocationInfo[]? locations = null)
    {
        if (node is FrontMatterScalar { IsNull: true })
        {
            return Array.Empty<string>();
        }

        if (node is not FrontMatterList list)
        {
            var example = node is FrontMatterScalar scalar
                ? rule.Key + ": [\"" + scalar.Value.Replace("\"", "\\\"") + "\"]"
                : rule.Example;
            _diagnostics.Add(DiagnosticDescriptors.WrongShape, At(node), rule.Key, "a list", node.KindName, example);
            return Array.Empty<string>();
        }

        var items = new string[list.Items.Count];
        var count = 0;
        HashSet<string>? seen = null;
        foreach (var item in list.Items)
        {
            if (item is not FrontMatterScalar scalar)
            {
                _diagnostics.Add(DiagnosticDescriptors.WrongShape, At(item), rule.Key, "a list of text items", "a list that holds " + item.KindName, rule.Example);
                continue;
            }

            var value = scalar.IsNull ? string.Empty : scalar.Value;
            var trimmed = value.Trim();
            if (trimmed.Length == 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.BlankOrPaddedItem, At(item), rule.Key, "empty", "it is left out; remove it");
                continue;
            }

            if (trimmed.Length != value.Length)
            {
                _diagnostics.Add(DiagnosticDescriptors.BlankOrPaddedItem, At(item), rule.Key, "padded with spaces ('" + value + "')", "it is read as '" + trimmed + "'; remove the spaces");
            }

            if (!AddDistinct(items, ref count, ref seen, trimmed))
            {
                _diagnostics.Add(DiagnosticDescriptors.DuplicateItem, At(item), rule.Key, trimmed);
                continue;
            }

            if (locations is not null)
            {
                locations[count - 1] = At(item);
            }
        }

        return Trim(items, count);
    }

    /// <summary>The first <paramref name="count"/> items: the array itself when they are all of it.</summary>
    private static T[] Trim<T>(T[] items, int count)
    {
        if (count == items.Length)
        {
            return items;
        }

        if (count == 0)
        {
            return Array.Empty<T>();
        }

        Array.Resize(ref items, count);
        return items;
    }

    /// <summary>
    /// Adds <paramref name="value"/> to the first <paramref name="count"/> of <paramref name="items"/> unless it is there
    /// already (false then). A list in front matter has a few items, and scanning them costs less than a set per list; a
    /// long one (a hostile file) gets a set in <paramref name="set"/>, so that the check stays linear.
    /// </summary>
    private static bool AddDistinct(string[] items, ref int count, ref HashSet<string>? set, string value)
    {
        if (set is null && count >= 16)
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                set.Add(items[i]);
            }
        }

        if (set is null ? Array.IndexOf(items, value, 0, count) >= 0 : !set.Add(value))
        {
            return false;
        }

        items[count++] = value;
        return true;
    }

    public string? ReadDoi(FieldSpec rule, FrontMatterNode node)
    {
        var value = ReadOptionalText(rule, node);
        if (value is null)
        {
            return null;
        }

        foreach (var prefix in DoiPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var bare = value.Substring(prefix.Length);
                if (DoiPattern.IsMatch(bare))
                {
                    _diagnostics.Add(DiagnosticDescriptors.DoiUrlPrefix, At(node), value, value.Substring(0, prefix.Length), bare);
                    return bare;
                }
            }
        }

        if (!DoiPattern.IsMatch(value))
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidDoi, At(node), value);
            return null;
        }

        return value;
    }

    public string? ReadArxiv(FieldSpec rule, FrontMatterNode node)
    {
        var value = ReadOptionalText(rule, node);
        if (value is null)
        {
            return null;
        }

        if (ArxivId.IsValid(value))
        {
            return value;
        }

        _diagnostics.Add(DiagnosticDescriptors.InvalidArxiv, At(node), value);
        return null;
    }

    public string? ReadUrl(FieldSpec rule, FrontMatterNode node)
    {
        var value = ReadOptionalText(rule, node);
        if (value is null)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && value.IndexOfAny(Whitespace) < 0)
        {
            return value;
        }

        _diagnostics.Add(DiagnosticDescriptors.InvalidUrl, At(node), value);
        return null;
    }

    /// <summary>Optional text: null, empty or blank become null without a diagnostic.</summary>
    private string? ReadOptionalText(FieldSpec rule, FrontMatterNode node, bool trim = true)
    {
        var scalar = ExpectScalar(rule, node);
        if (scalar is null || scalar.IsNull || scalar.Value.Trim().Length == 0)
        {
            return null;
        }

        if (scalar.IsPlain)
        {
            CheckCutAtComment(scalar);
        }

        return trim ? scalar.Value.Trim() : scalar.Value;
    }

    private FrontMatterScalar? ExpectScalar(FieldSpec rule, FrontMatterNode node)
    {
        if (node is FrontMatterScalar scalar)
        {
            return scalar;
        }

        _diagnostics.Add(DiagnosticDescriptors.WrongShape, At(node), rule.Key, "a single value", node.KindName, rule.Example);
        return null;
    }

    private void ReportEmpty(FieldSpec rule, FrontMatterScalar scalar)
    {
        if (rule.Required)
        {
            _diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, At(scalar), rule.Key, scalar.IsNull ? "empty (null)" : "empty", rule.Example);
        }
    }

    /// <summary>
    /// A plain scalar followed on its line by " #" was cut there by YAML, which reads the rest as a comment:
    /// titles such as <c>C# #1</c> silently lose their end.
    /// </summary>
    private void CheckCutAtComment(FrontMatterScalar scalar)
    {
        if (!scalar.MayBeCutAtComment)
        {
            return;
        }

        var i = scalar.End;
        var sawSpace = false;
        while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t'))
        {
            sawSpace = true;
            i++;
        }

        if (!sawSpace || i >= _text.Length || _text[i] != '#')
        {
            return;
        }

        var lineEnd = i;
        while (lineEnd < _text.Length && _text[lineEnd] != '\r' && _text[lineEnd] != '\n')
        {
            lineEnd++;
        }

        var written = _text.Substring(scalar.Start, lineEnd - scalar.Start).TrimEnd();
        _diagnostics.Add(DiagnosticDescriptors.TitleCutAtComment, _lines.Location(scalar.Start, lineEnd), written, scalar.Value);
    }

    /// <summary>The number the <paramref name="length"/> ASCII digits from <paramref name="start"/> on write, or -1 when one is not a digit.</summary>
    private static int Digits(string value, int start, int length)
    {
        var number = 0;
        for (var i = start; i < start + length; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return -1;
            }

            number = (number * 10) + (value[i] - '0');
        }

        return number;
    }

    private static bool IsValidTime(Match match)
    {
        if (!match.Groups["h"].Success)
        {
            return true;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        return hour <= 23 && minute <= 59 && second <= 59;
    }

    private static string Quote(FrontMatterScalar scalar)
        => scalar.Style switch
        {
            YamlDotNet.Core.ScalarStyle.DoubleQuoted => "\"" + scalar.Value + "\"",
            YamlDotNet.Core.ScalarStyle.SingleQuoted => "'" + scalar.Value + "'",
            _ => scalar.Value,
        };
}
