using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen;
using ContentGen.Build;
using ContentGen.Input;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Diagnostics;
using ContentGen.Tests.Hostile;
using ContentGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>
/// In a build the compiler is given the build step's condensed files (front matter and the body's facts) in place of
/// the Markdown; in the IDE the Markdown itself. Both must give the same generated code and the same diagnostics, at
/// the same places, for every example of every diagnostic and every hostile file.
/// </summary>
public sealed class CondensedDocumentTests
{
    private const string SetPath = GeneratorHarness.ProjectDirectory + "/obj/Debug/net10.0/" + CondensedDocument.SetFileName;

    public static IEnumerable<object[]> CatalogueIds()
        => Directory.GetDirectories(CatalogueTests.CatalogueRoot()).Select(Path.GetFileName).OrderBy(id => id, StringComparer.Ordinal).Select(id => new object[] { id! });

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void Each_catalogue_example_gives_the_same_code_and_diagnostics_condensed(string id)
    {
        var (files, properties) = CatalogueTests.Example(id);
        AssertSameCondensed(files, properties, out _);
    }

    [Fact]
    public void The_hostile_corpus_gives_the_same_code_and_diagnostics_condensed()
    {
        AssertSameCondensed(HostileCorpus.Files().Select(f => GeneratorHarness.Paper(f.Name, f.Text)).ToList(), GeneratorHarness.DefaultProperties(), out var condensed);
        Assert.True(condensed >= HostileCorpus.Files().Count / 2, "only " + condensed + " hostile files were condensed");
    }

    [Fact]
    public void The_broken_folder_gives_the_same_code_and_diagnostics_condensed()
    {
        var folder = Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Broken");
        var files = Directory.GetFiles(folder, "*.md").OrderBy(p => p, StringComparer.Ordinal).Select(path => GeneratorHarness.Paper(Path.GetFileName(path), File.ReadAllText(path))).ToList();
        AssertSameCondensed(files, GeneratorHarness.DefaultProperties(), out var condensed);
        Assert.True(condensed >= files.Count - 1, "only " + condensed + " of " + files.Count + " broken files were condensed");
    }

    [Fact]
    public void The_repository_papers_give_the_same_code_condensed_in_any_order()
    {
        var files = GeneratorHarness.RepositoryPapers().ToList();
        var expected = AssertSameCondensed(files, GeneratorHarness.DefaultProperties(), out var condensed);
        Assert.Equal(files.Count, condensed);

        var reversed = Run(Condensed(files, GeneratorHarness.DefaultProperties(), out _).AsEnumerable().Reverse(), GeneratorHarness.DefaultProperties());
        Assert.Equal(expected.Sources, reversed.Sources);
        Assert.Equal(expected.Diagnostics, reversed.Diagnostics);
    }

