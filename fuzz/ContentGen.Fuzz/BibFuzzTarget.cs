using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Bibliography;
using ContentGen.Model;

namespace ContentGen.Fuzz;

/// <summary>
/// One fuzz execution of the BibTeX reader (<c>--target bib</c>): bytes in, <see cref="BibReader.Read(string, string)"/>
/// run, and an exception out when the result breaks a rule that must always hold. Read never throws by design (it
/// turns every exception into CG0901), so a CG0901 is a crash signal too.
/// </summary>
internal static class BibFuzzTarget
{
    public const string FilePath = "/fuzz/content/input.bib";

    /// <summary>The not-UTF-8 error, which a value with a U+FFFD or a C1 control character brings back when written and read again.</summary>
    private static readonly string NotUtf8Id = ContentGen.Diagnostics.DiagnosticDescriptors.NotUtf8.Id;

    public static void Run(byte[] data)
    {
        var text = FuzzTarget.Decode(data);
        Check(BibReader.Read(FilePath, text), text);
    }

    /// <summary>Throws <see cref="FuzzFindingException"/> when the result of reading <paramref name="text"/> breaks a rule.</summary>
    public static void Check(BibFile file, string text)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            if (diagnostic.Descriptor.Id == FuzzTarget.InternalErrorId)
            {
                throw new FuzzFindingException(FuzzTarget.InternalErrorId + ": " + string.Join(" | ", diagnostic.Arguments));
            }

