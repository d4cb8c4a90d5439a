using System;
using System.Collections.Generic;
using ContentGen.Diagnostics;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Schema;

namespace ContentGen.Parsing;

/// <summary>
/// Parses one paper file: text in, typed metadata, rendered body and diagnostics out. A pure function of its
/// inputs that never throws: anything unexpected becomes an internal-error diagnostic located in the file.
/// </summary>
internal static class PaperParser
{
    /// <summary>How many generated files the paper bodies are spread over (by a stable hash of the identifier).</summary>
    public const int BucketCount = 64;

    public static ParsedDocument Parse(ContentFile file, int maxFileSize = GeneratorOptions.DefaultMaxFileSize, int maxNestingDepth = GeneratorOptions.DefaultMaxNestingDepth, bool allowRawHtml = false)
    {
        var diagnostics = new DiagnosticList();
        LineMap? lines = null;
        try
        {
            var text = file.Text.Length > 0 && file.Text[0] == '\uFEFF' ? file.Text.Substring(1) : file.Text;
            lines = new LineMap(file.FilePath, text);
            if (text.Length > maxFileSize)
            {
                diagnostics.Add(DiagnosticDescriptors.FileTooLarge, lines.LineLocation(0), text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), maxFileSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return new ParsedDocument(file.FilePath, null, null, diagnostics.ToEquatableArray());
            }

            if (FirstEncodingDamage(text) is { } damaged)
            {
                // The compiler decodes a file that is not valid UTF-8 as Latin-1 (or with U+FFFD): every value would be
                // silently garbled, so the file is rejected.
                diagnostics.Add(DiagnosticDescriptors.NotUtf8, lines.Location(damaged, damaged + 1), Visible(text.Substring(damaged, Math.Min(8, text.Length - damaged))));
                return new ParsedDocument(file.FilePath, null, null, diagnostics.ToEquatableArray());
            }

            var block = FrontMatterSplitter.Split(text, lines);
            if (block.Status != FrontMatterStatus.Found)
            {
                ReportSplitFailure(block, text, lines, diagnostics);
                return new ParsedDocument(file.FilePath, null, null, diagnostics.ToEquatableArray());
            }

            // The body is checked even when the metadata is broken, so one build shows every problem of the file.
            var metadata = ReadMetadata(file, text, lines, block, maxNestingDepth, diagnostics);
            var body = RenderBody(text, lines, block, allowRawHtml, diagnostics);
            if (metadata is not null)
            {
                metadata = metadata with { HasErrors = diagnostics.HasErrors };
            }

            // Encoded here, per file, so the work is cached with the parse and an error in it is this file's CG0901.
            var payload = metadata is { HasErrors: false } && body is not null ? Emit.BodyPayload.Encode(body) : null;
            return new ParsedDocument(file.FilePath, metadata, body, diagnostics.ToEquatableArray(), payload);
        }
        catch (Exception exception)
        {
            // Whatever went wrong, the file gets an error and the build goes on: never CS8785 and a lost build.
            var location = lines?.Location(0, 0) ?? new LocationInfo(file.FilePath, default, default);
            var internalError = new DiagnosticList();
            internalError.Add(DiagnosticDescriptors.InternalError, location, exception.GetType().FullName ?? exception.GetType().Name, OneLine(exception.Message).TrimEnd('.'));
            return new ParsedDocument(file.FilePath, null, null, internalError.ToEquatableArray());
        }
    }

    /// <summary>The slug of a paper file: its name without extension, or the folder name for a Hugo page bundle's index.md.</summary>
    public static string SlugOf(string sourcePath)
    {
        var segments = sourcePath.Split('/');
        var fileName = segments[segments.Length - 1];
        var dot = fileName.LastIndexOf('.');
        var stem = dot > 0 ? fileName.Substring(0, dot) : fileName;
        if (string.Equals(stem, "index", StringComparison.OrdinalIgnoreCase) && segments.Length >= 2
            && !string.Equals(segments[segments.Length - 2], "papers", StringComparison.OrdinalIgnoreCase))
        {
            return segments[segments.Length - 2];
        }

        return stem;
    }

