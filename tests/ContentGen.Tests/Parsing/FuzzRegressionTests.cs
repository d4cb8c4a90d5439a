using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Parsing;

/// <summary>
/// Inputs kept from fuzzing (fuzz/run.sh): the crashes and hangs it found, and a few odd inputs from its queue.
/// Each file goes through <see cref="DocumentParser.Parse"/> exactly as in the fuzz target: the bytes decoded as UTF-8
/// (invalid sequences become U+FFFD), the default limits, with and without raw HTML.
/// </summary>
public sealed class FuzzRegressionTests
{
    private const string InternalErrorId = "CG0901";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static string Folder => Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "FuzzRegressions");

    /// <summary>Every file of the folder but dot files (its .gitattributes keeps the inputs byte for byte).</summary>
    public static IEnumerable<object[]> Inputs()
        => Directory.GetFiles(Folder)
            .Select(Path.GetFileName)
            .Where(name => !name!.StartsWith('.'))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fuzz_found_input_parses_without_internal_error(string fileName)
    {
        foreach (var document in ParseBothWays(fileName))
        {
            var internalErrors = document.Diagnostics.Where(d => d.Descriptor.Id == InternalErrorId).Select(d => string.Join(" | ", d.Arguments));
            Assert.Empty(internalErrors);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fuzz_found_input_renders_a_body_without_carriage_returns_and_with_sections_inside_the_html(string fileName)
    {
        foreach (var document in ParseBothWays(fileName))
        {
            if (document.Body is not { } body)
            {
                continue;
            }

            // Line endings are normalised before rendering, and an entity such as &#13; must not bring a CR back.
            Assert.DoesNotContain('\r', body.Markdown);
            Assert.DoesNotContain('\r', body.Html);
            Assert.DoesNotContain('\r', body.PlainText);
            Assert.All(body.Lists[0], finding => Assert.DoesNotContain('\r', finding));
            Assert.All(body.Sections, section =>
            {
                Assert.DoesNotContain('\r', section.Title);
                Assert.InRange(section.HtmlStart, 0, body.Html.Length);
                Assert.InRange(section.HtmlLength, 0, body.Html.Length - section.HtmlStart);
            });
        }
    }

    private static IEnumerable<ParsedDocument> ParseBothWays(string fileName)
    {
        var text = Utf8.GetString(File.ReadAllBytes(Path.Combine(Folder, fileName)));
        var file = new ContentFile("/fuzz/content/papers/input.md", "papers/input.md", text);
        yield return DocumentParser.Parse(file, GeneratorOptions.DefaultMaxFileSize, GeneratorOptions.DefaultMaxNestingDepth);
        yield return DocumentParser.Parse(file, GeneratorOptions.DefaultMaxFileSize, GeneratorOptions.DefaultMaxNestingDepth, allowRawHtml: true);
    }
}
