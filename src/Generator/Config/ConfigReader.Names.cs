using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Diagnostics;
using ContentGen.Input;
using ContentGen.Model;
using ContentGen.Naming;
using ContentGen.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Config;

/// <summary>
/// The generated names: each must be a C# name, and none may be taken twice, within a record (its properties), a
/// collection's class (its lookups) or the namespace (records, classes, section records, enums, taxonomies). What
/// clashes is left out, so the generated code always compiles: the later field, taxonomy or collection.
/// </summary>
internal sealed partial class ConfigReader
{
    /// <summary>Members every generated record has, and why; properties compare ignoring case (constructor parameters are the property names in camelCase).</summary>
    private static readonly (string[] Names, string What)[] RecordMembers =
    {
        (new[] { "Slug", "SourcePath" }, "a member of every record (the document's slug and path)"),
        (new[] { "Markdown", "Html", "PlainText", "Sections", "WordCount", "ReadingTime" }, "a member of every record (the body: Markdown, Html, PlainText, Sections, WordCount, ReadingTime)"),
        (new[] { "EqualityContract", "PrintMembers", "Body", "Slot" }, "a member every generated record has (EqualityContract, PrintMembers, Body and Slot are taken)"),
        (new[] { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals", "Deconstruct" }, "a member of every C# object"),
    };

    /// <summary>Names in the generated namespace that are not a collection's.</summary>
    private static readonly (string Name, string What)[] ReservedTypeNames =
    {
        ("Taxonomies", "the class that holds the taxonomies"),
        ("ContentGenRuntime", "the namespace of ContentGen's run time"),
    };

    /// <summary>A collection name: letters, digits, '_' and '-', starting with a letter (it appears in <c>ref:&lt;collection&gt;</c>).</summary>
    private static bool IsCollectionName(string name)
    {
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A record or class name: a letter that is not lower case, then letters, digits and '_'. So never a keyword (all
    /// are lower case), never a name the compiler warns about (CS8981, all lower-case ASCII), and no invisible characters.
    /// </summary>
    private static bool IsTypeName(string name)
        => name.Length > 0 && char.IsLetter(name[0]) && !char.IsLower(name[0]) && IsIdentifierTail(name);

    /// <summary>A property name: a letter or '_', then letters, digits and '_', and not a keyword.</summary>
    private static bool IsPropertyName(string name)
        => name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && IsIdentifierTail(name)
            && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    private static bool IsIdentifierTail(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Within one collection: the properties of its list sections and fields must differ from each other and from the
    /// record's own members, and its taxonomies' lookups from each other. Built-in fields and the implicit draft are
    /// known to be right and come first; a declared section or field that clashes is left out, a lookup loses its taxonomy.
    /// </summary>
    private void CheckMembers(DeclaredCollection collection)
    {
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (names, what) in RecordMembers)
        {
            foreach (var name in names)
            {
                taken[name] = what;
            }
        }

        taken[collection.TypeName] = "the name of the record itself, which C# does not allow for a member";
        foreach (var field in collection.Fields.Where(f => f.BuiltIn))
        {
            taken[field.Spec.PropertyName] = field.Key is null && !collection.IsPapers ? "the property of the draft field every collection has" : "the property of '" + collection.Name + ".fields." + field.Spec.Key + "'";
        }

        var builtInSections = collection.IsPapers ? Schema.PaperSchema.Collection.Body.ListSections : EquatableArray<ListSection>.Empty;
        var sections = new List<ListSection>();
        foreach (var section in collection.Body.ListSections)
        {
            var path = collection.Name + ".body.sections." + section.Heading;
            if (!builtInSections.Contains(section) && taken.TryGetValue(section.PropertyName, out var owner))
            {
                var node = SectionKeys.TryGetValue((collection.Name, section.Heading), out var heading) ? heading : collection.Key;
                _diagnostics.Add(DiagnosticDescriptors.MemberNameTaken, node is null ? null : At(node), "property", section.PropertyName, path, owner, "its property is named after the heading, so this section cannot be read as a list; remove it from sections:");
                continue;
            }

            taken[section.PropertyName] = "the list of the section '" + section.Heading + "'";
            sections.Add(section);
        }

        collection.Body = collection.Body with { ListSections = sections.ToEquatableArray() };

        var lookups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in collection.Fields.Where(f => f.BuiltIn))
        {
            if (field.Spec.Taxonomy is { } taxonomy)
            {
                lookups[taxonomy.LookupMethod] = collection.Name + ".fields." + field.Spec.Key;
            }
        }

        for (var i = 0; i < collection.Fields.Count; i++)
        {
            var field = collection.Fields[i];
            if (field.BuiltIn)
            {
                continue;
            }

            var property = field.Spec.PropertyName;
            if (taken.TryGetValue(property, out var owner))
            {
                _diagnostics.Add(DiagnosticDescriptors.MemberNameTaken, AtFirst(field.PropertyNode, field.Key, collection.Key), "property", property, field.Path, owner, "name the property with property:, e.g. property: " + property + "Value");
                collection.Fields.RemoveAt(i--);
                continue;
            }

            taken[property] = "the property of '" + field.Path + "'";
            if (field.Spec.Taxonomy is { } taxonomy)
            {
                if (lookups.TryGetValue(taxonomy.LookupMethod, out var other))
                {
                    _diagnostics.Add(DiagnosticDescriptors.MemberNameTaken, AtFirst(field.TaxonomyKey, field.Key, collection.Key), "lookup method", taxonomy.LookupMethod, field.Path, "the lookup of the taxonomy '" + other + "'", "keep one of the two taxonomies, or remove taxonomy: from this field");
                    collection.Fields[i] = field with { Spec = field.Spec with { Taxonomy = null } };
                }
                else
                {
                    lookups[taxonomy.LookupMethod] = field.Path;
                }
            }
        }
    }

    /// <summary>
    /// Across collections: record, class and section names, folders, enums, taxonomy classes and references. The
    /// papers come first and are never left out; a later collection whose names or folder are taken is.
    /// </summary>
    private EquatableArray<CollectionSpec> CheckAcrossCollections(List<DeclaredCollection> all)
    {
        var typeNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, what) in ReservedTypeNames)
        {
            typeNames[name] = what;
        }

        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<DeclaredCollection>();
        foreach (var collection in all)
        {
            if (!collection.IsPapers && !NamesAreFree(collection, typeNames))
            {
                continue;
            }

            if (folders.TryGetValue(collection.Folder, out var owner))
            {
                _diagnostics.Add(DiagnosticDescriptors.FolderClaimedTwice, AtFirst(collection.FolderNode, collection.Key, null), collection.Folder, collection.Name, owner);
                continue;
            }

            folders[collection.Folder] = collection.Name;
            typeNames[collection.TypeName] = "the record of '" + collection.Name + "'";
            typeNames[collection.ClassName] = "the class of '" + collection.Name + "'";
            typeNames[collection.TypeName + "Section"] = "the section record of '" + collection.Name + "'";
            kept.Add(collection);
        }

        var exactNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, what) in ReservedTypeNames)
        {
            exactNames[name] = what;
        }