    [Fact]
    public void Editing_one_body_in_the_set_reparses_that_document_only()
    {
        var papers = GeneratorHarness.RepositoryPapers().ToList();
        var set = Condensed(papers, GeneratorHarness.DefaultProperties(), out _).Single();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(new[] { set }).RunGenerators(compilation);

        var edited = papers.Select((p, i) => i == 1 ? GeneratorHarness.Paper(Path.GetFileName(p.Path), p.GetText()!.ToString().Replace("## Summary", "An added line.\n\n## Summary", StringComparison.Ordinal)) : p).ToList();
        Assert.NotEqual(papers[1].GetText()!.ToString(), edited[1].GetText()!.ToString());
        var editedSet = Condensed(edited, GeneratorHarness.DefaultProperties(), out _).Single();
        var run = driver.ReplaceAdditionalText(set, editedSet).RunGenerators(compilation).GetRunResult().Results.Single();

        var parses = run.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(papers.Count, parses.Count);
        Assert.Single(parses, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(papers.Count - 1, parses.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void A_condensed_file_holds_the_front_matter_as_written_and_no_body()
    {
        var text = GeneratorHarness.SeedText().Replace("\n", "\r\n", StringComparison.Ordinal);
        var condensed = CondensedDocument.Condense("/p/content/papers/seed.md", text)!;
        var bodyStart = text.IndexOf("---\r\n", 4, StringComparison.Ordinal) + 5;

        Assert.StartsWith(text[..bodyStart], condensed, StringComparison.Ordinal);
        Assert.DoesNotContain("sleeper", condensed[bodyStart..], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/p/content/papers/seed.md", CondensedDocument.SourcePathOf(condensed));
        Assert.True(condensed.Length < text.Length / 2, condensed.Length + " of " + text.Length);
    }

    [Theory]
    [InlineData("no front matter\n")]
    [InlineData("---\ntitle: x\n---")]
    [InlineData("---\ntitle: x\n")]
    [InlineData("---\ntitle: \u0085x\n---\nbody\n")]
    [InlineData("---\ntitle: x\n---\nbody \uFFFD\n")]
    public void A_file_the_parse_must_see_whole_is_not_condensed(string text)
        => Assert.Null(CondensedDocument.Condense("/p/content/papers/x.md", text));

    [Fact]
    public void Bytes_are_condensed_only_when_the_compiler_reads_them_as_utf8()
    {
        const string Text = "---\ntitle: \"Ü\"\n---\nbody\n";
        var utf8 = Encoding.UTF8.GetBytes(Text);
        Assert.NotNull(CondensedDocuments.CondensedText("/x.md", utf8));
        Assert.Equal(CondensedDocuments.CondensedText("/x.md", utf8), CondensedDocuments.CondensedText("/x.md", Encoding.UTF8.GetPreamble().Concat(utf8).ToArray()));
        Assert.Null(CondensedDocuments.CondensedText("/x.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray()));
        Assert.Null(CondensedDocuments.CondensedText("/x.md", Encoding.Latin1.GetBytes(Text)));
    }

    [Fact]
    public void Facts_round_trip_through_the_condensed_text()
    {
        var gen =
            from title in Gen.OneOfConst('a', 'Z', '0', '\t', '\n', '\r', '\\', 'é', ' ', '|').Array[0, 12].Select(a => new string(a))
            from numbers in Gen.Int[0, 100_000].Array[6]
            from empty in Gen.Bool
            from hash in Gen.ULong
            from length in Gen.Int[0, int.MaxValue]
            select (title, numbers, empty, hash, length);
        gen.Sample(input =>
        {
            var n = input.numbers;
            var place = new Place(Math.Min(n[0], n[1]), Math.Max(n[0], n[1]), Math.Min(n[2], n[4]), n[3], Math.Max(n[2], n[4]), n[2] == n[4] ? Math.Max(n[3], n[5]) : n[5]);
            var facts = new BodyFacts(
                input.length,
                input.hash,
                null,
                new[] { new HeadingFact(input.title, input.empty, place) },
                new[] { new PlaceholderFact(place, input.title + "x") },
                new[] { new CitationFact(place, input.title), new CitationFact(place, "k") });
            var text = CondensedDocument.Write("---\ntitle: t\n---\n", facts, "/c/" + input.title + ".md");
            var read = CondensedDocument.ReadFacts(text, "---\ntitle: t\n---\n".Length);

            Assert.NotNull(read);
            Assert.Equal(text, CondensedDocument.Write("---\ntitle: t\n---\n", read!, "/c/" + input.title + ".md"));
            Assert.Equal("/c/" + input.title + ".md", CondensedDocument.SourcePathOf(text));
        });
    }

    [Fact]
    public void A_set_of_documents_reads_back_as_written_and_a_damaged_one_reads_as_none()
    {
        var documents = new[] { "a", string.Empty, "x\n12\ny", new string('z', 1000) };
        var set = CondensedDocument.WriteSet(documents);
        Assert.Equal(documents, CondensedDocument.ReadSet(set));
        Assert.Empty(CondensedDocument.ReadSet(CondensedDocument.WriteSet(Array.Empty<string>()))!);
        Assert.Null(CondensedDocument.ReadSet(set[..^1]));
        Assert.Null(CondensedDocument.ReadSet(set + "1"));
        Assert.Null(CondensedDocument.ReadSet(set.Replace("1000\n", "99999999999\n", StringComparison.Ordinal)));
        Assert.Null(CondensedDocument.ReadSet("x" + set));
    }

    [Fact]
    public void A_damaged_set_is_an_error_at_it_that_names_the_fix_and_the_build_goes_on()
    {
        var files = GeneratorHarness.RepositoryPapers().Take(2).ToList();
        var set = (InMemoryAdditionalText)Condensed(files, GeneratorHarness.DefaultProperties(), out _).Single();
        var damaged = new InMemoryAdditionalText(SetPath, set.GetText()!.ToString()[..^10]);

        var output = Run(new[] { damaged }, GeneratorHarness.DefaultProperties());

        var error = Assert.Single(output.Diagnostics, d => d.StartsWith("CG0901", StringComparison.Ordinal));
        Assert.Contains(SetPath, error, StringComparison.Ordinal);
        Assert.Contains("rebuild", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_damaged_document_of_a_set_is_its_own_error_that_names_the_fix()
    {
        var documents = GeneratorHarness.RepositoryPapers().Take(3)
            .Select(p => CondensedDocument.Condense(p.Path, p.GetText()!.ToString())!)
            .Select((d, i) => i < 2 ? d[..d.LastIndexOf("source\t", StringComparison.Ordinal)] : d)
            .ToList();

        var output = Run(new[] { new InMemoryAdditionalText(SetPath, CondensedDocument.WriteSet(documents)) }, GeneratorHarness.DefaultProperties());

        var errors = output.Diagnostics.Where(d => d.StartsWith("CG0901", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("is damaged; rebuild", e, StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_condensed_file_never_throws_and_any_it_cannot_read_is_an_error_naming_the_fix()
    {
        var condensed = CondensedDocument.Condense(GeneratorHarness.PaperPath("seed.md"), GeneratorHarness.SeedText())!;
        var factsStart = condensed.IndexOf("#contentgen-condensed", StringComparison.Ordinal);
        Gen.Select(Gen.Int[factsStart, condensed.Length - 1], Gen.Int[0, 3], Gen.Char).Sample(damage =>
        {
            var (at, how, c) = damage;
            var damaged = how switch
            {
                0 => condensed[..at],
                1 => condensed[..at] + c + condensed[(at + 1)..],
                2 => condensed[..at] + c + condensed[at..],
                _ => condensed.Remove(at, 1),
            };
            _ = CondensedDocument.SourcePathOf(damaged);
            var parsed = DocumentParser.Parse(new ContentFile(GeneratorHarness.PaperPath("seed.md"), "papers/seed.md", damaged, Condensed: true));
            if (CondensedDocument.ReadFacts(damaged, factsStart) is null)
            {
                var error = Assert.Single(parsed.Diagnostics);
                Assert.Equal("CG0901", error.Descriptor.Id);
                Assert.Contains("rebuild", string.Join(" ", error.Arguments), StringComparison.Ordinal);
            }
        });
    }

    /// <summary>
    /// Runs the generator over the files, then over the same files condensed as the build step condenses them, and
    /// asserts the same generated code and the same diagnostics (id, message, file, span and line span). Returns the first run.
    /// </summary>
    private static RunOutput AssertSameCondensed(IReadOnlyList<AdditionalText> files, Dictionary<string, string> properties, out int condensed)
    {
        var markdown = Run(files, properties);
        var fromCondensed = Run(Condensed(files, properties, out condensed), properties);

        Assert.Equal(markdown.Sources.Keys, fromCondensed.Sources.Keys);
        foreach (var (hint, source) in markdown.Sources)
        {
            Assert.True(source == fromCondensed.Sources[hint], hint + " differs when condensed");
        }

        Assert.Equal(markdown.Diagnostics, fromCondensed.Diagnostics);
        return markdown;
    }

    /// <summary>The files as a build gives them to the compiler: the Markdown files the step condenses in one file of condensed documents, the others as they are.</summary>
    private static List<AdditionalText> Condensed(IReadOnlyList<AdditionalText> files, Dictionary<string, string> properties, out int count)
    {
        var root = ContentSelection.ResolveRoot(GeneratorHarness.ProjectDirectory, properties.GetValueOrDefault("ContentGenContentRoot"));
        var result = new List<AdditionalText>();
        var documents = new List<string>();
        foreach (var file in files)
        {
            if (ContentSelection.RelativeContentPath(file.Path, root) is not null
                && CondensedDocument.Condense(file.Path, BodySource.WithoutByteOrderMark(file.GetText()!.ToString())) is { } text)
            {
                documents.Add(text);
            }
            else
            {
                result.Add(file);
            }
        }

        count = documents.Count;
        if (count > 0)
        {
            result.Add(new InMemoryAdditionalText(SetPath, CondensedDocument.WriteSet(documents)));
        }

        return result;
    }

    private sealed record RunOutput(Dictionary<string, string> Sources, List<string> Diagnostics);

    private static RunOutput Run(IEnumerable<AdditionalText> files, Dictionary<string, string> properties)
    {
        var result = GeneratorHarness.CreateDriver(files, properties, trackSteps: false).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();
        var sources = result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var diagnostics = result.Diagnostics
            .Select(d => string.Join("|", d.Id, d.Severity, d.GetMessage(CultureInfo.InvariantCulture), d.Location.GetLineSpan().Path, d.Location.SourceSpan, d.Location.GetLineSpan().Span))
            .ToList();
        return new RunOutput(sources, diagnostics);
    }
}
