using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Diagnostics;
using ContentGen.Input;
using ContentGen.Model;
using ContentGen.Naming;
using ContentGen.Parsing;
using ContentGen.Schema;

namespace ContentGen.Config;

/// <summary>
/// Reads <c>contentgen.yaml</c> into the project's collections: the built-in papers collection (extended by a
/// <c>papers:</c> entry) and every declared collection, with every problem of the file as a diagnostic at its line.
/// </summary>
/// <remarks>
/// A pure function of the file's text that never throws on any input and whose work is bounded: the file's size is
/// capped, its nesting too (by <see cref="FrontMatterReader"/>, which reads it into nodes without recursion), and the
/// reader only walks the levels the format has. A problem leaves out as little as keeps the result sound: a rule, else
/// the field, else the collection; the built-in papers are always there. This file reads the file and its collections;
/// <c>ConfigReader.Fields.cs</c> reads one field; <c>ConfigReader.Names.cs</c> checks the generated names.
/// </remarks>
internal sealed partial class ConfigReader
{
    /// <summary>The file name, matched ignoring case, in the project directory.</summary>
    public const string FileName = "contentgen.yaml";

    /// <summary>The collections with no <c>contentgen.yaml</c>: papers alone.</summary>
    public static readonly ContentConfig Default = new(new[] { PaperSchema.Collection }.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>The nesting a valid file needs (collections, a collection, fields, a field, values: six levels), with room.</summary>
    private const int MinimumNestingDepth = 8;

    /// <summary>Past this many names, "did you mean" is not worked out (its cost grows with the names).</summary>
    private const int MaxSuggestionCandidates = 200;

    private static readonly string[] TopLevelKeys = { "collections" };

    private static readonly string[] CollectionKeys = { "folder", "type", "class", "fields", "body" };

    private static readonly string[] BodyKeys = { "required_sections", "sections" };

    private static readonly YamlSource Yaml = new(FileName, DiagnosticDescriptors.ConfigYamlError, DiagnosticDescriptors.ConfigUnsupportedYaml, DiagnosticDescriptors.ConfigTooDeep, " must be put in quotes, e.g. description: \"Note: read this first\"");

    private readonly string _text;
    private readonly LineMap _lines;
    private readonly DiagnosticList _diagnostics;

    /// <summary>The collections a reference may name: papers and every declared collection with a valid name.</summary>
    private readonly List<string> _collectionNames = new() { PaperSchema.Collection.Name };

    /// <summary>The same names, to look up.</summary>
    private readonly HashSet<string> _collectionNameSet = new(StringComparer.Ordinal) { PaperSchema.Collection.Name };

    private ConfigReader(string text, LineMap lines, DiagnosticList diagnostics)
    {
        _text = text;
        _lines = lines;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads the file; <paramref name="text"/> null means there is none.</summary>
    public static ContentConfig Read(string? filePath, string? text, int maxNestingDepth)
    {
        if (text is null || filePath is null)
        {
            return Default;
        }

        // As for content files: the compiler may hand over the byte-order mark as a character.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var lines = new LineMap(filePath, text);
        var diagnostics = new DiagnosticList();
        if (text.Length > GeneratorOptions.DefaultMaxFileSize)
        {
            diagnostics.Add(DiagnosticDescriptors.ConfigTooLarge, lines.LineLocation(0), text.Length.ToString(CultureInfo.InvariantCulture), GeneratorOptions.DefaultMaxFileSize.ToString(CultureInfo.InvariantCulture));
            return Default with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        var root = FrontMatterReader.Read(text, 0, text.Length, lines, Math.Max(maxNestingDepth, MinimumNestingDepth), diagnostics, Yaml);
        var collections = root is null ? Default.Collections : new ConfigReader(text, lines, diagnostics).ReadFile(root);

        // In the order of the file, whatever order the checks ran in.
        var sorted = diagnostics.ToEquatableArray().OrderBy(d => d.Location?.Span.Start ?? 0).ToEquatableArray();
        return new ContentConfig(collections, sorted);
    }

    private EquatableArray<CollectionSpec> ReadFile(FrontMatterNode root)
    {
        if (root is FrontMatterScalar { IsNull: true })
        {
            return Default.Collections;
        }

        if (root is not FrontMatterMap map)
        {
            WrongShape(FileName, root, "a mapping", "collections:, then one entry per collection, e.g. posts: { folder: posts, fields: { title: { type: string } } }");
            return Default.Collections;
        }

        FrontMatterNode? collectionsNode = null;
        foreach (var (_, value) in Entries(map, TopLevelKeys, "at the top of contentgen.yaml"))
        {
            collectionsNode = value;
        }

        if (collectionsNode is null or FrontMatterScalar { IsNull: true })
        {
            return Default.Collections;
        }

        if (collectionsNode is not FrontMatterMap collections)
        {
            WrongShape("collections", collectionsNode, "a mapping", "one entry per collection, e.g. collections: { posts: { folder: posts } }");
            return Default.Collections;
        }

        var entries = Entries(collections, known: null, where: "of collections");
        foreach (var (key, _) in entries)
        {
            if (key.Value != PaperSchema.Collection.Name && IsCollectionName(key.Value))
            {
                _collectionNames.Add(key.Value);
                _collectionNameSet.Add(key.Value);
            }
        }

        DeclaredCollection? papers = null;
        var declared = new List<DeclaredCollection>();
        foreach (var (key, value) in entries)
        {
            if (key.Value == PaperSchema.Collection.Name)
            {
                papers = ReadPapers(key, value);
            }
            else if (ReadCollection(key, value) is { } collection)
            {
                declared.Add(collection);
            }
        }

        var all = new List<DeclaredCollection> { papers ?? BuiltInPapers(key: null) };
        all.AddRange(declared);
        return CheckAcrossCollections(all);
    }

    /// <summary>A declared collection: its name, folder, body and generated names, and its fields as read.</summary>
    private DeclaredCollection? ReadCollection(FrontMatterScalar key, FrontMatterNode value)
    {
        var name = key.Value;
        var valid = true;
        if (!IsCollectionName(name))
        {
            InvalidName(key, name, "collection name", "use letters, digits, '_' and '-', starting with a letter, e.g. posts or blog_posts");
            valid = false;
        }

        var nodes = new Dictionary<string, (FrontMatterScalar Key, FrontMatterNode Value)>(StringComparer.Ordinal);
        if (value is FrontMatterMap map)
        {
            foreach (var entry in Entries(map, CollectionKeys, "of the collection '" + name + "'"))
            {
                nodes[entry.Key.Value] = entry;
            }
        }
        else if (value is not FrontMatterScalar { IsNull: true })
        {
            WrongShape(name, value, "a mapping", name + ": { folder: " + name + ", fields: { title: { type: string, required: true } } }");
            return null;
        }

        var typeNode = nodes.TryGetValue("type", out var typeEntry) ? typeEntry.Value : null;
        var classNode = nodes.TryGetValue("class", out var classEntry) ? classEntry.Value : null;
        var typeName = typeNode is null ? Identifiers.ToPascalCase(Identifiers.Singular(name)) : ReadName(name + ".type", typeNode, "type name");
        if (typeName is null || (typeNode is null && valid && !IsTypeName(typeName)))
        {
            if (typeName is not null)
            {
                InvalidName(key, typeName, "type name", "the record's name made from the collection's name is not a C# type name; set one with type:, e.g. type: Post");
            }

            valid = false;
            typeName = string.Empty;
        }

        var className = classNode is null ? (typeName.Length > 0 ? Identifiers.Plural(typeName) : string.Empty) : ReadName(name + ".class", classNode, "class name");
        if (className is null)
        {
            valid = false;
        }

        var folder = name;
        if (nodes.TryGetValue("folder", out var folderEntry))
        {
            if (ReadFolder(name + ".folder", folderEntry.Value) is { } declaredFolder)
            {
                folder = declaredFolder;
            }
            else
            {
                valid = false;
            }
        }

        var collection = new DeclaredCollection(name, key, isPapers: false)
        {
            TypeName = typeName,
            ClassName = className ?? string.Empty,
            Folder = folder,
            TypeNode = typeNode,
            ClassNode = classNode,
            FolderNode = folderEntry.Value,
            Body = nodes.TryGetValue("body", out var bodyEntry) ? ReadBody(name, bodyEntry.Value, EmptyBody) : EmptyBody,
        };

        if (nodes.TryGetValue("fields", out var fieldsEntry))
        {
            foreach (var (fieldKey, fieldValue) in FieldEntries(name, fieldsEntry.Value))
            {
                if (ReadField(collection, fieldKey, fieldValue, builtIn: null) is { } field)
                {
                    collection.Fields.Add(field);
                }
            }
        }

        if (collection.Fields.All(f => f.Spec.Key != "draft"))
        {
            collection.Fields.Add(new DeclaredField(DraftField(collection.TypeName), Key: null, BuiltIn: true));
        }

        if (!valid)
        {
            return null;
        }

        CheckMembers(collection);
        return collection;
    }

    /// <summary>The built-in papers collection, extended and tightened by a <c>papers:</c> entry.</summary>
    private DeclaredCollection ReadPapers(FrontMatterScalar key, FrontMatterNode value)
    {
        var papers = BuiltInPapers(key);
        if (value is FrontMatterScalar { IsNull: true })
        {
            return papers;
        }

        if (value is not FrontMatterMap map)
        {
            WrongShape(key.Value, value, "a mapping", "papers: { fields: { venue_type: { type: string } } }");
            return papers;
        }

        var builtIn = PaperSchema.Collection;
        foreach (var (ruleKey, ruleValue) in Entries(map, CollectionKeys, "of the collection 'papers'"))
        {
            switch (ruleKey.Value)
            {
                case "type":
                case "class":
                    var fixedName = ruleKey.Value == "type" ? builtIn.TypeName : builtIn.ClassName;
                    if (Scalar(ruleValue) is not { } named || named.Value.Trim() != fixedName)
                    {
                        _diagnostics.Add(
                            DiagnosticDescriptors.BuiltInPapersChanged,
                            At(ruleValue),
                            "papers." + ruleKey.Value,
                            "renamed",
                            "the " + (ruleKey.Value == "type" ? "record" : "class") + " of the built-in papers is always " + fixedName + "; remove " + ruleKey.Value + ":, or declare a collection of your own under another name");
                    }

                    break;
                case "folder":
                    if (ReadFolder("papers.folder", ruleValue) is { } folder)
                    {
                        papers.Folder = folder;
                        papers.FolderNode = ruleValue;
                    }

                    break;
                case "body":
                    papers.Body = ReadBody("papers", ruleValue, builtIn.Body);
                    break;
                case "fields":
                    foreach (var (fieldKey, fieldValue) in FieldEntries("papers", ruleValue))
                    {
                        var index = builtIn.IndexOf(fieldKey.Value);
                        var field = ReadField(papers, fieldKey, fieldValue, index >= 0 ? papers.Fields[index].Spec : null);
                        if (index >= 0)
                        {
                            papers.Fields[index] = field ?? papers.Fields[index];
                        }
                        else if (field is not null)
                        {
                            papers.Fields.Add(field);
                        }
                    }

                    break;
            }
        }

        CheckMembers(papers);
        return papers;
    }

    private static DeclaredCollection BuiltInPapers(FrontMatterScalar? key)
    {
        var spec = PaperSchema.Collection;
        var papers = new DeclaredCollection(spec.Name, key, isPapers: true)
        {
            TypeName = spec.TypeName,
            ClassName = spec.ClassName,
            Folder = spec.Folder,
            Body = spec.Body,
        };
        papers.Fields.AddRange(spec.Fields.Select(f => new DeclaredField(f, Key: null, BuiltIn: true)));
        return papers;
    }

    /// <summary>The <c>draft</c> field every collection has unless it declares one: a bool, false when absent.</summary>
    private static FieldSpec DraftField(string typeName)
        => new("draft", "Draft", FieldType.Bool, IsList: false, Required: false, "Whether the " + XmlText.Escape(typeName.ToLowerInvariant()) + " is a draft (front-matter <c>draft</c>). Drafts are generated only when <c>ContentGenIncludeDrafts</c> is <c>true</c>.", "draft: false")
        {
            Default = "false",
        };

    private static readonly BodySpec EmptyBody = new(EquatableArray<string>.Empty, EquatableArray<ListSection>.Empty);

    /// <summary>The body rules, added to <paramref name="body"/>: sections that must be there, and sections read as lists.</summary>
    private BodySpec ReadBody(string collection, FrontMatterNode value, BodySpec body)
    {
        if (value is FrontMatterScalar { IsNull: true })
        {
            return body;
        }

        var path = collection + ".body";
        if (value is not FrontMatterMap map)
        {
            WrongShape(path, value, "a mapping", "body: { required_sections: [Summary], sections: { \"Key Points\": list } }");
            return body;
        }

        var required = body.RequiredSections.ToList();
        var requiredSet = new HashSet<string>(required, StringComparer.Ordinal);
        var lists = body.ListSections.ToList();
        var listHeadings = new HashSet<string>(lists.Select(l => l.Heading), StringComparer.Ordinal);
        foreach (var (key, node) in Entries(map, BodyKeys, "of '" + path + "'"))
        {
            if (key.Value == "required_sections")
            {
                foreach (var (heading, _) in ReadTextList(path + ".required_sections", node, "required_sections: [Summary, \"Key Points\"]"))
                {
                    if (requiredSet.Add(heading))
                    {
                        required.Add(heading);
                    }
                }

                continue;
            }

            if (node is FrontMatterScalar { IsNull: true })
            {
                continue;
            }

            if (node is not FrontMatterMap sections)
            {
                WrongShape(path + ".sections", node, "a mapping", "sections: { \"Key Points\": list }");
                continue;
            }

            foreach (var (heading, kind) in Entries(sections, known: null, where: "of '" + path + ".sections'"))
            {
                var sectionPath = path + ".sections." + heading.Value;
                if (Scalar(kind) is not { } kindScalar || kindScalar.Value != "list")
                {
                    if (kind is FrontMatterScalar)
                    {
                        Invalid(sectionPath, kind, "a section is read as a list, the only kind there is: write \"" + heading.Value + "\": list");
                    }
                    else
                    {
                        WrongShape(sectionPath, kind, "a single value", "\"" + heading.Value + "\": list");
                    }

                    continue;
                }

                var title = heading.Value.Trim();
                var property = Identifiers.ToPascalCase(title);
                if (property.Length == 0)
                {
                    InvalidName(heading, heading.Value, "list section", "its heading has no letter or digit to name the property its list becomes; write the heading as it stands in the documents, e.g. \"Key Points\"");
                    continue;
                }

                if (!listHeadings.Add(title))
                {
                    continue;
                }

                lists.Add(new ListSection(title, property));
                SectionKeys[(collection, title)] = heading;
            }
        }

        return new BodySpec(required.ToEquatableArray(), lists.ToEquatableArray());
    }

    /// <summary>Where each declared list section is written, for a clash of its property.</summary>
    private Dictionary<(string Collection, string Heading), FrontMatterScalar> SectionKeys { get; } = new();

    /// <summary>A folder below the content root, normalised; null (with a diagnostic) when it is not one.</summary>
    private string? ReadFolder(string path, FrontMatterNode node)
    {
        if (Scalar(node) is not { } scalar)
        {
            WrongShape(path, node, "a single value", "folder: posts");
            return null;
        }

        var written = scalar.IsNull ? string.Empty : scalar.Value.Trim();
        var problem = written.Length == 0 ? "write the folder of the collection's files, below the content root, e.g. folder: posts"
            : written.StartsWith("/", StringComparison.Ordinal) || written.StartsWith("\\", StringComparison.Ordinal) || written.IndexOf(':') >= 0
                ? "write the folder relative to the content root, without a leading '/' or a drive, e.g. folder: posts"
            : null;
        var normalized = problem is null ? ContentSelection.NormalizePath(written).Trim('/') : string.Empty;
        if (problem is null)
        {
            var segments = normalized.Split('/');
            if (normalized.Length == 0 || segments.Contains(".."))
            {
                problem = "the folder must lie below the content root; write it without '..', e.g. folder: posts";
            }
            else if (segments.Count(s => s == "**") > 2 || segments.Any(s => s != "**" && s.Count(c => c == '*') > 2))
            {
                // Matching a path against many wildcards takes time that grows with their number, for every content file.
                problem = "use '**' at most twice and '*' at most twice in one folder name, e.g. folder: blog/*/posts";
            }
        }

        if (problem is not null)
        {
            Invalid(path, node, problem);
            return null;
        }

        return normalized;
    }

    /// <summary>A type or class name; null (with a diagnostic) when it is not a valid one.</summary>
    private string? ReadName(string path, FrontMatterNode node, string what)
    {
        if (Scalar(node) is not { } scalar)
        {
            WrongShape(path, node, "a single value", path.Substring(path.LastIndexOf('.') + 1) + ": Post");
            return null;
        }

        var name = scalar.IsNull ? string.Empty : scalar.Value.Trim();
        if (!IsTypeName(name))
        {
            InvalidName(scalar, name, what, "use a C# name of letters and digits that starts with a capital letter, e.g. Post");
            return null;
        }

        return name;
    }

    /// <summary>The entries of a <c>fields:</c> mapping (none, with a diagnostic, when it is something else).</summary>
    private List<(FrontMatterScalar Key, FrontMatterNode Value)> FieldEntries(string collection, FrontMatterNode fields)
    {
        if (fields is FrontMatterScalar { IsNull: true })
        {
            return new List<(FrontMatterScalar, FrontMatterNode)>();
        }

        if (fields is not FrontMatterMap map)
        {
            WrongShape(collection + ".fields", fields, "a mapping", "fields: { title: { type: string, required: true } }");
            return new List<(FrontMatterScalar, FrontMatterNode)>();
        }

        return Entries(map, known: null, where: "of '" + collection + ".fields'");
    }

    /// <summary>
    /// The entries of a mapping, each key once (a repeated key gets CG0506 and is skipped) and, when
    /// <paramref name="known"/> is given, only known keys (others get CG0507).
    /// </summary>
    private List<(FrontMatterScalar Key, FrontMatterNode Value)> Entries(FrontMatterMap map, string[]? known, string where)
    {
        var entries = new List<(FrontMatterScalar, FrontMatterNode)>(map.Entries.Count);
        var seen = new Dictionary<string, FrontMatterScalar>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var key = entry.Key;
            if (seen.TryGetValue(key.Value, out var first))
            {
                _diagnostics.Add(DiagnosticDescriptors.ConfigDuplicateKey, At(key), key.Value, (_lines.PositionOf(first.Start).Line + 1).ToString(CultureInfo.InvariantCulture));
                continue;
            }

            seen.Add(key.Value, key);
            if (known is not null && Array.IndexOf(known, key.Value) < 0)
            {
                var nearest = key.Value.Length <= 64 ? EditDistance.Nearest(key.Value, known, 3) : Array.Empty<string>();
                _diagnostics.Add(
                    DiagnosticDescriptors.ConfigUnknownKey,
                    At(key),
                    key.Value,
                    where,
                    nearest.Count > 0 ? "did you mean " + EditDistance.QuoteList(nearest) + "? " : string.Empty,
                    EditDistance.QuoteList(known));
                continue;
            }

            entries.Add((key, entry.Value));
        }

        return entries;
    }

    /// <summary>A list of text items (a null value is an empty list); each blank, padded or repeated item gets a diagnostic and is left out.</summary>
    private List<(string Text, FrontMatterScalar Node)> ReadTextList(string path, FrontMatterNode node, string example)
    {
        var items = new List<(string, FrontMatterScalar)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (node is FrontMatterScalar { IsNull: true })
        {
            return items;
        }

        if (node is not FrontMatterList list)
        {
            WrongShape(path, node, "a list", example);
            return items;
        }

        foreach (var item in list.Items)
        {
            if (item is not FrontMatterScalar scalar)
            {
                WrongShape(path, item, "a single value", example);
                continue;
            }

            var text = scalar.IsNull ? string.Empty : scalar.Value;
            if (text.Trim().Length == 0)
            {
                Invalid(path, item, "an item is empty; remove it, or write the text");
                continue;
            }

            if (text.Trim().Length != text.Length)
            {
                Invalid(path, item, "'" + text + "' has spaces around it, which documents would have to repeat; write '" + text.Trim() + "'");
                continue;
            }

            if (!seen.Add(text))
            {
                Invalid(path, item, "'" + text + "' is listed twice (items are compared ignoring case); remove one");
                continue;
            }

            items.Add((text, scalar));
        }

        return items;
    }

    /// <summary>The node as a single value, or null.</summary>
    private static FrontMatterScalar? Scalar(FrontMatterNode node) => node as FrontMatterScalar;

    private LocationInfo At(FrontMatterNode node) => _lines.Location(node.Start, node.End);

    private void WrongShape(string path, FrontMatterNode node, string expected, string example)
        => _diagnostics.Add(DiagnosticDescriptors.ConfigWrongShape, At(node), path, expected, node.KindName, example);

    private void Invalid(string path, FrontMatterNode node, string explanation)
        => _diagnostics.Add(DiagnosticDescriptors.InvalidConfigValue, At(node), path, explanation);

    private void InvalidName(FrontMatterNode node, string name, string what, string fix)
        => _diagnostics.Add(DiagnosticDescriptors.InvalidConfigName, At(node), name, what, fix);

    /// <summary>A collection as read: its generated names, folder and body, its fields, and where each was written.</summary>
    private sealed class DeclaredCollection
    {
        public DeclaredCollection(string name, FrontMatterScalar? key, bool isPapers)
        {
            Name = name;
            Key = key;
            IsPapers = isPapers;
        }

        public string Name { get; }

        /// <summary>The collection's key in the file; null for the built-in papers without a <c>papers:</c> entry.</summary>
        public FrontMatterScalar? Key { get; }

        public bool IsPapers { get; }

        public string TypeName { get; set; } = string.Empty;

        public string ClassName { get; set; } = string.Empty;

        public string Folder { get; set; } = string.Empty;

        public BodySpec Body { get; set; } = EmptyBody;

        public FrontMatterNode? TypeNode { get; set; }

        public FrontMatterNode? ClassNode { get; set; }

        public FrontMatterNode? FolderNode { get; set; }

        public List<DeclaredField> Fields { get; } = new();

        public CollectionSpec ToSpec()
            => new(Name, TypeName, ClassName, Folder, Fields.Select(f => f.Spec).ToEquatableArray(), Body, IsPapers);
    }

    /// <summary>A field as read, and where its key, property and taxonomy rule were written (for clashes found later).</summary>
    /// <param name="Spec">The field.</param>
    /// <param name="Key">Its key in the file; null for a built-in field not named there, and the implicit draft.</param>
    /// <param name="BuiltIn">Whether it is a field of the built-in papers or the implicit draft.</param>
    private sealed record DeclaredField(FieldSpec Spec, FrontMatterScalar? Key, bool BuiltIn)
    {
        public FrontMatterNode? PropertyNode { get; init; }

        public FrontMatterScalar? TaxonomyKey { get; init; }

        public string Path { get; init; } = string.Empty;
    }
}