        foreach (var collection in kept)
        {
            exactNames[collection.TypeName] = typeNames[collection.TypeName];
            exactNames[collection.ClassName] = typeNames[collection.ClassName];
            exactNames[collection.TypeName + "Section"] = typeNames[collection.TypeName + "Section"];
        }

        var taxonomies = new Dictionary<string, (string Key, string Path)>(StringComparer.Ordinal);
        var names = new HashSet<string>(kept.Select(c => c.Name), StringComparer.Ordinal);
        foreach (var collection in kept)
        {
            for (var i = 0; i < collection.Fields.Count; i++)
            {
                var field = collection.Fields[i];
                var path = collection.Name + ".fields." + field.Spec.Key;
                if (field.Spec.RefCollection is { } target && !names.Contains(target))
                {
                    // The target has an error of its own; a reference to it cannot be generated.
                    collection.Fields.RemoveAt(i--);
                    continue;
                }

                if (field.Spec.EnumName is { } enumName)
                {
                    // An enum is emitted in its record's file, so unlike a record or class it may differ from another name by case alone.
                    if (exactNames.TryGetValue(enumName, out var owner))
                    {
                        _diagnostics.Add(DiagnosticDescriptors.TypeNameTaken, AtFirst(field.PropertyNode, field.Key, collection.Key), "enum", enumName, path, owner, "the enum is named after the record and the property; name the property with property:");
                        collection.Fields.RemoveAt(i--);
                        continue;
                    }

                    exactNames[enumName] = "the enum of '" + path + "'";
                }

                if (field.Spec.Taxonomy is { } taxonomy)
                {
                    if (taxonomies.TryGetValue(taxonomy.ClassName, out var other) && other.Key != field.Spec.Key)
                    {
                        _diagnostics.Add(DiagnosticDescriptors.TaxonomyClassTaken, AtFirst(field.TaxonomyKey, field.Key, collection.Key), path, taxonomy.ClassName, other.Path);
                        collection.Fields[i] = field with { Spec = field.Spec with { Taxonomy = null } };
                        continue;
                    }

                    if (!taxonomies.ContainsKey(taxonomy.ClassName))
                    {
                        taxonomies[taxonomy.ClassName] = (field.Spec.Key, path);
                    }
                }
            }
        }

        return kept.Select(c => c.ToSpec()).ToEquatableArray();
    }

    /// <summary>Whether a declared collection's record, class and section names are free (each clash is reported, the first only).</summary>
    private bool NamesAreFree(DeclaredCollection collection, Dictionary<string, string> typeNames)
    {
        var typeNode = collection.TypeNode ?? collection.Key;
        var classNode = collection.ClassNode ?? typeNode;
        var candidates = new (string, string, FrontMatterNode?, string)[]
        {
            ("record", collection.TypeName, typeNode, "name the record with type:"),
            ("class", collection.ClassName, classNode, "name the class with class:"),
            ("section record", collection.TypeName + "Section", typeNode, "the section record is named after the record; name the record with type:"),
        };
        var own = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, name, node, fix) in candidates)
        {
            if (typeNames.TryGetValue(name, out var owner) || own.TryGetValue(name, out owner))
            {
                _diagnostics.Add(DiagnosticDescriptors.TypeNameTaken, AtFirst(node, null, null), kind, name, collection.Name, owner, fix);
                return false;
            }

            own[name] = "the " + kind + " of '" + collection.Name + "' itself";
        }

        // C# does not allow a member named as its class: the class's own members (All, Get, ...) and lookups.
        var spec = collection.ToSpec();
        foreach (var member in Identifiers.ClassMembers(spec))
        {
            if (string.Equals(member, collection.ClassName, StringComparison.Ordinal))
            {
                _diagnostics.Add(DiagnosticDescriptors.TypeNameTaken, AtFirst(classNode, null, null), "class", collection.ClassName, collection.Name, "a member of that class", "name the class with class:");
                return false;
            }
        }

        return true;
    }

    /// <summary>The place of the first node given (the most precise first), or none; only the built-in papers have no key.</summary>
    private LocationInfo? AtFirst(FrontMatterNode? first, FrontMatterNode? second, FrontMatterNode? third)
        => (first ?? second ?? third) is { } node ? At(node) : null;
}
