using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ContentGen.Parsing;

/// <summary>
/// A content file as the build step hands it to the compiler: its front matter exactly as written (so every offset,
/// line and column in it is the file's own), followed, in place of the body, by the body's facts
/// (<see cref="BodyFacts"/>) and the path of the file it stands for. In a build the compiler is given one file of these
/// (<see cref="SetFileName"/>) instead of the Markdown (ContentGen.targets), so it never reads a corpus of bodies, of
/// this build or kept from the last; the IDE, where the build step does not run, gives the generator the Markdown
/// itself. The parse treats both the same way from the facts on (<see cref="DocumentParser"/>).
/// </summary>
/// <remarks>
/// The facts are lines of tab-separated fields after a first line <c>#contentgen-condensed 1</c>: <c>length</c>,
/// <c>hash</c>, at most one <c>breach</c>, then <c>heading</c>, <c>placeholder</c> and <c>cite</c> lines in order, and
/// last <c>source</c>. A place is six numbers (<see cref="Place"/>); text fields escape <c>\</c>, tab, line feed and
/// carriage return with a backslash. The file is written by ContentGen for ContentGen, but read as untrusted input all
/// the same: anything out of shape makes the reader return null, which the parse reports.
/// </remarks>
internal static class CondensedDocument
{
    /// <summary>
    /// The name of the file that holds every condensed document of a project, one after another (<see cref="WriteSet"/>),
    /// by which the generator tells it from the Markdown files: one file, because creating ten thousand small files
    /// costs a cold build more than all the condensing.
    /// </summary>
    public const string SetFileName = "contentgen.condensed";

    private const string Header = "#contentgen-condensed 1";

    private const string SetHeader = "#contentgen-condensed-set 1";

    /// <summary>Whether a path names the file of condensed documents.</summary>
    public static bool IsCondensedSet(string path) => Input.ContentSelection.HasFileName(path, SetFileName);

