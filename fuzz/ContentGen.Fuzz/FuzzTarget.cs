using System;
using System.Text;
using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Fuzz;

/// <summary>
/// One fuzz execution: bytes in, <see cref="PaperParser.Parse"/> run, and an exception out when the result shows a bug.
/// Parse never throws by design (it turns every exception into CG0901), so a CG0901 is the crash signal here.
/// </summary>
internal static class FuzzTarget
{
    public const string FilePath = "/fuzz/content/papers/input.md";

    public const string SourcePath = "papers/input.md";

    /// <summary>The internal-error diagnostic: Parse caught an exception it did not expect.</summary>
    public const string InternalErrorId = "CG0901";

    /// <summary>Invalid UTF-8 becomes U+FFFD, never an exception: the same decoding as the regression test.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static void Run(byte[] data)
    {
        var text = Utf8.GetString(data);
        var document = PaperParser.Parse(new ContentFile(FilePath, SourcePath, text), GeneratorOptions.DefaultMaxFileSize, GeneratorOptions.DefaultMaxNestingDepth);
        Check(document);
    }

    /// <summary>Throws <see cref="FuzzFindingException"/> when the parsed document breaks a rule that must always hold.</summary>
    public static void Check(ParsedDocument document)
    {
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Descriptor.Id == InternalErrorId)
            {
                throw new FuzzFindingException(InternalErrorId + ": " + string.Join(" | ", diagnostic.Arguments));
            }
        }

        var body = document.Body;
        if (body is null)
        {
            return;
        }

        if (body.Markdown.IndexOf('\r') >= 0)
        {
            throw new FuzzFindingException("Body.Markdown contains '\\r'");
        }

        if (body.Html.IndexOf('\r') >= 0)
        {
            throw new FuzzFindingException("Body.Html contains '\\r'");
        }

        foreach (var section in body.Sections)
        {
            if (section.HtmlStart < 0 || section.HtmlLength < 0 || (long)section.HtmlStart + section.HtmlLength > body.Html.Length)
            {
                throw new FuzzFindingException(
                    "Section '" + section.Title + "' lies outside the HTML: HtmlStart " + section.HtmlStart
                    + " + HtmlLength " + section.HtmlLength + " > Html.Length " + body.Html.Length);
            }
        }
    }
}

/// <summary>A broken rule found by the fuzzer; SharpFuzz reports any escaping exception to AFL as a crash.</summary>
internal sealed class FuzzFindingException : Exception
{
    public FuzzFindingException(string message)
        : base(message)
    {
    }
}
