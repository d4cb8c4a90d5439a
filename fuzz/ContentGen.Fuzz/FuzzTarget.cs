using System.Linq;
using System;
using System.Text;
using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Fuzz;

/// <summary>
/// One fuzz execution: bytes in, <see cref="DocumentParser.Parse(ContentFile, int, int, bool)"/> run, and an exception out when the result shows a bug.
/// Parse never throws by design (it turns every exception into CG0901), so a CG0901 is the crash signal here.
/// </summary>
internal static class FuzzTarget
{
    public const string FilePath = "/fuzz/content/papers/input.md";

    public const string SourcePath = "papers/input.md";

    /// <summary>The internal-error diagnostic (CG0901): Parse caught an exception it did not expect.</summary>
    public static readonly string InternalErrorId = ContentGen.Diagnostics.DiagnosticDescriptors.InternalError.Id;

    /// <summary>Invalid UTF-8 becomes U+FFFD, never an exception: the same decoding as the regression test.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Parses the input twice: with the default options, and with <c>ContentGenAllowRawHtml</c> on, which sends the
    /// body through Markdig's raw-HTML parsing instead of escaping it.
    /// </summary>
    public static void Run(byte[] data)
    {
        var file = new ContentFile(FilePath, SourcePath, Decode(data));
        Check(DocumentParser.Parse(file, GeneratorOptions.DefaultMaxFileSize, GeneratorOptions.DefaultMaxNestingDepth), "default options");
        Check(DocumentParser.Parse(file, GeneratorOptions.DefaultMaxFileSize, GeneratorOptions.DefaultMaxNestingDepth, allowRawHtml: true), "allowRawHtml");
    }

    public static string Decode(byte[] data) => Utf8.GetString(data);

    /// <summary>Throws <see cref="FuzzFindingException"/> when the parsed document breaks a rule that must always hold.</summary>
    public static void Check(ParsedDocument document, string mode)
    {
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Descriptor.Id == InternalErrorId)
            {
                throw new FuzzFindingException(mode + ": " + InternalErrorId + ": " + string.Join(" | ", diagnostic.Arguments));
            }
        }

        var body = document.Body;
        if (body is null)
        {
            return;
        }

        // Line endings are normalised to '\n' before rendering, and an entity such as &#13; must not bring a CR back.
        NoCarriageReturn(body.Markdown, mode, "Body.Markdown");
        NoCarriageReturn(body.Html, mode, "Body.Html");
        NoCarriageReturn(body.PlainText, mode, "Body.PlainText");
        foreach (var list in body.Lists)
        {
            foreach (var item in list)
            {
                NoCarriageReturn(item, mode, "Body.Lists");
            }
        }

        foreach (var section in body.Sections)
        {
            NoCarriageReturn(section.Title, mode, "SectionInfo.Title");
            if (section.HtmlStart < 0 || section.HtmlLength < 0 || (long)section.HtmlStart + section.HtmlLength > body.Html.Length)
            {
                throw new FuzzFindingException(
                    mode + ": section '" + section.Title + "' lies outside the HTML: HtmlStart " + section.HtmlStart
                    + " + HtmlLength " + section.HtmlLength + " > Html.Length " + body.Html.Length);
            }
        }
    }

    private static void NoCarriageReturn(string value, string mode, string what)
    {
        if (value.IndexOf('\r') >= 0)
        {
            throw new FuzzFindingException(mode + ": " + what + " contains '\\r'");
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
