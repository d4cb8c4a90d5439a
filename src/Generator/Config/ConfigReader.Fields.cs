using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ContentGen.Diagnostics;
using ContentGen.Input;
using ContentGen.Model;
using ContentGen.Naming;
using ContentGen.Parsing;
using ContentGen.Schema;

namespace ContentGen.Config;

/// <summary>One field of a collection: its type, then its rules, each checked against the type.</summary>
internal sealed partial class ConfigReader
{
    private static readonly string[] FieldKeys = { "type", "required", "default", "min", "max", "pattern", "unique", "taxonomy", "values", "description", "property", "example" };

    /// <summary>What a <c>papers:</c> entry may say about a built-in field: it may tighten it, never loosen or rename it.</summary>
    private static readonly string[] Tightenings = { "type", "required", "values", "pattern", "min", "max", "unique", "description" };

    /// <summary>The same time-out typing gives a pattern (Schema/FieldTyper), so a pattern that passes here behaves the same there.</summary>
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Longer patterns are refused: a regular expression is parsed recursively, and none needs this much.</summary>
    private const int MaxPatternLength = 1000;

    /// <summary>How many defaults are matched against their field's pattern: each match may take up to <see cref="PatternTimeout"/>.</summary>
    private const int MaxDefaultPatternChecks = 10;

    private int _defaultPatternChecks;

