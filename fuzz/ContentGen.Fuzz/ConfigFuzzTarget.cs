using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Config;
using ContentGen.Emit;
using ContentGen.Model;

namespace ContentGen.Fuzz;

/// <summary>
/// One fuzz execution of the config reader: bytes in as <c>contentgen.yaml</c>, <see cref="ConfigReader.Read"/> run,
/// and an exception out when it throws or its result breaks a rule the rest of the generator relies on.
/// </summary>
internal static class ConfigFuzzTarget
{
    public const string FilePath = "/fuzz/contentgen.yaml";

    public static void Run(byte[] data)
    {
        var text = FuzzTarget.Decode(data);
        var config = ConfigReader.Read(FilePath, text, GeneratorOptions.DefaultMaxNestingDepth);
        Check(config, text);
        FuzzTarget.CheckPlainYaml(text, 0, text.Length, FilePath);

        // Deterministic: the same text gives an equal result.
        if (!config.Equals(ConfigReader.Read(FilePath, text, GeneratorOptions.DefaultMaxNestingDepth)))
        {
            throw new FuzzFindingException("two reads of the same text differ");
        }
    }

    /// <summary>Throws <see cref="FuzzFindingException"/> when the config breaks a rule that must always hold.</summary>
    public static void Check(ContentConfig config, string text)
    {
        var length = text.Length > 0 && text[0] == '\uFEFF' ? text.Length - 1 : text.Length;
        foreach (var diagnostic in config.Diagnostics)
        {
            if (diagnostic.Location is { } location && (location.Span.Start < 0 || location.Span.End > length || location.FilePath != FilePath))
            {
                Fail("diagnostic " + diagnostic.Descriptor.Id + " lies outside the file: " + location.Span);
            }
        }

        var collections = config.Collections;
        if (collections.Count == 0 || !collections[0].IsPapers || collections[0].Name != "papers" || collections.Skip(1).Any(c => c.IsPapers))
        {
            Fail("the built-in papers are not first, or not alone");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var typeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Taxonomies", "ContentGenRuntime" };
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var collection in collections)
        {
            Require(names.Add(collection.Name), "two collections named '" + collection.Name + "'");
            Require(folders.Add(collection.Folder), "two collections with the folder '" + collection.Folder + "'");
            foreach (var name in new[] { collection.TypeName, collection.ClassName, collection.SectionTypeName })
            {
                Require(Identifier(name) && typeNames.Add(name), "type name '" + name + "' invalid or taken twice");
            }
        }

        var taxonomyKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var collection in collections)
        {
            var properties = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Slug", "SourcePath", "Markdown", "Html", "PlainText", "Sections", "WordCount", "ReadingTime", "Body", "Slot", collection.TypeName };
            foreach (var section in collection.Body.ListSections)
            {
                Require(Identifier(section.PropertyName) && properties.Add(section.PropertyName), "list section property '" + section.PropertyName + "' invalid or taken");
            }

            var lookups = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in collection.Fields)
            {
                var where = collection.Name + "." + field.Key;
                Require(Identifier(field.PropertyName) && properties.Add(field.PropertyName), where + ": property '" + field.PropertyName + "' invalid or taken");
                if (field.Type == FieldType.Ref)
                {
                    Require(field.RefCollection is not null && names.Contains(field.RefCollection), where + ": reference to a missing collection");
                }

                if (field.Type == FieldType.Enum)
                {
                    Require(field.EnumName is not null && field.Values.Count > 0 && typeNames.Add(field.EnumName), where + ": enum without name or values, or its name taken");
                    var members = field.Values.Select(Naming.Identifiers.ForEnumMember).ToList();
                    Require(members.All(m => m.Length > 0 && m != field.EnumName) && members.Distinct(StringComparer.Ordinal).Count() == members.Count, where + ": enum members empty or repeated");
                    if (field.Default is { } member)
                    {
                        Require(field.Values.Contains(member), where + ": default not a member");
                    }
                }

                if (field.Taxonomy is { } taxonomy)
                {
                    Require(field.IsList && field.Type == FieldType.String && lookups.Add(taxonomy.LookupMethod), where + ": taxonomy on a wrong type, or its lookup taken");
                    Require(!taxonomyKeys.TryGetValue(taxonomy.ClassName, out var key) || key == field.Key, where + ": taxonomy class shared by two keys");
                    taxonomyKeys[taxonomy.ClassName] = field.Key;
                }

                Require(field.Default is null || (!field.IsList && field.Type != FieldType.Ref && !field.Required), where + ": default on a list, a reference or a required field");
                Canonical(field, field.Default, where + ".default");
                Canonical(field, field.Min, where + ".min");
                Canonical(field, field.Max, where + ".max");
                if (field.Pattern is { } pattern)
                {
                    _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
                }
            }

            // The emitter of the record must not throw on anything the reader accepts.
            _ = RecordEmitter.Emit("Fuzz", collection, collections);
        }
    }

    /// <summary>A canonical value reads back the way the payload writer (Emit/FieldCodec) reads it.</summary>
    private static void Canonical(FieldSpec field, string? value, string where)
    {
        if (value is null)
        {
            return;
        }

        var ok = field.Type switch
        {
            FieldType.Int or FieldType.Year => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            FieldType.Decimal => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
            FieldType.Bool => value is "true" or "false",
            FieldType.Date => value.Length == 10 && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            FieldType.DateTime => DateTimeOffset.TryParseExact(value, "o", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => true,
        };
        Require(ok, where + ": '" + value + "' is not canonical for " + field.Type);
    }

    private static bool Identifier(string name)
        => name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            Fail(message);
        }
    }

    private static void Fail(string message) => throw new FuzzFindingException("config: " + message);
}
