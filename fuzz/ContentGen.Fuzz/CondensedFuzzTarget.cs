using System;
using System.Linq;
using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Fuzz;

/// <summary>
/// The build step's condensed documents (<see cref="CondensedDocument"/>), fuzzed two ways (<c>--target condensed</c>): the
/// input read as a condensed document (and as a file of them) must never make the parse fail other than with the error that names the fix (a
/// damaged file: rebuild), and reads back to the same text when its facts are written again; and the input read as a
/// Markdown paper, when the build step would condense it, must parse to the same document, diagnostics, body key and
/// citations condensed as whole (<see cref="CheckSame"/>, which the paper target runs on every input too).
/// </summary>
internal static class CondensedFuzzTarget
{
    public static void Run(byte[] data)
    {
        var text = FuzzTarget.Decode(data);
        ReadAsCondensed(text);
        CheckSame(text, DocumentParser.Parse(new ContentFile(FuzzTarget.FilePath, FuzzTarget.SourcePath, text)));
    }

    /// <summary>Throws when the paper parsed from its condensed text differs from <paramref name="whole"/>, the paper parsed from <paramref name="text"/>.</summary>
    public static void CheckSame(string text, ParsedDocument whole)
    {
        if (CondensedDocument.Condense(FuzzTarget.FilePath, BodySource.WithoutByteOrderMark(text)) is not { } condensed)
        {
            return;
        }

        var fromCondensed = DocumentParser.Parse(new ContentFile(FuzzTarget.FilePath, FuzzTarget.SourcePath, condensed, Condensed: true));
        if (!Equals(whole.Metadata, fromCondensed.Metadata))
        {
            throw new FuzzFindingException("the condensed file gives other metadata than the Markdown");
        }

        if (!whole.Diagnostics.Equals(fromCondensed.Diagnostics))
        {
            throw new FuzzFindingException("the condensed file gives other diagnostics than the Markdown: "
                + string.Join("; ", whole.Diagnostics.Select(Describe)) + " against " + string.Join("; ", fromCondensed.Diagnostics.Select(Describe)));
        }

        if (!Equals(whole.Body, fromCondensed.Body) || !whole.Citations.Equals(fromCondensed.Citations))
        {
            throw new FuzzFindingException("the condensed file gives another body key or other citations than the Markdown");
        }
    }

    private static void ReadAsCondensed(string text)
    {
        // As the file of condensed documents, whose every document is then read as one.
        foreach (var member in CondensedDocument.ReadSet(text) ?? new System.Collections.Generic.List<string>())
        {
            _ = CondensedDocument.SourcePathOf(member);
            _ = DocumentParser.Parse(new ContentFile(FuzzTarget.FilePath, FuzzTarget.SourcePath, member, Condensed: true));
        }

        var document = DocumentParser.Parse(new ContentFile(FuzzTarget.FilePath, FuzzTarget.SourcePath, text, Condensed: true));
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Descriptor.Id == FuzzTarget.InternalErrorId && diagnostic.Arguments[0] != "ContentGen.CondensedDocument")
            {
                throw new FuzzFindingException(FuzzTarget.InternalErrorId + " reading a condensed file: " + string.Join(" | ", diagnostic.Arguments));
            }
        }

        var lines = new LineMap(FuzzTarget.FilePath, text);
        var block = FrontMatterSplitter.Split(text, lines);
        if (block.Status == FrontMatterStatus.Found && CondensedDocument.ReadFacts(text, block.BodyStart) is { } facts
            && CondensedDocument.SourcePathOf(text) is { } source
            && CondensedDocument.Write(text.Substring(0, block.BodyStart), facts, source) is var written
            && CondensedDocument.ReadFacts(written, block.BodyStart) is null)
        {
            throw new FuzzFindingException("facts read from a condensed file, written again, do not read back:\n" + written);
        }
    }

    private static string Describe(DiagnosticInfo diagnostic)
        => diagnostic.Descriptor.Id + " " + diagnostic.Location?.Span + " " + diagnostic.Location?.LineSpan + " " + string.Join(" | ", diagnostic.Arguments);
}
