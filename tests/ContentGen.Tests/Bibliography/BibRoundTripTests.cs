using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ContentGen.Bibliography;
using ContentGen.Model;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Bibliography;

/// <summary>
/// Random entries (types, keys, fields with random Unicode text, name lists) written by <see cref="BibWriter"/> and read
/// back by <see cref="BibReader"/> give the same entries: every value the same text (white space collapsed and trimmed,
/// as the reader does to every value), every name the same four parts. Also checked through a small serializer of the
/// test's own, which writes values the way hand-made .bib files do (quotes, macros, concatenation).
/// </summary>
public sealed class BibRoundTripTests
{
    /// <summary>Characters that BibTeX or LaTeX treat specially, mixed with ordinary text and any BMP character.</summary>
    private static readonly Gen<char> TextChar = Gen.Frequency(
        (8, Gen.Char['a', 'z']),
        (2, Gen.Char['A', 'Z']),
        (3, Gen.Const(' ')),
        (4, Gen.OneOfConst('\\', '{', '}', '&', '%', '$', '#', '_', '~', '^', '-', '\'', '`', '"', '@', ',', '=', '(', ')', '\n', '\r', '\t', '.')),
        (2, Gen.OneOfConst('é', 'Ü', 'ø', 'ß', '中', '\u00A0', '\u2028', '\u202F', '\u0301', '\0', '\uD800')),
        (1, Gen.Char['\u00A0', '\uD7FF']));

    private static readonly Gen<string> Text = TextChar.Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<string> Key = Gen.OneOfConst('a', 'z', 'K', '0', '9', '_', '-', ':', '.', '/', '+', 'é').Array[1, 16].Select(c => new string(c));

    private static readonly Gen<string> Type = Gen.OneOfConst("article", "misc", "inproceedings", "techreport", "book", "phdthesis", "online", "Article", "MISC", "dataset");

    private static readonly Gen<string> FieldName = Gen.Frequency(
        (4, Gen.OneOfConst("title", "note", "abstract", "journal", "publisher", "year", "month", "keywords", "url", "doi", "file", "eprint")),
        (1, Gen.Char['a', 'z'].Array[1, 10].Select(c => new string(c))));

    private static readonly Gen<string> Capitalised = Gen.Select(Gen.Char['A', 'Z'], Gen.Char['a', 'z'].Array[0, 8], (first, rest) => first + new string(rest));

    /// <summary>A word of a given name, family name or suffix: ordinary, accented, hyphenated, an initial, or full of specials.</summary>
    private static readonly Gen<string> NameWord = Gen.Frequency(
        (6, Capitalised),
        (1, Gen.OneOfConst("E.", "J.R.R.", "Jean-Paul", "Émile", "Ørsted", "Łódź", "Jr.", "III", "de", "and", "others", "AND", "{x}", "a--b", "O'Neil", "Smith,", "Müller", "中村")),
        (1, TextChar.Where(c => !Latex.IsSpace(c)).Array[1, 6].Select(c => new string(c))));

    /// <summary>A von word; the odd ones are what the reader makes of braces (<c>{OpenAI}tero</c>, <c>{a}nd</c>, <c>a{,}b</c>, <c>a{ }B</c>).</summary>
    private static readonly Gen<string> VonWord = Gen.Frequency(
        (6, Gen.OneOfConst("van", "der", "de", "la", "von", "di", "du", "ten", "zu")),
        (1, Gen.OneOfConst("OpenAItero", "and", "aND", "a,b", "a B", "Élan", "x{y", "ß", "d'", "{x}y", "l~a")));

    private static readonly Gen<string> Words = NameWord.Array[1, 3].Select(w => string.Join(" ", w));

    private static readonly Gen<BibName> Person = Gen.Select(
        Gen.Frequency((4, Words), (1, Gen.Const(string.Empty))),
        Gen.Frequency((3, Gen.Const(string.Empty)), (1, VonWord.Array[1, 2].Select(w => string.Join(" ", w)))),
        Words,
        Gen.Frequency((5, Gen.Const(string.Empty)), (1, Gen.OneOfConst("Jr.", "III", "Sr"))),
        (given, von, family, suffix) => new BibName(given, von, family, suffix, IsCorporate: false));

    private static readonly Gen<BibName> Corporate = Gen.Frequency(
            (2, Words),
            (1, Text.Where(t => Collapse(t).Length > 0).Select(Collapse)))
        .Select(family => new BibName(string.Empty, string.Empty, family, string.Empty, IsCorporate: true));

    private static readonly Gen<BibName[]> Names = Gen.Frequency((4, Person), (1, Corporate)).Array[1, 5];