    /// <summary>The file of condensed documents: a first line, then each document's length in characters on a line of its own and the document.</summary>
    public static string WriteSet(IReadOnlyList<string> documents)
    {
        var length = SetHeader.Length + 1;
        foreach (var document in documents)
        {
            length += document.Length + 12;
        }

        var builder = new StringBuilder(length).Append(SetHeader).Append('\n');
        foreach (var document in documents)
        {
            builder.Append(document.Length.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(document);
        }

        return builder.ToString();
    }

    /// <summary>The documents of a file of condensed documents, in order, or null when it is out of shape.</summary>
    public static List<string>? ReadSet(string text)
    {
        if (!text.StartsWith(SetHeader + "\n", StringComparison.Ordinal))
        {
            return null;
        }

        var documents = new List<string>();
        for (var at = SetHeader.Length + 1; at < text.Length;)
        {
            var newline = text.IndexOf('\n', at, Math.Min(11, text.Length - at));
            if (newline <= at || !TryNumber(text.Substring(at, newline - at), out var length) || length > text.Length - newline - 1)
            {
                return null;
            }

            documents.Add(text.Substring(newline + 1, length));
            at = newline + 1 + length;
        }

        return documents;
    }

    /// <summary>
    /// The condensed text of a Markdown file (read as the compiler reads it, byte order mark removed), or null when the
    /// file must go to the compiler as it is: no front matter found, front matter not followed by a line break, or text
    /// that shows it was not UTF-8. The parse of the Markdown reports those.
    /// </summary>
    public static string? Condense(string filePath, string text)
    {
        var lines = new LineMap(filePath, text);
        var block = FrontMatterSplitter.Split(text, lines);
        if (block.Status != FrontMatterStatus.Found
            || block.BodyStart == 0
            || text[block.BodyStart - 1] is not ('\n' or '\r')
            || DocumentParser.FirstEncodingDamage(text) is not null)
        {
            return null;
        }

        var body = BodySource.Of(text, block);
        return Write(text.Substring(0, block.BodyStart), BodyFacts.Of(text, lines, block, body, Payload.BodyResource.HashOf(body.Span)), filePath);
    }

    /// <summary>The condensed text: <paramref name="frontMatter"/> (up to the body), then the facts and the source path.</summary>
    public static string Write(string frontMatter, BodyFacts facts, string sourcePath)
    {
        var builder = new StringBuilder(frontMatter.Length + 256);
        builder.Append(frontMatter).Append(Header).Append('\n');
        builder.Append("length\t").Append(facts.FileLength.ToString(CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("hash\t").Append(facts.Hash.ToString("x16", CultureInfo.InvariantCulture)).Append('\n');
        if (facts.Breach is { } breach)
        {
            AppendPlace(builder.Append("breach\t"), breach.Line).Append('\t');
            AppendText(builder, breach.Where).Append('\t');
            AppendText(builder, breach.What).Append('\t').Append(breach.Limit.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var heading in facts.Headings)
        {
            builder.Append("heading\t").Append(heading.IsEmpty ? '1' : '0').Append('\t');
            AppendText(AppendPlace(builder, heading.Line).Append('\t'), heading.Title).Append('\n');
        }

        foreach (var placeholder in facts.Placeholders)
        {
            AppendText(AppendPlace(builder.Append("placeholder\t"), placeholder.Place).Append('\t'), placeholder.Value).Append('\n');
        }

        foreach (var citation in facts.Citations)
        {
            AppendText(AppendPlace(builder.Append("cite\t"), citation.Place).Append('\t'), citation.Key).Append('\n');
        }

        return AppendText(builder.Append("source\t"), sourcePath).Append('\n').ToString();
    }

    /// <summary>The path of the Markdown file a condensed text stands for (its last line), or null when there is none.</summary>
    public static string? SourcePathOf(string condensed)
    {
        if (condensed.Length == 0 || condensed[condensed.Length - 1] != '\n')
        {
            return null;
        }

        var start = condensed.LastIndexOf('\n', condensed.Length - 2) + 1;
        const string Prefix = "source\t";
        return string.CompareOrdinal(condensed, start, Prefix, 0, Prefix.Length) == 0
            ? Unescape(condensed.Substring(start + Prefix.Length, condensed.Length - 1 - start - Prefix.Length))
            : null;
    }

    /// <summary>The facts that follow the front matter in a condensed text, from <paramref name="factsStart"/> on; null when they are out of shape.</summary>
    public static BodyFacts? ReadFacts(string condensed, int factsStart)
    {
        var lines = condensed.Substring(factsStart).Split('\n');

        // The text ends with a line break, so the last piece is empty; the one before it is the source line.
        if (lines.Length < 5 || lines[0] != Header || lines[lines.Length - 1].Length != 0 || !lines[lines.Length - 2].StartsWith("source\t", StringComparison.Ordinal))
        {
            return null;
        }

        if (Field(lines[1], "length", 2) is not { } length || !TryNumber(length[1], out var fileLength)
            || Field(lines[2], "hash", 2) is not { } hashLine || !ulong.TryParse(hashLine[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash) || hashLine[1].Length != 16)
        {
            return null;
        }

        BreachFact? breach = null;
        var headings = new List<HeadingFact>();
        var placeholders = new List<PlaceholderFact>();
        var citations = new List<CitationFact>();
        var order = 0;
        for (var i = 3; i < lines.Length - 2; i++)
        {
            var fields = lines[i].Split('\t');
            switch (fields[0])
            {
                case "breach" when order == 0 && fields.Length == 10 && TryPlace(fields, 1, out var place) && TryNumber(fields[9], out var limit)
                    && Unescape(fields[7]) is { } where && Unescape(fields[8]) is { } what:
                    breach = new BreachFact(place, where, what, limit);
                    order = 1;
                    break;
                case "heading" when order <= 2 && breach is null && fields.Length == 9 && fields[1] is "0" or "1" && TryPlace(fields, 2, out var place) && Unescape(fields[8]) is { } title:
                    headings.Add(new HeadingFact(title, fields[1] == "1", place));
                    order = 2;
                    break;
                case "placeholder" when order <= 3 && breach is null && fields.Length == 8 && TryPlace(fields, 1, out var place) && Unescape(fields[7]) is { } value:
                    placeholders.Add(new PlaceholderFact(place, value));
                    order = 3;
                    break;
                case "cite" when fields.Length == 8 && TryPlace(fields, 1, out var place) && Unescape(fields[7]) is { } key:
                    citations.Add(new CitationFact(place, key));
                    order = 4;
                    break;
                default:
                    return null;
            }
        }

        return new BodyFacts(fileLength, hash, breach, headings, placeholders, citations);
    }

    private static string[]? Field(string line, string name, int count)
    {
        var fields = line.Split('\t');
        return fields.Length == count && fields[0] == name ? fields : null;
    }

    private static bool TryNumber(string text, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value.ToString(CultureInfo.InvariantCulture) == text;

    /// <summary>Six numbers from <paramref name="at"/> on, which must make a place a diagnostic can stand at.</summary>
    private static bool TryPlace(string[] fields, int at, out Place place)
    {
        place = default;
        var numbers = new int[6];
        for (var i = 0; i < 6; i++)
        {
            if (!TryNumber(fields[at + i], out numbers[i]))
            {
                return false;
            }
        }

        // A span may not end before it starts, in the text or in lines and columns.
        if (numbers[1] < numbers[0] || numbers[4] < numbers[2] || (numbers[4] == numbers[2] && numbers[5] < numbers[3]))
        {
            return false;
        }

        place = new Place(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]);
        return true;
    }

    private static StringBuilder AppendPlace(StringBuilder builder, Place place)
        => builder
            .Append(place.Start.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(place.End.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(place.StartLine.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(place.StartColumn.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(place.EndLine.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(place.EndColumn.ToString(CultureInfo.InvariantCulture));

    private static StringBuilder AppendText(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append("\\\\"),
                '\t' => builder.Append("\\t"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                _ => builder.Append(c),
            };
        }

        return builder;
    }

    /// <summary>The text of an escaped field, or null when an escape is not one <see cref="AppendText"/> writes.</summary>
    private static string? Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\')
            {
                builder.Append(field[i]);
                continue;
            }

            if (++i == field.Length)
            {
                return null;
            }

            switch (field[i])
            {
                case '\\': builder.Append('\\'); break;
                case 't': builder.Append('\t'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                default: return null;
            }
        }

        return builder.ToString();
    }
}
