using System;
using System.Collections.Generic;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Naming;
using ContentGen.Payload;
using ContentGen.Schema;

namespace ContentGen.Parsing;

/// <summary>
/// Parses one content file of a collection: text in, typed metadata, rendered body and diagnostics out. A pure
/// function of its inputs that never throws: anything unexpected becomes an internal-error diagnostic located in the file.
/// </summary>
internal static class DocumentParser
{
    /// <summary>Each collection's reserved member names, worked out once per description rather than once per file.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CollectionSpec, HashSet<string>> ReservedNames = new();

    /// <summary>Parses a paper of the built-in papers collection.</summary>
    public static ParsedDocument Parse(ContentFile file, int maxFileSize = GeneratorOptions.DefaultMaxFileSize, int maxNestingDepth = GeneratorOptions.DefaultMaxNestingDepth)
        => Parse(file, PaperSchema.Collection, maxFileSize, maxNestingDepth);

    public static ParsedDocument Parse(ContentFile file, CollectionSpec collection, int maxFileSize = GeneratorOptions.DefaultMaxFileSize, int maxNestingDepth = GeneratorOptions.DefaultMaxNestingDepth)
    {
        var diagnostics = new DiagnosticList();
        LineMap? lines = null;
        BodyKey? bodyKey = null;
        try
        {
            var text = BodySource.WithoutByteOrderMark(file.Text);
            lines = new LineMap(file.FilePath, text);

            // The build step renders the body of every file with front matter, whatever its errors, so its key is known
            // before anything else can go wrong: the content hash then covers the same bodies as the resource. A
            // condensed file (a build's) brings the body's facts with it; a Markdown file (the IDE's) has its body here.
            var block = FrontMatterSplitter.Split(text, lines);
            var condensed = file.Condensed && block.Status == FrontMatterStatus.Found ? CondensedDocument.ReadFacts(text, block.BodyStart) : null;
            if (file.Condensed && condensed is null)
            {
                return Damaged(file, lines);
            }

            var body = !file.Condensed && block.Status == FrontMatterStatus.Found ? BodySource.Of(text, block) : (BodyText?)null;
            var hash = condensed?.Hash ?? (body is { } found ? BodyResource.HashOf(found.Span) : (ulong?)null);
            bodyKey = hash is { } bodyHash ? new BodyKey(file.SourcePath, bodyHash) : null;
            var length = condensed?.FileLength ?? text.Length;
            if (length > maxFileSize)
            {
                diagnostics.Add(DiagnosticDescriptors.FileTooLarge, lines.LineLocation(0), length.ToString(System.Globalization.CultureInfo.InvariantCulture), maxFileSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return new ParsedDocument(file.FilePath, null, diagnostics.ToEquatableArray(), bodyKey);
            }

            if (FirstEncodingDamage(text) is { } damaged)
            {
                // The compiler decodes a file that is not valid UTF-8 as Latin-1 (or with U+FFFD): every value would be
                // silently garbled, so the file is rejected.
                diagnostics.Add(DiagnosticDescriptors.NotUtf8, lines.Location(damaged, damaged + 1), Visible(text.Substring(damaged, Math.Min(8, text.Length - damaged))));
                return new ParsedDocument(file.FilePath, null, diagnostics.ToEquatableArray(), bodyKey);
            }

            if (hash is null)
            {
                ReportSplitFailure(block, text, lines, diagnostics);
                return new ParsedDocument(file.FilePath, NameOnly(file, collection, lines), diagnostics.ToEquatableArray());
            }

            // The body is checked even when the metadata is broken, so one build shows every problem of the file.
            var metadata = ReadMetadata(file, collection, text, lines, block, maxNestingDepth, diagnostics) ?? NameOnly(file, collection, lines);
            var facts = condensed ?? BodyFacts.Of(text, lines, block, body!.Value, hash.Value);
            CheckBody(collection, facts, lines, block, diagnostics);
            var citationList = CitationScanner.Uses(facts.Citations, file.FilePath);
            if (metadata is not null)
            {
                metadata = metadata with { HasErrors = metadata.HasErrors || diagnostics.HasErrors, CitedKeys = CitationScanner.DistinctKeys(citationList) };
            }

            return new ParsedDocument(file.FilePath, metadata, diagnostics.ToEquatableArray(), bodyKey) { Citations = citationList };
        }
        catch (Exception exception)
        {
            // Whatever went wrong, the file gets an error and the build goes on: never CS8785 and a lost build.
            var location = lines?.Location(0, 0) ?? new LocationInfo(file.FilePath, default, default);
            var internalError = new DiagnosticList();
            internalError.Add(DiagnosticDescriptors.InternalError, location, exception.GetType().FullName ?? exception.GetType().Name, OneLine(exception.Message).TrimEnd('.'));
            return new ParsedDocument(file.FilePath, null, internalError.ToEquatableArray(), bodyKey);
        }
    }

    /// <summary>
    /// A Markdown file under the content root that no collection holds: no document, but the build step renders its body
    /// all the same, so only the body's key is wanted.
    /// </summary>
    public static ParsedDocument ParseBodyOnly(ContentFile file)
    {
        var text = BodySource.WithoutByteOrderMark(file.Text);
        if (!file.Condensed)
        {
            return BodySource.Of(text) is { } body
                ? new ParsedDocument(file.FilePath, null, EquatableArray<DiagnosticInfo>.Empty, new BodyKey(file.SourcePath, BodyResource.HashOf(body.Span)))
                : new ParsedDocument(file.FilePath, null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var lines = new LineMap(file.FilePath, text);
        var block = FrontMatterSplitter.Split(text, lines);
        return block.Status == FrontMatterStatus.Found && CondensedDocument.ReadFacts(text, block.BodyStart) is { } facts
            ? new ParsedDocument(file.FilePath, null, EquatableArray<DiagnosticInfo>.Empty, new BodyKey(file.SourcePath, facts.Hash))
            : Damaged(file, lines);
    }

    /// <summary>A condensed file whose facts are out of shape: an error at it, which a rebuild (writing it again) clears.</summary>
    private static ParsedDocument Damaged(ContentFile file, LineMap lines)
    {
        var diagnostics = new DiagnosticList();
        diagnostics.Add(DiagnosticDescriptors.InternalError, lines.LineLocation(0), "ContentGen.CondensedDocument", "the build step's file for " + file.FilePath + " is damaged; rebuild");
        return new ParsedDocument(file.FilePath, null, diagnostics.ToEquatableArray());
    }

    private static DocumentMetadata? ReadMetadata(ContentFile file, CollectionSpec collection, string text, LineMap lines, FrontMatterBlock block, int maxNestingDepth, DiagnosticList diagnostics)
    {
        var openingLocation = lines.LineLocation(block.OpeningLine);
        var firstRequired = FirstRequired(collection);
        var root = FrontMatterFormats.Read(block, text, lines, maxNestingDepth, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors && firstRequired is not null)
            {
                // An empty block: '---' directly followed by '---'.
                diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, openingLocation, firstRequired.Key, "missing (the front matter is empty)", firstRequired.Example);
            }

            return null;
        }

        if (root is not FrontMatterMap map)
        {
            if (root is FrontMatterScalar { IsNull: true })
            {
                if (firstRequired is not null)
                {
                    diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, openingLocation, firstRequired.Key, "missing (the front matter is empty)", firstRequired.Example);
                }
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.FrontMatterNotMapping, lines.Location(root.Start, root.End), root.KindName);
            }

            return null;
        }