    [Fact]
    public void Text_written_by_BibWriter_reads_back_as_the_same_text()
    {
        Gen.Select(Type, Key, Gen.Select(FieldName, Text).Array[0, 8]).Sample(
            input =>
            {
                var (type, key, pairs) = input;
                var fields = pairs.GroupBy(p => p.Item1, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
                var written = BibWriter.Write(type, key, fields.Select(f => BibWriterField.FromText(f.Item1, f.Item2)));

                var file = BibReader.Read("/x.bib", written);

                Assert.DoesNotContain(file.Diagnostics, d => d.Descriptor.Id != "CG0611");
                var entry = Assert.Single(file.Entries);
                Assert.False(entry.HasErrors);
                Assert.Equal(type.ToLowerInvariant(), entry.Type);
                Assert.Equal(key, entry.Key);
                Assert.Equal(fields.Select(f => f.Item1), entry.Fields.Select(f => f.Name));
                Assert.Equal(fields.Select(f => Collapse(f.Item2)), entry.Fields.Select(f => f.Value));
            },
            iter: 2000,
            print: input => BibWriter.Write(input.Item1, input.Item2, input.Item3.Select(f => BibWriterField.FromText(f.Item1, f.Item2))));
    }

    [Fact]
    public void Names_written_by_BibWriter_read_back_as_the_same_names()
    {
        Names.Sample(
            names =>
            {
                var written = BibWriter.Write("article", "k", new[] { BibWriterField.FromNames("author", names) });

                var file = BibReader.Read("/x.bib", written);

                Assert.Empty(file.Diagnostics);
                Assert.Equal(names.Select(Normalise), BibNames.Parse(Assert.Single(file.Entries).Field("author")!.Raw));
            },
            iter: 2000,
            print: names => BibWriter.FormatNames(names));
    }

    [Fact]
    public void An_entry_read_written_and_read_again_is_the_same_entry()
    {
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(Infrastructure.GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Bibliography", "zotero-export.bib"));
        foreach (var entry in BibReader.Read("/x.bib", text).Entries)
        {
            var again = Assert.Single(BibReader.Read("/y.bib", BibWriter.Write(entry)).Entries);

            Assert.Equal(entry.Key, again.Key);
            Assert.Equal(entry.Fields.Where(f => !BibNames.IsNameField(f.Name)).Select(f => f.Value), again.Fields.Where(f => !BibNames.IsNameField(f.Name)).Select(f => f.Value));
            Assert.Equal(entry.Fields.Where(f => BibNames.IsNameField(f.Name)).Select(f => BibNames.Parse(f.Raw)), again.Fields.Where(f => BibNames.IsNameField(f.Name)).Select(f => BibNames.Parse(f.Raw)));
        }
    }

    [Fact]
    public void Values_written_the_way_hand_made_files_are_read_back_as_the_same_text()
    {
        // The test's own serializer: each value cut into pieces, each piece as a quoted string, a braced string or a
        // @string macro defined above, joined with '#'. A '"' would end a quoted piece, so the text has none; each piece
        // starts with '{}' so that pieces joined cannot make a '--' or a '``' that neither piece has.
        var piece = Gen.Select(Gen.Int[0, 2], Text);
        Gen.Select(Key, piece.Array[1, 4].Array[1, 4]).Sample(
            input =>
            {
                var (key, values) = input;
                var text = new StringBuilder();
                var entry = new StringBuilder("@misc{" + key);
                for (var v = 0; v < values.Length; v++)
                {
                    var parts = new List<string>();
                    for (var p = 0; p < values[v].Length; p++)
                    {
                        var (style, plain) = values[v][p];
                        var escaped = "{}" + BibWriter.EscapeText(plain.Replace("\"", "'", StringComparison.Ordinal));
                        switch (style)
                        {
                            case 0:
                                parts.Add("{" + escaped + "}");
                                break;
                            case 1:
                                parts.Add("\"" + escaped + "\"");
                                break;
                            default:
                                var macro = "m" + v + "x" + p;
                                text.Append("@string{").Append(macro).Append(" = {").Append(escaped).Append("}}\n");
                                parts.Add(macro);
                                break;
                        }
                    }

                    entry.Append(",\n  f").Append(v).Append(" = ").Append(string.Join(" # ", parts));
                }

                text.Append(entry).Append("\n}\n");
                var file = BibReader.Read("/x.bib", text.ToString());

                Assert.Empty(file.Diagnostics);
                var read = Assert.Single(file.Entries);
                for (var v = 0; v < values.Length; v++)
                {
                    // Each piece is escaped on its own, so the pieces' own white space is collapsed, then the joined text.
                    var expected = Collapse(string.Concat(values[v].Select(p => Collapse(p.Item2.Replace("\"", "'", StringComparison.Ordinal)))));
                    Assert.Equal(expected, read.Get("f" + v));
                }
            },
            iter: 1000);
    }

    /// <summary>What the reader makes of a name's parts: each part's white space collapsed and trimmed.</summary>
    private static BibName Normalise(BibName name)
        => new(Collapse(name.Given), Collapse(name.Von), Collapse(name.Family), Collapse(name.Suffix), name.IsCorporate);

    /// <summary>Runs of BibTeX white space (space, tab, line feed, carriage return, form feed, vertical tab) as one space, trimmed.</summary>
    private static string Collapse(string text)
    {
        var result = new StringBuilder();
        foreach (var c in text)
        {
            if (Latex.IsSpace(c))
            {
                if (result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString().TrimEnd(' ');
    }
}
