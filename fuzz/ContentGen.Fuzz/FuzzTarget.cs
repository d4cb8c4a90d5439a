using System.Linq;
using System;
using System.Text;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Payload;

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
    /// Parses the input as the generator does, then renders its body as the build step does, twice: with the default
    /// options, and with <c>ContentGenAllowRawHtml</c> on, which sends the body through Markdig's raw-HTML parsing.
    /// </summary>
    public static void Run(byte[] data)
    {
        var text = Decode(data);
        var file = new ContentFile(FilePath, SourcePath, text);
        var document = DocumentParser.Parse(file, GeneratorOptions.DefaultMaxFileSize, GeneratorOptions.DefaultMaxNestingDepth);
        Check(document, "parse");
        CondensedFuzzTarget.CheckSame(text, document);
        CheckPlainYaml(text);
        Render(text, allowRawHtml: false, "default options");
        Render(text, allowRawHtml: true, "allowRawHtml");
    }

    /// <summary>The body as the build step renders it: checked, and its compressed payload checked against the uncompressed one.</summary>
    public static DocumentBody? Render(string text, bool allowRawHtml, string mode)
    {
        if (BodySource.Of(text) is not { } source || BodyChecks.FindComplexityBreach(source.Markdown) is not null)
        {
            return null;
        }

        DocumentBody body;
        try
        {
            body = BodyRenderer.Render(source.Markdown, allowRawHtml);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // The build step reports these as CG0301 (Markdig's nesting limit).
            return null;
        }

        Check(body, mode);
        var payload = BodyPayload.Encode(body);
        using var inflated = new System.IO.MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(new System.IO.MemoryStream(Deflate.Compress(payload)), System.IO.Compression.CompressionMode.Decompress))
        {
            deflate.CopyTo(inflated);
        }

        if (!inflated.ToArray().AsSpan().SequenceEqual(payload))
        {
            throw new FuzzFindingException(mode + ": the compressed body does not inflate to its payload");
        }

        return body;
    }

    public static string Decode(byte[] data) => Utf8.GetString(data);

    /// <summary>The plain YAML reader against YamlDotNet on the input's YAML front matter (<see cref="CheckPlainYaml(string, int, int, string)"/>).</summary>
    public static void CheckPlainYaml(string text)
    {
        var block = FrontMatterSplitter.Split(text, new LineMap(FilePath, text));
        if (block.Status == FrontMatterStatus.Found && block.Format == FrontMatterFormat.Yaml)
        {
            CheckPlainYaml(text, block.YamlStart, block.YamlEnd, FilePath);
        }
    }

    /// <summary>
    /// The reader for plain YAML against YamlDotNet: when it reads the YAML between <c>start</c> and <c>end</c>,
    /// YamlDotNet must read it too, without a diagnostic, to the same tree (values, styles, offsets).
    /// </summary>
    public static void CheckPlainYaml(string text, int start, int end, string path)
    {
        if (PlainYamlReader.TryRead(text, start, end, GeneratorOptions.DefaultMaxNestingDepth) is not { } plain)
        {
            return;
        }

        var diagnostics = new ContentGen.Diagnostics.DiagnosticList();
        var parsed = FrontMatterReader.ReadWithParser(text, start, end, new LineMap(path, text), GeneratorOptions.DefaultMaxNestingDepth, diagnostics);
        if (diagnostics.Count != 0 || parsed?.ToString() != plain.ToString())
        {
            throw new FuzzFindingException("the plain YAML reader read " + plain + "; YamlDotNet " + (diagnostics.Count != 0 ? "reported " + diagnostics.Count + " diagnostic(s)" : "read " + parsed));
        }
    }

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
    }

    /// <summary>Throws <see cref="FuzzFindingException"/> when the rendered body breaks a rule that must always hold.</summary>
    public static void Check(DocumentBody body, string mode)
    {
        // Line endings are normalised to '\n' before rendering, and an entity such as &#13; must not bring a CR back.
        NoCarriageReturn(body.Markdown, mode, "Body.Markdown");
        NoCarriageReturn(body.Html, mode, "Body.Html");
        NoCarriageReturn(body.PlainText, mode, "Body.PlainText");
        foreach (var section in body.Sections)
        {
            NoCarriageReturn(section.Title, mode, "SectionInfo.Title");
            foreach (var item in section.Items)
            {
                NoCarriageReturn(item, mode, "SectionInfo.Items");
            }

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