    /// <summary>
    /// Reads one field: a new one (<paramref name="builtIn"/> null), or a tightening of a built-in papers field. Null
    /// when the field cannot be generated (for a built-in field: when nothing changes).
    /// </summary>
    private DeclaredField? ReadField(DeclaredCollection collection, FrontMatterScalar key, FrontMatterNode value, FieldSpec? builtIn)
    {
        var path = collection.Name + ".fields." + key.Value;
        if (builtIn is not null && value is FrontMatterScalar { IsNull: true })
        {
            return null;
        }

        if (value is not FrontMatterMap map)
        {
            WrongShape(path, value, "a mapping of rules", key.Value + ": { type: string }");
            return null;
        }

        var rules = Entries(map, FieldKeys, "of the field '" + path + "' (a rule)");
        var typeEntry = rules.FirstOrDefault(r => r.Key.Value == "type");
        FieldTypeName type;
        if (builtIn is not null)
        {
            type = new FieldTypeName(builtIn.Type, builtIn.IsList, builtIn.RefCollection);
            if (typeEntry.Value is not null && (Scalar(typeEntry.Value) is not { } written || FieldTypeName.Parse(written.Value) != type))
            {
                _diagnostics.Add(DiagnosticDescriptors.BuiltInPapersChanged, At(typeEntry.Value), path + ".type", "changed", "'" + key.Value + "' is a built-in field of type " + type + "; remove type:, or declare a field of your own under another key");
            }
        }
        else if (ReadType(path, key, typeEntry.Value) is { } declared)
        {
            type = declared;
        }
        else
        {
            return null;
        }

        var spec = builtIn ?? new FieldSpec(key.Value, Identifiers.ToPascalCase(key.Value), type.Type, type.IsList, Required: false, "Front-matter <c>" + XmlText.Escape(key.Value) + "</c>.", Example: string.Empty)
        {
            RefCollection = type.RefCollection,
        };
        FrontMatterNode? propertyNode = null, minNode = null, maxNode = null, valuesNode = null;
        FrontMatterScalar? taxonomyKey = null, requiredKey = null, defaultKey = null;
        FrontMatterNode? defaultNode = null;
        Regex? pattern = null;
        List<(string Text, FrontMatterScalar Node)>? values = null;
        string? example = null;
        foreach (var (ruleKey, ruleValue) in rules)
        {
            var rule = ruleKey.Value;
            var rulePath = path + "." + rule;
            if (rule == "type")
            {
                continue;
            }

            if (builtIn is not null && Array.IndexOf(Tightenings, rule) < 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.BuiltInPapersChanged, At(ruleKey), rulePath, "set", "a built-in field can only be tightened, with required: true, values, pattern, min, max, unique: true or description; remove " + rule + ":");
                continue;
            }

            if (type.Misfit(rule) is { } misfit)
            {
                _diagnostics.Add(DiagnosticDescriptors.RuleNotForType, At(ruleKey), rule, path, "a field of type " + type, misfit);
                continue;
            }

            switch (rule)
            {
                case "required":
                    if (ReadBool(rulePath, ruleValue) is { } required)
                    {
                        if (builtIn is { Required: true } && !required)
                        {
                            _diagnostics.Add(DiagnosticDescriptors.BuiltInPapersChanged, At(ruleValue), rulePath, "false", "'" + key.Value + "' is always required; remove required:");
                        }
                        else
                        {
                            spec = spec with { Required = required || spec.Required };
                            requiredKey = ruleKey;
                        }
                    }

                    break;
                case "unique":
                    if (ReadBool(rulePath, ruleValue) is { } unique)
                    {
                        if (builtIn is { Unique: true } && !unique)
                        {
                            _diagnostics.Add(DiagnosticDescriptors.BuiltInPapersChanged, At(ruleValue), rulePath, "false", "'" + key.Value + "' is always unique; remove unique:");
                        }
                        else
                        {
                            spec = spec with { Unique = unique || spec.Unique };
                        }
                    }

                    break;
                case "taxonomy":
                    if (ReadBool(rulePath, ruleValue) is true)
                    {
                        var className = Identifiers.ToPascalCase(key.Value);
                        if (className == "Taxonomies")
                        {
                            InvalidName(key, key.Value, "taxonomy key", "its class would be Taxonomies.Taxonomies, and C# does not allow a class named as the class it is in; use another key");
                        }
                        else if (className.Length > 0)
                        {
                            spec = spec with { Taxonomy = new TaxonomySpec(className, Identifiers.NounOf(key.Value), "With" + Identifiers.Singular(className)) };
                            taxonomyKey = ruleKey;
                        }
                    }

                    break;
                case "default":
                    defaultKey = ruleKey;
                    defaultNode = ruleValue;
                    break;
                case "min":
                    minNode = ruleValue;
                    break;
                case "max":
                    maxNode = ruleValue;
                    break;
                case "pattern":
                    pattern = ReadPattern(rulePath, ruleValue);
                    if (pattern is not null)
                    {
                        spec = spec with { Pattern = pattern.ToString() };
                    }

                    break;
                case "values":
                    valuesNode = ruleValue;
                    values = ReadTextList(rulePath, ruleValue, "values: [idea, review, final]");
                    break;
                case "description":
                    if (ReadText(rulePath, ruleValue, "description: \"The date the post went online.\"") is { } description)
                    {
                        spec = spec with { Description = XmlText.Escape(description.Trim()) };
                    }

                    break;
                case "property":
                    if (ReadText(rulePath, ruleValue, "property: PublishedOn") is { } property)
                    {
                        if (IsPropertyName(property.Trim()))
                        {
                            spec = spec with { PropertyName = property.Trim() };
                            propertyNode = ruleValue;
                        }
                        else
                        {
                            InvalidName(ruleValue, property, "property name", "use a C# name of letters, digits and '_' that starts with a letter and is not a keyword, e.g. property: PublishedOn");
                            return null;
                        }
                    }

                    break;
                case "example":
                    example = ReadExample(rulePath, key.Value, ruleValue);
                    break;
            }
        }

        if (spec.PropertyName.Length == 0)
        {
            InvalidName(key, key.Value, "field key", "it has no letter or digit to name its property; keep the key and name the property with property:, e.g. property: Rating");
            return null;
        }

        if (values is not null)
        {
            if (values.Count > 0)
            {
                spec = spec with { Values = values.Select(v => v.Text).ToEquatableArray() };
            }
            else if (valuesNode is FrontMatterList { Items.Count: 0 } or FrontMatterScalar { IsNull: true } && type.Type != FieldType.Enum)
            {
                Invalid(path + ".values", valuesNode, "an empty list allows no value at all; list the allowed values, or remove values:");
            }
        }