        var nodes = CollectFields(collection, map, lines, diagnostics);
        var typer = new FieldTyper(text, lines, diagnostics);
        var values = new FieldValue?[collection.Fields.Count];
        var complete = true;
        var pending = new List<string>();

        // Dates first: a year is checked against the document's date.
        DateValue? date = null;
        var dateIndex = collection.IndexOf(PaperSchema.Date);
        foreach (var pass in new[] { 0, 1 })
        {
            for (var i = 0; i < collection.Fields.Count; i++)
            {
                var field = collection.Fields[i];
                if ((field.Type == FieldType.Year) != (pass == 1))
                {
                    continue;
                }

                if (nodes[i] is not { } node)
                {
                    if (collection.IsPapers && PaperSchema.IsFilledFromBibliography(field.Key) && (field.Required || field.WarnWhenEmpty))
                    {
                        // A matching BibTeX entry may fill it: decided once the bibliography is matched.
                        pending.Add(field.Key);
                    }
                    else if (field.Required)
                    {
                        typer.ReportMissing(field, openingLocation);
                        complete = false;
                    }
                    else if (field.WarnWhenEmpty)
                    {
                        diagnostics.Add(DiagnosticDescriptors.NoAuthors, openingLocation);
                    }

                    values[i] = Default(field);
                    continue;
                }

                var reported = diagnostics.Count;
                var value = typer.Type(field, node, date);
                if (value is null && field.Required)
                {
                    complete = false;
                }

                if (field.WarnWhenEmpty && value is { Items.Count: 0 } && diagnostics.Count == reported)
                {
                    diagnostics.Add(DiagnosticDescriptors.NoAuthors, typer.At(node));
                }

                values[i] = value ?? Default(field);
                if (i == dateIndex && value?.Text is { } dateText && field.Type == FieldType.Date)
                {
                    date = DateValue.Parse(dateText);
                }
            }
        }