    private static PaperMetadata? ReadMetadata(ContentFile file, string text, LineMap lines, FrontMatterBlock block, int maxNestingDepth, DiagnosticList diagnostics)
    {
        var openingLocation = lines.LineLocation(block.OpeningLine);
        var root = FrontMatterFormats.Read(block, text, lines, maxNestingDepth, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                // An empty block: '---' directly followed by '---'.
                diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, openingLocation, PaperSchema.Title, "missing (the front matter is empty)", PaperSchema.Fields[0].Example);
            }

            return null;
        }

        if (root is not FrontMatterMap map)
        {
            if (root is FrontMatterScalar { IsNull: true })
            {
                diagnostics.Add(DiagnosticDescriptors.RequiredFieldMissing, openingLocation, PaperSchema.Title, "missing (the front matter is empty)", PaperSchema.Fields[0].Example);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.FrontMatterNotMapping, lines.Location(root.Start, root.End), root.KindName);
            }

            return null;
        }

        var values = CollectFields(map, lines, diagnostics);
        var typer = new FieldTyper(text, lines, diagnostics);

        string? title = null;
        DateValue? date = null;
        var draft = false;
        var authors = Array.Empty<string>();
        string? publication = null;
        int? publicationYear = null;
        string? doi = null;
        string? arxiv = null;
        string? paperUrl = null;
        var deceptionTypes = Array.Empty<string>();
        var researchAreas = Array.Empty<string>();
        var systemTypes = Array.Empty<string>();
        var tags = Array.Empty<string>();
        string? summary = null;
        LocationInfo? doiLocation = null;
        LocationInfo? arxivLocation = null;
        LocationInfo? yearLocation = null;
        var titleLocation = openingLocation;
        var termUses = new List<TermUse>();

        foreach (var rule in PaperSchema.Fields)
        {
            if (!values.TryGetValue(rule.Name, out var node))
            {
                if (rule.Required)
                {
                    typer.ReportMissing(rule, openingLocation);
                }

                continue;
            }

            switch (rule.Name)
            {
                case PaperSchema.Title: title = typer.ReadText(rule, node); titleLocation = typer.At(node); break;
                case PaperSchema.Date: date = typer.ReadDate(rule, node); break;
                case PaperSchema.Draft: draft = typer.ReadBoolean(rule, node) ?? false; break;
                case PaperSchema.Authors:
                    var reported = diagnostics.Count;
                    authors = typer.ReadList(rule, node);
                    if (authors.Length == 0 && diagnostics.Count == reported)
                    {
                        diagnostics.Add(DiagnosticDescriptors.NoAuthors, typer.At(node));
                    }

                    break;
                case PaperSchema.Publication: publication = typer.ReadText(rule, node); break;
                case PaperSchema.PublicationYear: break; // typed below, once the date is known
                case PaperSchema.Doi: doi = typer.ReadDoi(rule, node); doiLocation = typer.At(node); break;
                case PaperSchema.Arxiv: arxiv = typer.ReadArxiv(rule, node); arxivLocation = typer.At(node); break;
                case PaperSchema.PaperUrl: paperUrl = typer.ReadUrl(rule, node); break;
                case PaperSchema.DeceptionTypes: deceptionTypes = ReadTerms(typer, rule, node, termUses); break;
                case PaperSchema.ResearchAreas: researchAreas = ReadTerms(typer, rule, node, termUses); break;
                case PaperSchema.SystemTypes: systemTypes = ReadTerms(typer, rule, node, termUses); break;
                case PaperSchema.Tags: tags = ReadTerms(typer, rule, node, termUses); break;
                case PaperSchema.Summary: summary = typer.ReadText(rule, node); break;
            }
        }

        if (values.TryGetValue(PaperSchema.PublicationYear, out var yearNode))
        {
            publicationYear = typer.ReadYear(PaperSchema.Find(PaperSchema.PublicationYear)!, yearNode, date);
            yearLocation = typer.At(yearNode);
        }

        if (!values.ContainsKey(PaperSchema.Authors))
        {
            diagnostics.Add(DiagnosticDescriptors.NoAuthors, openingLocation);
        }

        CrossFieldRules.Check(date, publicationYear, yearLocation, doi, doiLocation, arxiv, arxivLocation, diagnostics);

        var slug = SlugOf(file.SourcePath);
        var identifier = Identifiers.ForPaper(slug);
        var nameLocation = openingLocation;
        if (identifier.Length == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, nameLocation, slug);
        }

        if (title is null || date is null || identifier.Length == 0)
        {
            return null;
        }

        return new PaperMetadata(
            file.FilePath,
            file.SourcePath,
            slug,
            identifier,
            (int)(Identifiers.StableHash(identifier) % BucketCount),
            title,
            date.Value,
            draft,
            authors.ToEquatableArray(),
            publication,
            publicationYear,
            doi,
            arxiv,
            paperUrl,
            deceptionTypes.ToEquatableArray(),
            researchAreas.ToEquatableArray(),
            systemTypes.ToEquatableArray(),
            tags.ToEquatableArray(),
            summary,
            diagnostics.HasErrors,
            nameLocation,
            titleLocation,
            doiLocation,
            arxivLocation,
            termUses.ToEquatableArray());
    }

    private static string[] ReadTerms(FieldTyper typer, FieldRule rule, FrontMatterNode node, List<TermUse> uses)
    {
        var locations = new List<LocationInfo>();
        var terms = typer.ReadList(rule, node, locations);
        for (var i = 0; i < terms.Length; i++)
        {
            uses.Add(new TermUse(rule.Name, terms[i], locations[i]));
        }

        return terms;
    }

    /// <summary>Key → value node, reporting duplicate and unknown keys. The first occurrence of a key wins.</summary>
    private static Dictionary<string, FrontMatterNode> CollectFields(FrontMatterMap map, LineMap lines, DiagnosticList diagnostics)
    {
        var values = new Dictionary<string, FrontMatterNode>(StringComparer.Ordinal);
        var keys = new Dictionary<string, FrontMatterScalar>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value;
            if (keys.TryGetValue(key, out var first))
            {
                var firstLine = lines.PositionOf(first.Start).Line + 1;
                diagnostics.Add(DiagnosticDescriptors.DuplicateKey, lines.Location(entry.Key.Start, entry.Key.End), key, firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            keys.Add(key, entry.Key);
            if (PaperSchema.Find(key) is null)
            {
                var suggestion = PaperSchema.Suggest(key);
                diagnostics.Add(DiagnosticDescriptors.UnknownKey, lines.Location(entry.Key.Start, entry.Key.End), key, suggestion is null ? string.Empty : ": did you mean '" + suggestion + "'?");
                continue;
            }

            values.Add(key, entry.Value);
        }

        return values;
    }

    private static PaperBody? RenderBody(string text, LineMap lines, FrontMatterBlock block, bool allowRawHtml, DiagnosticList diagnostics)
    {
        var normalized = NormalizeLineEndings(text.Substring(block.BodyStart));
        var markdown = normalized.TrimStart('\n');
        var firstBodyLine = block.ClosingLine + 1 + (normalized.Length - markdown.Length);
        if (!BodyChecks.CheckComplexity(lines, markdown, firstBodyLine, diagnostics))
        {
            return null;
        }

        try
        {
            var rendered = BodyRenderer.RenderWithOutline(markdown, allowRawHtml);
            BodyChecks.Check(lines, markdown, firstBodyLine, block.ClosingLine, rendered.Headings, diagnostics);
            return rendered.Body;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Markdig throws past its nesting limit (128 × '[a' is enough).
            diagnostics.Add(DiagnosticDescriptors.BodyNotRendered, lines.LineLocation(lines.PositionOf(block.BodyStart).Line), OneLine(exception.Message));
            return null;
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
    private static int? FirstEncodingDamage(string text)
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

    private static string NormalizeLineEndings(string value)
        => value.IndexOf('\r') < 0 ? value : value.Replace("\r\n", "\n").Replace('\r', '\n');

    private static string OneLine(string message) => message.Replace("\r", " ").Replace("\n", " ").Trim();
}
