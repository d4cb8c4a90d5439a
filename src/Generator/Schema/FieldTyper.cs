using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Schema;

/// <summary>
/// Types front-matter values by their <see cref="FieldRule"/>, strictly: a value either is what the schema says,
/// or it gets a diagnostic at its exact span. Nothing is coerced.
/// </summary>
internal sealed class FieldTyper
{
    private static readonly Regex DatePattern = new(
        @"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?:[Tt ](?<h>[0-9]{2}):(?<min>[0-9]{2})(?::(?<s>[0-9]{2})(?:\.[0-9]+)?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})?)?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex YearPattern = new("^[1-9][0-9]{3}$", RegexOptions.CultureInvariant);

    private static readonly Regex DoiPattern = new(@"^10\.[0-9]{4,9}(?:\.[0-9]+)*/\S+$", RegexOptions.CultureInvariant);

    private static readonly Regex NewArxivPattern = new(@"^(?<yy>[0-9]{2})(?<mm>[0-9]{2})\.(?<n>[0-9]{4,5})(?:v[1-9][0-9]*)?$", RegexOptions.CultureInvariant);

    private static readonly Regex OldArxivPattern = new(@"^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/[0-9]{7}(?:v[1-9][0-9]*)?$", RegexOptions.CultureInvariant);

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
    public void ReportMissing(FieldRule rule, LocationInfo frontMatterLocation)
        => _diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, frontMatterLocation, rule.Name, "missing", rule.Example);

    public string? ReadText(FieldRule rule, FrontMatterNode node)
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

    public DateValue? ReadDate(FieldRule rule, FrontMatterNode node)
    {
        var value = ReadText(rule, node);
        if (value is null)
        {
            return null;
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

        _diagnostics.Add(DiagnosticDescriptors.InvalidDate, At(node), value, rule.Name);
        return null;
    }

    public bool? ReadBoolean(FieldRule rule, FrontMatterNode node)
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

        _diagnostics.Add(DiagnosticDescriptors.InvalidBoolean, At(node), Quote(scalar), rule.Name);
        return null;
    }

    public int? ReadYear(FieldRule rule, FrontMatterNode node, DateValue? date)
    {
        var scalar = ExpectScalar(rule, node);
        if (scalar is null || (scalar.IsNull && !rule.Required))
        {
            return null;
        }

        if (!scalar.IsPlain)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYear, At(node), Quote(scalar), rule.Name, "write the year as a plain number without quotes, e.g. " + rule.Name + ": 2024");
            return null;
        }

        if (!YearPattern.IsMatch(scalar.Value))
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYear, At(node), scalar.Value, rule.Name, "write a plain four-digit year, e.g. " + rule.Name + ": 2024");
            return null;
        }

        var year = int.Parse(scalar.Value, CultureInfo.InvariantCulture);
        var latest = (date?.Year ?? 9998) + 1;
        if (year < 1900 || year > latest)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYear, At(node), scalar.Value, rule.Name, "the year must lie between 1900 and " + latest.ToString(CultureInfo.InvariantCulture) + " (the year after 'date')");
            return null;
        }

        return year;
    }

    /// <summary>A list of text items; <paramref name="locations"/>, when given, receives the span of each kept item.</summary>
    public string[] ReadList(FieldRule rule, FrontMatterNode node, List<LocationInfo>? locations = null)
    {
        if (node is FrontMatterScalar { IsNull: true })
        {
            return Array.Empty<string>();
        }

        if (node is not FrontMatterList list)
        {
            var example = node is FrontMatterScalar scalar
                ? rule.Name + ": [\"" + scalar.Value.Replace("\"", "\\\"") + "\"]"
                : rule.Example;
            _diagnostics.Add(DiagnosticDescriptors.WrongShape, At(node), rule.Name, "a list", node.KindName, example);
            return Array.Empty<string>();
        }

        var items = new List<string>(list.Items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is not FrontMatterScalar scalar)
            {
                _diagnostics.Add(DiagnosticDescriptors.WrongShape, At(item), rule.Name, "a list of text items", "a list that holds " + item.KindName, rule.Example);
                continue;
            }

            var value = scalar.IsNull ? string.Empty : scalar.Value;
            var trimmed = value.Trim();
            if (trimmed.Length == 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.BlankOrPaddedItem, At(item), rule.Name, "empty", "it is left out; remove it");
                continue;
            }

            if (trimmed.Length != value.Length)
            {
                _diagnostics.Add(DiagnosticDescriptors.BlankOrPaddedItem, At(item), rule.Name, "padded with spaces ('" + value + "')", "it is read as '" + trimmed + "'; remove the spaces");
            }

            if (!seen.Add(trimmed))
            {
                _diagnostics.Add(DiagnosticDescriptors.DuplicateItem, At(item), rule.Name, trimmed);
                continue;
            }

            items.Add(trimmed);
            locations?.Add(At(item));
        }

        return items.ToArray();
    }

    public string? ReadDoi(FieldRule rule, FrontMatterNode node)
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

    public string? ReadArxiv(FieldRule rule, FrontMatterNode node)
    {
        var value = ReadOptionalText(rule, node);
        if (value is null)
        {
            return null;
        }

        if (IsNewStyleArxiv(value) || OldArxivPattern.IsMatch(value))
        {
            return value;
        }

        _diagnostics.Add(DiagnosticDescriptors.InvalidArxiv, At(node), value);
        return null;
    }

    public string? ReadUrl(FieldRule rule, FrontMatterNode node)
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

    /// <summary>
    /// A new-style arXiv id: YYMM from 0704 (when the scheme began), a real month, and a 4-digit number up to
    /// 1412 or a 5-digit one from 1501, as arXiv assigns them.
    /// </summary>
    private static bool IsNewStyleArxiv(string value)
    {
        var match = NewArxivPattern.Match(value);
        if (!match.Success)
        {
            return false;
        }

        var yy = int.Parse(match.Groups["yy"].Value, CultureInfo.InvariantCulture);
        var mm = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
        var digits = match.Groups["n"].Value.Length;
        return mm is >= 1 and <= 12 && (yy > 7 || (yy == 7 && mm >= 4)) && digits == (yy >= 15 ? 5 : 4);
    }

    /// <summary>Optional text: null, empty or blank become null without a diagnostic.</summary>
    private string? ReadOptionalText(FieldRule rule, FrontMatterNode node)
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

        return scalar.Value.Trim();
    }

    private FrontMatterScalar? ExpectScalar(FieldRule rule, FrontMatterNode node)
    {
        if (node is FrontMatterScalar scalar)
        {
            return scalar;
        }

        _diagnostics.Add(DiagnosticDescriptors.WrongShape, At(node), rule.Name, "a single value", node.KindName, rule.Example);
        return null;
    }

    private void ReportEmpty(FieldRule rule, FrontMatterScalar scalar)
    {
        if (rule.Required)
        {
            _diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, At(scalar), rule.Name, scalar.IsNull ? "empty (null)" : "empty", rule.Example);
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