        if (type.Type == FieldType.Enum)
        {
            if (spec.Values.Count == 0)
            {
                // A values rule of the wrong shape, or whose items were all wrong, has its own diagnostics.
                if (valuesNode is null or FrontMatterList { Items.Count: 0 } or FrontMatterScalar { IsNull: true })
                {
                    _diagnostics.Add(DiagnosticDescriptors.EnumWithoutValues, At(valuesNode ?? key), path);
                }

                return null;
            }

            var enumName = collection.TypeName + spec.PropertyName;
            if (!CheckEnumMembers(path, enumName, values!))
            {
                return null;
            }

            spec = spec with { EnumName = enumName };
        }

        spec = ReadBounds(path, spec, minNode, maxNode);
        if (builtIn is null)
        {
            // Typing quotes the example in its messages about the default.
            spec = spec with { Example = FieldTypeName.Example(spec) };
        }

        if (defaultNode is not null)
        {
            if (spec.Required)
            {
                _diagnostics.Add(DiagnosticDescriptors.RuleNotForType, At(defaultKey!), "default", path, "a required field", "a required field is never absent, so its default would never be used; remove default: or required: true");
            }
            else if (spec.Unique)
            {
                _diagnostics.Add(DiagnosticDescriptors.RuleNotForType, At(defaultKey!), "default", path, "a unique field", "every document without the field would share the default, and so break unique; remove default: or unique: true");
            }
            else if (ReadDefault(path + ".default", spec, defaultNode, pattern) is { } canonical)
            {
                spec = spec with { Default = canonical };
            }
        }
        else if (spec.Required && spec.Default is not null)
        {
            // A built-in field with a default (draft) made required.
            _diagnostics.Add(DiagnosticDescriptors.RuleNotForType, At(requiredKey ?? key), "required", path, "a field with a default", "a field with a default is never missing; remove required:");
            spec = spec with { Required = false };
        }

        if (builtIn is null)
        {
            // Now with the default, which makes the best example.
            spec = spec with { Example = example ?? FieldTypeName.Example(spec) };
        }

