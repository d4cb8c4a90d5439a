using System;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Bibliography;
using ContentGen.Model;
using ContentGen.Runtime;
using ContentGen.Schema;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Bibliography;

/// <summary>
/// Random papers (titles and venues full of LaTeX's special characters, author lists, years, DOIs, arXiv ids) written as
/// BibTeX the way <c>Paper.ToBibTeX()</c> writes it (<see cref="PaperCitations"/> at compile time, <see cref="CitationWriter"/> when called), read back by <see cref="BibReader"/>:
/// the same fields come back, and an empty paper matched to that entry is filled with the same values.
/// </summary>
public sealed class PaperBibTeXPropertyTests
{
    private static readonly Gen<char> TextChar = Gen.Frequency(
        (8, Gen.Char['a', 'z']),
        (2, Gen.Char['A', 'Z']),
        (3, Gen.Const(' ')),
        (3, Gen.OneOfConst('\\', '{', '}', '&', '%', '$', '#', '_', '~', '^', '-', '\'', '`', '"', '@', ',', '=', ':', '.', '?')),
        (1, Gen.OneOfConst('é', 'Ü', 'ø', 'ß', '中', '–')));

    private static readonly Gen<string> Text = TextChar.Array[1, 30].Select(c => new string(c)).Where(t => Collapse(t).Length > 0);

    private static readonly Gen<string> Family = Gen.Select(Gen.Char['A', 'Z'], Gen.OneOfConst("a", "ü", "o", "ø", "e").Array[1, 3], Gen.Char['a', 'z'].Array[0, 6], (first, vowels, rest) => first + string.Concat(vowels) + new string(rest));

    /// <summary>An author as the front matter writes one: <c>Family, I.</c>, <c>Family, I. J.</c>, <c>van Family, I.</c> or a corporate name.</summary>
    private static readonly Gen<string> Author = Gen.Frequency(
        (5, Gen.Select(Family, Gen.Char['A', 'Z'].Array[1, 2], (family, initials) => family + ", " + string.Join(" ", initials.Select(i => i + ".")))),
        (1, Gen.Select(Family, Gen.Char['A', 'Z'], (family, initial) => "van " + family + ", " + initial + ".")),
        (1, Gen.OneOfConst("Anthropic", "Apollo Research")));

    private static readonly Gen<string?> Doi = Gen.Frequency((1, Gen.Const((string?)null)), (1, Gen.Int[1000, 99999].Select(n => (string?)("10.1000/x_" + n + "%{y}"))));

    private static readonly Gen<string?> Arxiv = Gen.Frequency((1, Gen.Const((string?)null)), (1, Gen.Select(Gen.Int[1, 12], Gen.Int[10000, 99999], (m, n) => (string?)("23" + m.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "." + n))));

    private static readonly Gen<string?> Venue = Gen.Frequency((1, Gen.Const((string?)null)), (1, Gen.OneOfConst<string?>("arXiv preprint", "Proceedings of ICLR", "Technical report of X & Y")), (2, Text.Select(t => (string?)t)));

    [Fact]
    public void ToBibTeX_text_reads_back_as_the_same_fields_and_fills_an_empty_paper_with_the_same_values()
    {
        var papers = PaperSchema.Collection;
        Gen.Select(Text, Author.Array[0, 6], Venue, Gen.Int[1990, 2030], Gen.Select(Doi, Arxiv)).Sample(
            input =>
            {
                var (title, authors, venue, year, (doi, arxiv)) = input;
                var values = new FieldValue?[papers.Fields.Count];
                Set(values, PaperSchema.Title, title);
                Set(values, PaperSchema.Date, year + "-01-10");
                values[papers.IndexOf(PaperSchema.Authors)] = FieldValue.List(authors.Distinct(StringComparer.Ordinal).ToEquatableArray(), null, EquatableArray<LocationInfo>.Empty);
                Set(values, PaperSchema.Publication, venue);
                Set(values, PaperSchema.PublicationYear, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Set(values, PaperSchema.Doi, doi);
                Set(values, PaperSchema.Arxiv, arxiv);

                // As the generated ToBibTeX() calls the run time's writer with the paper's fields.
                PaperCitations.Compute(papers, values, entry: null);
                var written = PaperCitations.BibTeX(papers, values, "some-paper");
                var file = BibReader.Read("/project/content/x.bib", written);

                Assert.Empty(file.Diagnostics);
                var entry = Assert.Single(file.Entries);
                Assert.Equal("some-paper", entry.Key);
                Assert.Equal(Collapse(title), entry.Get("title"));
                Assert.Equal(
                    authors.Distinct(StringComparer.Ordinal).Select(a => BibMatcher.ParseOne(a).Display),
                    entry.Field("author") is { } field ? BibNames.Parse(field.Raw).Select(n => n.Display) : Enumerable.Empty<string>());
                Assert.Equal(venue is null ? null : Collapse(venue), entry.Get(CitationWriter.VenueField(entry.Type)));
                Assert.Equal(year.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Get("year"));
                Assert.Equal(doi, entry.Get("doi"));
                Assert.Equal(arxiv, entry.Get("eprint"));

                // The entry fills an empty paper (only a date) with the same values.
                var empty = new FieldValue?[papers.Fields.Count];
                Set(empty, PaperSchema.Date, year + "-01-10");
                Set(empty, PaperSchema.BibKey, "some-paper");
                var document = new DocumentMetadata("papers", "/project/content/papers/some-paper.md", "papers/some-paper.md", "some-paper", "SomePaper", new EquatableArray<FieldValue?>(empty), false, false, new LocationInfo("/project/content/papers/some-paper.md", default, default));
                var filled = BibMatcher.Fill(document, papers, BibIndexBuilder.Build(ImmutableArray.Create(file)));

                Assert.Empty(filled.Diagnostics);
                foreach (var key in new[] { PaperSchema.Title, PaperSchema.PublicationYear, PaperSchema.Doi, PaperSchema.Arxiv })
                {
                    Assert.Equal(values[papers.IndexOf(key)]?.Text is { } text ? Collapse(text) : null, filled.Metadata.Text(papers.IndexOf(key)));
                }

                Assert.Equal(values[papers.IndexOf(PaperSchema.Authors)]!.Items.Select(a => BibMatcher.ParseOne(a).Display), filled.Metadata.Items(papers.IndexOf(PaperSchema.Authors)));
            },
            iter: 1000,
            print: input => input.ToString() ?? string.Empty);

        void Set(FieldValue?[] values, string key, string? text)
        {
            if (text is not null)
            {
                values[papers.IndexOf(key)] = FieldValue.Single(text, null);
            }
        }
    }

    private static string Collapse(string text) => string.Join(" ", text.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries));
}