        var typed = new EquatableArray<FieldValue?>(values);
        if (collection.IsPapers)
        {
            CrossFieldRules.Check(collection, typed, diagnostics);
        }

        var (slug, identifier) = NameOf(file, collection);
        var nameLocation = openingLocation;
        if (identifier.Length == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, nameLocation, slug);
        }

        if (identifier.Length == 0)
        {
            return null;
        }

        var draftIndex = collection.IndexOf("draft");
        var draft = draftIndex >= 0 && values[draftIndex]?.Text == "true";
        return new DocumentMetadata(
            collection.Name,
            file.FilePath,
            file.SourcePath,
            slug,
            identifier,
            typed,
            draft,
            diagnostics.HasErrors || !complete,
            nameLocation)
        {
            Pending = pending.ToEquatableArray(),
        };
    }

    /// <summary>
    /// What is known of a document whose front matter could not be read: its name, from the file name, and no values.
    /// It has errors, so it is never generated as a document, but its property still exists (see CatalogBuilder), so code
    /// that names it gets the content error alone, not a compiler error about a missing member as well.
    /// </summary>
    private static DocumentMetadata? NameOnly(ContentFile file, CollectionSpec collection, LineMap lines)
    {
        var (slug, identifier) = NameOf(file, collection);
        return identifier.Length == 0
            ? null
            : new DocumentMetadata(collection.Name, file.FilePath, file.SourcePath, slug, identifier, new EquatableArray<FieldValue?>(new FieldValue?[collection.Fields.Count]), Draft: false, HasErrors: true, lines.LineLocation(0));
    }

    /// <summary>The value of an absent field: its default, or null.</summary>
    private static FieldValue? Default(FieldSpec field) => field.Default is { } value ? FieldValue.Single(value, null) : null;

    private static FieldSpec? FirstRequired(CollectionSpec collection)
    {
        foreach (var field in collection.Fields)
        {
            if (field.Required)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>A document's slug (from its file name) and its property's name in its collection's class; the name is empty when the slug has no letter or digit.</summary>
    private static (string Slug, string Identifier) NameOf(ContentFile file, CollectionSpec collection)
    {
        var slug = Identifiers.SlugOf(file.SourcePath, LastSegment(collection.Folder));
        return (slug, Identifiers.ForDocument(slug, ReservedNames.GetValue(collection, Identifiers.ReservedInClass), collection.TypeName));
    }

    private static string LastSegment(string folder)
    {
        var trimmed = folder.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash >= 0 ? trimmed.Substring(slash + 1) : trimmed;
    }

    /// <summary>Key → value node, reporting duplicate and unknown keys. The first occurrence of a key wins.</summary>
    /// <summary>The value written for each field of the collection, by the field's index (null when not written).</summary>
    private static FrontMatterNode?[] CollectFields(CollectionSpec collection, FrontMatterMap map, LineMap lines, DiagnosticList diagnostics)
    {
        var values = new FrontMatterNode?[collection.Fields.Count];

        // A front matter has a few dozen keys: finding a repeated one by a scan of the earlier ones costs less than a
        // dictionary per file. Past that (a hostile file), a dictionary keeps it linear.
        var seen = map.Entries.Count > MaxScannedKeys ? new Dictionary<string, FrontMatterScalar>(StringComparer.Ordinal) : null;
        for (var e = 0; e < map.Entries.Count; e++)
        {
            var entry = map.Entries[e];
            var key = entry.Key.Value;
            if ((seen is null ? EarlierKey(map, e) : seen.TryGetValue(key, out var found) ? found : null) is { } first)
            {
                var firstLine = lines.PositionOf(first.Start).Line + 1;
                diagnostics.Add(DiagnosticDescriptors.DuplicateKey, lines.Location(entry.Key.Start, entry.Key.End), key, firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            seen?.Add(key, entry.Key);
            var index = collection.IndexOf(key);
            if (index < 0 || collection.Fields[index].Computed)
            {
                var suggestion = Suggest(collection, key);
                diagnostics.Add(DiagnosticDescriptors.UnknownKey, lines.Location(entry.Key.Start, entry.Key.End), key, suggestion is null ? string.Empty : ": did you mean '" + suggestion + "'?", collection.Noun);
                continue;
            }

            values[index] = entry.Value;
        }

        return values;
    }

    private const int MaxScannedKeys = 64;

    /// <summary>The key of an earlier entry written as the entry at <paramref name="index"/>'s, or null.</summary>
    private static FrontMatterScalar? EarlierKey(FrontMatterMap map, int index)
    {
        var key = map.Entries[index].Key.Value;
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(map.Entries[i].Key.Value, key, StringComparison.Ordinal))
            {
                return map.Entries[i].Key;
            }
        }

        return null;
    }

    /// <summary>The field name closest to an unknown key, when it is close enough to be a likely typo.</summary>
    private static string? Suggest(CollectionSpec collection, string unknownKey)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var wanted = unknownKey.ToLowerInvariant().Replace('-', '_');
        foreach (var field in collection.Fields)
        {
            if (field.Computed)
            {
                continue;
            }

            var distance = EditDistance.Compute(wanted, field.Key);
            if (distance < bestDistance)
            {
                best = field.Key;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    /// <summary>Checks the body through its facts (its complexity, its sections, leftover placeholders): the build step renders it.</summary>
    private static void CheckBody(CollectionSpec collection, BodyFacts body, LineMap lines, FrontMatterBlock block, DiagnosticList diagnostics)
    {
        if (body.Breach is { } breach)
        {
            BodyChecks.ReportComplexity(breach, lines.FilePath, diagnostics);
        }
        else
        {
            BodyChecks.Check(lines, block.ClosingLine, body, collection.Body, collection.IsPapers, diagnostics);
        }
    }

    private static void ReportSplitFailure(FrontMatterBlock block, string text, LineMap lines, DiagnosticList diagnostics)
    {
        switch (block.Status)
        {
            case FrontMatterStatus.Unclosed:
                FrontMatterFormats.ReportUnclosed(block, lines, diagnostics);
                break;
            case FrontMatterStatus.NotAtTop:
                diagnostics.Add(DiagnosticDescriptors.FrontMatterNotAtTop, lines.LineLocation(block.OpeningLine));
                break;
            default:
                diagnostics.Add(DiagnosticDescriptors.MissingFrontMatter, lines.LineLocation(0));
                break;
        }
    }

    /// <summary>
    /// The first character that shows the file was not decoded as UTF-8: U+FFFD, or a C1 control character
    /// (U+0080–U+009F), which real text never holds but Latin-1 decoding of UTF-8 multi-byte sequences always yields.
    /// </summary>
    internal static int? FirstEncodingDamage(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFD' || (c >= '\u0080' && c <= '\u009F'))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Text for a message, with control characters written as <c>\\uXXXX</c>.</summary>
    private static string Visible(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string OneLine(string message) => message.Replace("\r", " ").Replace("\n", " ").Trim();
}