        return new DeclaredField(spec, key, BuiltIn: builtIn is not null) { PropertyNode = propertyNode, TaxonomyKey = taxonomyKey, Path = path };
    }

    /// <summary>A new field's type; null (with a diagnostic) when it is missing, unknown, or names no collection.</summary>
    private FieldTypeName? ReadType(string path, FrontMatterScalar key, FrontMatterNode? node)
    {
        if (node is null || node is FrontMatterScalar { IsNull: true })
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownFieldType, At(node ?? key), path, "no type", string.Empty);
            return null;
        }

        if (Scalar(node) is not { } written)
        {
            WrongShape(path + ".type", node, "a single value", "type: string");
            return null;
        }

        if (FieldTypeName.Parse(written.Value) is not { } type)
        {
            var nearest = FieldTypeName.Nearest(written.Value);
            _diagnostics.Add(DiagnosticDescriptors.UnknownFieldType, At(node), path, "the unknown type '" + written.Value + "'", nearest.Count > 0 ? "did you mean " + EditDistance.QuoteList(nearest) + "? " : string.Empty);
            return null;
        }

        if (type.RefCollection is { } target && !_collectionNameSet.Contains(target))
        {
            var nearest = target.Length <= 64 && _collectionNames.Count <= MaxSuggestionCandidates ? EditDistance.Nearest(target, _collectionNames, 3) : Array.Empty<string>();
            _diagnostics.Add(
                DiagnosticDescriptors.UnknownCollection,
                At(node),
                target,
                path + ".type",
                nearest.Count > 0 ? "did you mean " + EditDistance.QuoteList(nearest) + "? " : string.Empty,
                _collectionNames.Count <= MaxSuggestionCandidates ? EditDistance.QuoteList(_collectionNames) : EditDistance.QuoteList(_collectionNames.Take(MaxSuggestionCandidates)) + ", ...");
            return null;
        }

        if (key.Value == "draft" && (type.Type != FieldType.Bool || type.IsList))
        {
            Invalid(path + ".type", node, "'draft' says whether a document is a draft, so its type is bool; write type: bool, or give your field another key");
            return null;
        }

        return type;
    }

    /// <summary>The field with its min and max, in canonical form; a bound that is wrong, or that passes the other, is left out.</summary>
    private FieldSpec ReadBounds(string path, FieldSpec spec, FrontMatterNode? minNode, FrontMatterNode? maxNode)
    {
        var probe = Probe(spec);
        var min = minNode is null ? null : ReadValue(path + ".min", probe, minNode, "min");
        var max = maxNode is null ? null : ReadValue(path + ".max", probe, maxNode, "max");
        if (min is not null && max is not null && CompareCanonical(spec.Type, min, max) > 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.MinAboveMax, At(minNode!), path, ((FrontMatterScalar)minNode!).Value, ((FrontMatterScalar)maxNode!).Value);
            return spec;
        }

        return spec with { Min = min ?? spec.Min, Max = max ?? spec.Max };
    }

    /// <summary>
    /// The default, in canonical form, typed exactly as a document's value is (Schema/FieldTyper), so that it is
    /// within the field's values and bounds; null (with a diagnostic) when it is not a valid value.
    /// </summary>
    private string? ReadDefault(string path, FieldSpec spec, FrontMatterNode node, Regex? pattern)
    {
        var canonical = ReadValue(path, spec with { Pattern = null, Default = null }, node, "default");
        if (canonical is null || pattern is null || _defaultPatternChecks >= MaxDefaultPatternChecks)
        {
            return canonical;
        }

        _defaultPatternChecks++;
        try
        {
            if (!pattern.IsMatch(canonical))
            {
                Invalid(path, node, "'" + canonical + "' does not match the field's pattern " + pattern + "; write a default that does");
                return null;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            Invalid(path, node, "matching '" + canonical + "' against the field's pattern took longer than " + PatternTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms, as it would for documents; simplify the pattern");
            return null;
        }

        return canonical;
    }

    /// <summary>A value of the field's type (a bound or a default) in canonical form, or null with CG0510 carrying typing's own message.</summary>
    private string? ReadValue(string path, FieldSpec field, FrontMatterNode node, string rule)
    {
        if (Scalar(node) is not { } scalar)
        {
            WrongShape(path, node, "a single value", rule + ": " + FieldTypeName.Example(field).Substring(field.Key.Length + 2));
            return null;
        }

        if (scalar.IsNull || scalar.Value.Trim().Length == 0)
        {
            Invalid(path, node, "it is empty; write a value, e.g. " + rule + ": " + FieldTypeName.Example(field).Substring(field.Key.Length + 2) + ", or remove " + rule + ":");
            return null;
        }

        var found = new DiagnosticList();
        var typed = new FieldTyper(_text, _lines, found).Type(field, node, date: null);
        foreach (var problem in found.ToEquatableArray())
        {
            if (problem.IsError)
            {
                Invalid(path, node, MessageOf(problem));
                return null;
            }
        }

        if (typed?.Text is not { } text)
        {
            Invalid(path, node, "write a value, e.g. " + FieldTypeName.Example(field) + ", or remove " + rule + ":");
            return null;
        }

        return text;
    }

    /// <summary>The field as typing sees a bound or default: no rules that would judge the value itself, and an example of the bare type.</summary>
    private static FieldSpec Probe(FieldSpec spec)
    {
        var bare = spec with { Min = null, Max = null, Default = null, Pattern = null, Values = spec.Type == FieldType.Enum ? spec.Values : EquatableArray<string>.Empty };
        return bare with { Example = FieldTypeName.Example(bare) };
    }

    private static int CompareCanonical(FieldType type, string left, string right)
    {
        switch (type)
        {
            case FieldType.Int:
            case FieldType.Year:
            case FieldType.Decimal:
                return decimal.TryParse(left, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var l)
                    && decimal.TryParse(right, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var r)
                    ? l.CompareTo(r) : 0;
            case FieldType.DateTime:
                return DateTimeOffset.TryParseExact(left, "o", CultureInfo.InvariantCulture, DateTimeStyles.None, out var earlier)
                    && DateTimeOffset.TryParseExact(right, "o", CultureInfo.InvariantCulture, DateTimeStyles.None, out var later)
                    ? earlier.UtcDateTime.CompareTo(later.UtcDateTime) : 0;
            default:
                return string.CompareOrdinal(left, right);
        }
    }

    /// <summary>Whether an enum's values give distinct members that C# allows; each problem gets a diagnostic at its value.</summary>
    private bool CheckEnumMembers(string path, string enumName, List<(string Text, FrontMatterScalar Node)> values)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (text, node) in values)
        {
            var member = Identifiers.ForEnumMember(text);
            if (member.Length == 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.EnumValueGivesNoMember, At(node), text, path, "has no letter or digit to make a C# enum member of", "write a value with letters or digits (in-review becomes the member InReview)");
                valid = false;
            }
            else if (member == enumName)
            {
                _diagnostics.Add(DiagnosticDescriptors.EnumValueGivesNoMember, At(node), text, path, "becomes the member " + member + ", the name of the enum itself, which C# does not allow", "spell the value differently, or rename the enum by naming the field's property with property:");
                valid = false;
            }
            else if (members.TryGetValue(member, out var other))
            {
                _diagnostics.Add(DiagnosticDescriptors.EnumMembersClash, At(node), other, text, path, member);
                valid = false;
            }
            else
            {
                members.Add(member, text);
            }
        }

        return valid;
    }

    private bool? ReadBool(string path, FrontMatterNode node)
    {
        if (node is FrontMatterScalar { IsPlain: true, Value: "true" or "false" } flag)
        {
            return flag.Value == "true";
        }

        if (node is FrontMatterScalar)
        {
            Invalid(path, node, "write true or false, unquoted (yes, no, on and off are not read as true or false)");
        }
        else
        {
            WrongShape(path, node, "a single value", path.Substring(path.LastIndexOf('.') + 1) + ": true");
        }

        return null;
    }

    private string? ReadText(string path, FrontMatterNode node, string example)
    {
        if (Scalar(node) is not { } scalar)
        {
            WrongShape(path, node, "a single value", example);
            return null;
        }

        if (scalar.IsNull || scalar.Value.Trim().Length == 0)
        {
            Invalid(path, node, "it is empty; write it, e.g. " + example + ", or remove it");
            return null;
        }

        return scalar.Value;
    }

    /// <summary>The pattern, compiled as typing will use it; null (with CG0511) when it does not compile.</summary>
    private Regex? ReadPattern(string path, FrontMatterNode node)
    {
        if (ReadText(path, node, "pattern: '^[0-9]{13}$'") is not { } pattern)
        {
            return null;
        }

        if (pattern.Length > MaxPatternLength)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidPattern, At(node), path, "it is " + pattern.Length.ToString(CultureInfo.InvariantCulture) + " characters long, over the limit of " + MaxPatternLength.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException exception)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidPattern, At(node), path, OneLine(exception.Message));
            return null;
        }
    }

    /// <summary>An example line for messages: the key and the value as written in contentgen.yaml, on one line.</summary>
    private string? ReadExample(string path, string key, FrontMatterNode node)
    {
        var written = _text.Substring(node.Start, Math.Max(0, Math.Min(node.End, _text.Length) - node.Start)).Trim();
        if (node is FrontMatterScalar { IsNull: true } || written.Length == 0 || written.IndexOf('\n') >= 0 || written.IndexOf('\r') >= 0)
        {
            Invalid(path, node, "write an example value on one line, as a document would write it, e.g. example: 3 or example: [a, b]");
            return null;
        }

        return key + ": " + written;
    }

    private static string MessageOf(DiagnosticInfo diagnostic)
        => OneLine(string.Format(CultureInfo.InvariantCulture, diagnostic.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), diagnostic.Arguments.Cast<object>().ToArray()));

    private static string OneLine(string message) => message.Replace('\r', ' ').Replace('\n', ' ').TrimEnd('.');
}