            Inside(diagnostic.Location, text, "diagnostic " + diagnostic.Descriptor.Id);
        }

        foreach (var entry in file.Entries)
        {
            if (entry.Type.Length == 0 || entry.Type != entry.Type.ToLowerInvariant())
            {
                throw new FuzzFindingException("entry type '" + entry.Type + "' is empty or not lower-case");
            }

            if (entry.Key.Length == 0 && !entry.HasErrors)
            {
                throw new FuzzFindingException("an entry without key has no error");
            }

            Inside(entry.KeyLocation, text, "key of '" + entry.Key + "'");
            foreach (var field in entry.Fields)
            {
                Inside(field.NameLocation, text, "name of field '" + field.Name + "'");
                Inside(field.ValueLocation, text, "value of field '" + field.Name + "'");
                Normalised(field.Value, "value of field '" + field.Name + "'");
                if (BibNames.IsNameField(field.Name))
                {
                    foreach (var name in BibNames.Parse(field.Raw))
                    {
                        Normalised(name.Given, "given name in '" + field.Name + "'");
                        Normalised(name.Von, "von part in '" + field.Name + "'");
                        Normalised(name.Family, "family name in '" + field.Name + "'");
                        Normalised(name.Suffix, "suffix in '" + field.Name + "'");
                        _ = name.Display + name.FamilyFirst + name.GivenFirst;
                    }
                }
            }

            if (!entry.HasErrors)
            {
                RoundTrip(entry);
            }
        }

        MatchAndFill(file);
    }

    /// <summary>
    /// Each of the first entries with a key fills an empty paper (only <c>date</c> and <c>bibkey</c>) without an internal
    /// error, and the paper's <c>ToBibTeX()</c> text reads back without an error.
    /// </summary>
    private static void MatchAndFill(BibFile file)
    {
        var papers = ContentGen.Schema.PaperSchema.Collection;
        var bibliography = BibIndexBuilder.Build(new[] { file });
        foreach (var entry in file.Entries.Where(e => e.Key.Length > 0).Take(8))
        {
            var values = new FieldValue?[papers.Fields.Count];
            values[papers.IndexOf(ContentGen.Schema.PaperSchema.Date)] = FieldValue.Single("2024-01-10", null);
            values[papers.IndexOf(ContentGen.Schema.PaperSchema.BibKey)] = FieldValue.Single(entry.Key, null);
            var location = new LocationInfo("/fuzz/content/papers/input.md", default, default);
            var document = new DocumentMetadata("papers", location.FilePath, "papers/input.md", "input", "Input", new EquatableArray<FieldValue?>(values), false, false, location)
            {
                Pending = new[] { ContentGen.Schema.PaperSchema.Title, "authors" }.ToEquatableArray(),
            };
            var filled = BibMatcher.Fill(document, papers, bibliography);
            if (filled.Metadata.HasErrors)
            {
                continue;
            }

            var written = PaperCitations.BibTeX(papers, filled.Metadata.Values.ToArray(), filled.Metadata.Slug);
            var again = BibReader.Read(FilePath, written);
            if (again.Diagnostics.FirstOrDefault(d => (d.IsError && d.Descriptor.Id != NotUtf8Id) || d.Descriptor.Id == FuzzTarget.InternalErrorId) is { } error)
            {
                throw new FuzzFindingException("the BibTeX text of the paper filled from '" + entry.Key + "' reads back with " + error.Descriptor.Id + ": " + string.Join(" | ", error.Arguments) + "\n" + written);
            }
        }
    }

    /// <summary>An entry without errors, written by <see cref="BibWriter"/> and read again, is the same entry.</summary>
    private static void RoundTrip(BibEntry entry)
    {
        var written = BibWriter.Write(entry);
        var again = BibReader.Read(FilePath, written);
        var errors = again.Diagnostics.Where(d => d.IsError && d.Descriptor.Id != NotUtf8Id).Select(d => d.Descriptor.Id + " " + string.Join(" | ", d.Arguments)).ToList();
        if (errors.Count > 0)
        {
            throw new FuzzFindingException("entry '" + entry.Key + "' written and read again has errors: " + string.Join("; ", errors) + "\n" + written);
        }

        if (again.Entries.Count != 1)
        {
            throw new FuzzFindingException("entry '" + entry.Key + "' written and read again gives " + again.Entries.Count + " entries\n" + written);
        }

        var copy = again.Entries[0];
        if (copy.Type != entry.Type || copy.Key != entry.Key || copy.Fields.Count != entry.Fields.Count)
        {
            throw new FuzzFindingException("entry '" + entry.Key + "' written and read again has another type, key or number of fields\n" + written);
        }

        for (var i = 0; i < entry.Fields.Count; i++)
        {
            var field = entry.Fields[i];
            var other = copy.Fields[i];
            if (other.Name != field.Name)
            {
                throw new FuzzFindingException("field '" + field.Name + "' written and read again is '" + other.Name + "'\n" + written);
            }

            if (BibNames.IsNameField(field.Name))
            {
                var before = Names(BibNames.Parse(field.Raw));
                var after = Names(BibNames.Parse(other.Raw));
                if (!before.SequenceEqual(after, StringComparer.Ordinal))
                {
                    throw new FuzzFindingException("names of '" + field.Name + "' written and read again differ: [" + string.Join("; ", before) + "] became [" + string.Join("; ", after) + "]\n" + written);
                }
            }
            else if (other.Value != field.Value)
            {
                throw new FuzzFindingException("value of '" + field.Name + "' written and read again differs: '" + field.Value + "' became '" + other.Value + "'\n" + written);
            }
        }
    }

    /// <summary>What a name must keep through writing and reading: its family-first form and whether it is corporate.</summary>
    private static IEnumerable<string> Names(EquatableArray<BibName> names) => names.Select(n => (n.IsCorporate ? "corporate: " : "person: ") + n.FamilyFirst);

    private static void Inside(LocationInfo? at, string text, string what)
    {
        if (at is not { } location)
        {
            throw new FuzzFindingException(what + " has no location");
        }

        var span = location.Span;
        if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
        {
            throw new FuzzFindingException(what + " lies outside the text: " + span + ", text length " + text.Length);
        }

        if (location.LineSpan.Start > location.LineSpan.End)
        {
            throw new FuzzFindingException(what + " has a line span that ends before it starts: " + location.LineSpan);
        }
    }

    /// <summary>A decoded value is one trimmed line: no tab or line break, no run of spaces, no space at either end.</summary>
    private static void Normalised(string value, string what)
    {
        if (value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' '))
        {
            throw new FuzzFindingException(what + " is not trimmed: '" + value + "'");
        }

        if (value.IndexOfAny(new[] { '\t', '\n', '\r', '\f', '\v' }) >= 0 || value.Contains("  ", StringComparison.Ordinal))
        {
            throw new FuzzFindingException(what + " has white space that is not one space: '" + value + "'");
        }
    }
}
