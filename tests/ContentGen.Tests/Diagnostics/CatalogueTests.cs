using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Collections.Immutable;
using ContentGen.Analysis;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ContentGen.Tests.Diagnostics;

/// <summary>
/// One real example per diagnostic, in TestData/Catalogue/&lt;ID&gt;/ (the same examples docs/diagnostics.md shows; a
/// <c>contentgen.yaml</c> there declares the project's collections, a sub-folder holds one collection's files, and a
/// <c>.bib</c> file is read by the BibTeX reader, and a <c>Program.cs</c> is an app's code, checked by the analyzer):
/// each must give exactly that diagnostic, with its severity, in the expected files at the expected line, column and
/// end column (all 1-based, as printed), and nothing else.
/// </summary>
public sealed class CatalogueTests
{
    [Theory]
    [InlineData("CG0001", DiagnosticSeverity.Error, "example.md(1,1-11)")]
    [InlineData("CG0002", DiagnosticSeverity.Error, "example.md(1,1-4)")]
    [InlineData("CG0003", DiagnosticSeverity.Error, "example.md(2,1-4)")]
    [InlineData("CG0004", DiagnosticSeverity.Error, "example.md(2,1-1)")]
    [InlineData("CG0006", DiagnosticSeverity.Error, "example.md(2,12-13)")]
    [InlineData("CG0007", DiagnosticSeverity.Error, "example.md(5,1-6)")]
    [InlineData("CG0008", DiagnosticSeverity.Warning, "example.md(5,1-14)")]
    [InlineData("CG0009", DiagnosticSeverity.Error, "example.md(5,7-15)")]
    [InlineData("CG0010", DiagnosticSeverity.Error, "example.md(1,1-4)")]
    [InlineData("CG0011", DiagnosticSeverity.Error, "example.md(5,9-10)")]
    [InlineData("CG0012", DiagnosticSeverity.Error, "example.md(2,12-13)")]
    [InlineData("CG0013", DiagnosticSeverity.Warning, "example.md(5,513-516)")]
    [InlineData("CG0014", DiagnosticSeverity.Error, "example.md(2,9-16)")]
    [InlineData("CG0015", DiagnosticSeverity.Error, "example.md(4,25-26)")]
    [InlineData("CG0101", DiagnosticSeverity.Error, "example.md(2,8-10)")]
    [InlineData("CG0102", DiagnosticSeverity.Error, "example.md(4,10-22)")]
    [InlineData("CG0103", DiagnosticSeverity.Error, "example.md(3,7-17)")]
    [InlineData("CG0104", DiagnosticSeverity.Error, "example.md(5,8-10)")]
    [InlineData("CG0105", DiagnosticSeverity.Error, "example.md(5,19-24)")]
    [InlineData("CG0106", DiagnosticSeverity.Error, "example.md(5,6-23)")]
    [InlineData("CG0107", DiagnosticSeverity.Warning, "example.md(5,6-47)")]
    [InlineData("CG0108", DiagnosticSeverity.Error, "example.md(5,8-26)")]
    [InlineData("CG0109", DiagnosticSeverity.Error, "example.md(5,12-33)")]
    [InlineData("CG0110", DiagnosticSeverity.Warning, "example.md(5,21-40)")]
    [InlineData("CG0111", DiagnosticSeverity.Warning, "example.md(5,21-32)")]
    [InlineData("CG0112", DiagnosticSeverity.Warning, "example.md(2,8-26)")]
    [InlineData("CG0113", DiagnosticSeverity.Warning, "example.md(4,10-12)")]
    [InlineData("CG0114", DiagnosticSeverity.Error, "example.md(5,8-18)")]
    [InlineData("CG0115", DiagnosticSeverity.Error, "example.md(5,7-23)")]
    [InlineData("CG0116", DiagnosticSeverity.Error, "example.md(5,8-12)")]
    [InlineData("CG0117", DiagnosticSeverity.Error, "example.md(5,9-10)")]
    [InlineData("CG0118", DiagnosticSeverity.Error, "example.md(5,10-26)")]
    [InlineData("CG0119", DiagnosticSeverity.Error, "example.md(5,10-30)")]
    [InlineData("CG0201", DiagnosticSeverity.Warning, "example.md(5,8-20)")]
    [InlineData("CG0202", DiagnosticSeverity.Error, "example.md(5,6-33)")]
    [InlineData("CG0203", DiagnosticSeverity.Warning, "example.md(5,19-23)")]
    [InlineData("CG0301", DiagnosticSeverity.Error, "example.md(7,1-1)")]
    [InlineData("CG0302", DiagnosticSeverity.Warning, "example.md(5,1-4)")]
    [InlineData("CG0303", DiagnosticSeverity.Warning, "example.md(7,1-11)")]
    [InlineData("CG0304", DiagnosticSeverity.Warning, "example.md(9,1-29)")]
    [InlineData("CG0305", DiagnosticSeverity.Error, "example.md(9,1-1002)")]
    [InlineData("CG0401", DiagnosticSeverity.Error, "---.md(1,1-4)")]
    [InlineData("CG0402", DiagnosticSeverity.Error, "gpt 4.md(1,1-4)", "gpt-4.md(1,1-4)")]
    [InlineData("CG0403", DiagnosticSeverity.Error, "a.md(5,6-31)", "b.md(5,6-31)")]
    [InlineData("CG0404", DiagnosticSeverity.Error, "a.md(5,8-20)", "b.md(5,8-22)")]
    [InlineData("CG0405", DiagnosticSeverity.Warning, "b.md(5,8-13)")]
    [InlineData("CG0406", DiagnosticSeverity.Warning, "a.md(2,8-24)", "b.md(2,8-24)")]
    [InlineData("CG0407", DiagnosticSeverity.Warning, "a.md(5,16-38)")]
    [InlineData("CG0408", DiagnosticSeverity.Error, "a.md(5,11-29)", "b.md(5,11-29)")]
    [InlineData("CG0409", DiagnosticSeverity.Error, "example.md(5,11-38)")]
    [InlineData("CG0501", DiagnosticSeverity.Error, "contentgen.yaml(3,17-18)")]
    [InlineData("CG0502", DiagnosticSeverity.Error, "contentgen.yaml(3,13-26)")]
    [InlineData("CG0503", DiagnosticSeverity.Error, "contentgen.yaml(4,40-41)")]
    [InlineData("CG0505", DiagnosticSeverity.Error, "contentgen.yaml(4,14-20)")]
    [InlineData("CG0506", DiagnosticSeverity.Error, "contentgen.yaml(4,5-11)")]
    [InlineData("CG0507", DiagnosticSeverity.Error, "contentgen.yaml(3,5-11)")]
    [InlineData("CG0508", DiagnosticSeverity.Error, "contentgen.yaml(4,22-27)")]
    [InlineData("CG0509", DiagnosticSeverity.Error, "contentgen.yaml(4,30-33)")]
    [InlineData("CG0510", DiagnosticSeverity.Error, "contentgen.yaml(4,53-57)")]
    [InlineData("CG0511", DiagnosticSeverity.Error, "contentgen.yaml(4,38-55)")]
    [InlineData("CG0512", DiagnosticSeverity.Error, "contentgen.yaml(4,22-37)")]
    [InlineData("CG0513", DiagnosticSeverity.Error, "contentgen.yaml(4,7-13)")]
    [InlineData("CG0514", DiagnosticSeverity.Error, "contentgen.yaml(4,48-51)")]
    [InlineData("CG0515", DiagnosticSeverity.Error, "contentgen.yaml(4,56-65)")]
    [InlineData("CG0516", DiagnosticSeverity.Error, "contentgen.yaml(5,13-18)")]
    [InlineData("CG0517", DiagnosticSeverity.Error, "contentgen.yaml(3,11-15)")]
    [InlineData("CG0518", DiagnosticSeverity.Error, "contentgen.yaml(4,11-15)")]
    [InlineData("CG0519", DiagnosticSeverity.Error, "contentgen.yaml(4,7-11)")]
    [InlineData("CG0520", DiagnosticSeverity.Error, "contentgen.yaml(4,45-53)")]
    [InlineData("CG0521", DiagnosticSeverity.Error, "contentgen.yaml(4,33-34)")]
    [InlineData("CG0522", DiagnosticSeverity.Error, "contentgen.yaml(3,11-18)")]
    [InlineData("CG0601", DiagnosticSeverity.Error, "references.bib(2,11-12)")]
    [InlineData("CG0602", DiagnosticSeverity.Error, "references.bib(2,11-12)")]
    [InlineData("CG0603", DiagnosticSeverity.Error, "references.bib(5,7-26)")]
    [InlineData("CG0604", DiagnosticSeverity.Error, "references.bib(1,9-10)")]
    [InlineData("CG0605", DiagnosticSeverity.Warning, "references.bib(3,15-22)", "references.bib(4,11-15)")]
    [InlineData("CG0606", DiagnosticSeverity.Error, "references.bib(2,3-8)")]
    [InlineData("CG0607", DiagnosticSeverity.Error, "references.bib(3,3-7)")]
    [InlineData("CG0608", DiagnosticSeverity.Error, "references.bib(3,10-11)")]
    [InlineData("CG0609", DiagnosticSeverity.Warning, "references.bib(2,16-19)")]
    [InlineData("CG0610", DiagnosticSeverity.Warning, "references.bib(4,3-7)")]
    [InlineData("CG0611", DiagnosticSeverity.Warning, "references.bib(1,2-14)")]
    [InlineData("CG0612", DiagnosticSeverity.Warning, "references.bib(3,13-44)")]
    [InlineData("CG0613", DiagnosticSeverity.Warning, "references.bib(3,12-52)")]
    [InlineData("CG0615", DiagnosticSeverity.Error, "references.bib(13,15-18)")]
    [InlineData("CG0616", DiagnosticSeverity.Error, "a.bib(1,10-29)", "b.bib(1,7-26)")]
    [InlineData("CG0617", DiagnosticSeverity.Warning, "references.bib(1,7-26)", "references.bib(6,10-31)")]
    [InlineData("CG0618", DiagnosticSeverity.Error, "example.md(2,9-29)")]
    [InlineData("CG0619", DiagnosticSeverity.Warning, "example.md(4,10-50)")]
    [InlineData("CG0620", DiagnosticSeverity.Error, "a.md(2,9-30)", "b.md(2,9-30)")]
    [InlineData("CG0621", DiagnosticSeverity.Warning, "example.md(8,46-65)")]
    [InlineData("CG0701", DiagnosticSeverity.Warning, "Program.cs(4,30-59)", "Program.cs(5,34-44)")]
    [InlineData("CG0702", DiagnosticSeverity.Hidden, "Program.cs(4,30-60)", "Program.cs(5,34-45)")]
    public void Example_gives_exactly_its_diagnostic_at_the_expected_places(string id, DiagnosticSeverity severity, params string[] places)
    {
        var all = Run(id);
        var diagnostics = all.Where(d => d.Id == id).ToList();

        // Nothing else, except what the example needs to show this one (listed in also.txt, e.g. the problems CG0013 counts).
        Assert.All(all.Where(d => d.Id != id), d => Assert.Contains(d.Id, AlsoExpected(id)));
        Assert.All(diagnostics, d => Assert.Equal(severity, d.DefaultSeverity));
        Assert.Equal(places, diagnostics.Select(Place).OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_declared_diagnostic_has_an_example_or_a_dedicated_test()
    {
        // CG0901 (internal error), CG0902 (target framework) and CG0903 (C# version) are not about a content file; their
        // tests are in DocumentParserTests, the end-to-end package tests and LanguageVersionTests. CG0504 (contentgen.yaml
        // over the size limit) would need a 256 KB example; its test is in ConfigReaderTests. CG0614 (.bib file over
        // 8 MiB) would need an 8 MiB example; BibReaderTests tests it with a lower limit.
        // CG0904 (more than 60,000 documents with a property each) would need 60,001 files, CG0905 5,001; CatalogTests tests them.
        var declared = DeclaredIds().Where(id => id is not "CG0901" and not "CG0902" and not "CG0903" and not "CG0904" and not "CG0905" and not "CG0504" and not "CG0614");
        var examples = Directory.GetDirectories(CatalogueRoot()).Select(Path.GetFileName);

        Assert.Equal(declared.OrderBy(id => id), examples.OrderBy(id => id));
    }

    /// <summary>One example folder as a project's files (its papers, its contentgen.yaml and .bib files) with the folder's settings.</summary>
    internal static (List<AdditionalText> Files, Dictionary<string, string> Properties) Example(string id)
    {
        var folder = Path.Combine(CatalogueRoot(), id);
        var properties = GeneratorHarness.DefaultProperties();
        var settings = Path.Combine(folder, "settings.txt");
        if (File.Exists(settings))
        {
            foreach (var line in File.ReadAllLines(settings).Where(l => l.Contains('=', StringComparison.Ordinal)))
            {
                properties[line[..line.IndexOf('=', StringComparison.Ordinal)]] = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..];
            }
        }

        // A file at the top is a paper; one in a sub-folder is content of that folder (a collection of contentgen.yaml).
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetDirectoryName(path) == folder
                ? GeneratorHarness.Paper(Path.GetFileName(path), File.ReadAllText(path))
                : new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/" + Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
        var config = Path.Combine(folder, "contentgen.yaml");
        if (File.Exists(config))
        {
            files.Add(new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/contentgen.yaml", File.ReadAllText(config)));
        }

        // A .bib file is part of the project's bibliography, under the content folder.
        files.AddRange(Directory.GetFiles(folder, "*.bib", SearchOption.AllDirectories)
            .Select(path => new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/" + Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path))));

        return (files, properties);
    }

    /// <summary>Runs the generator over one example folder, as the papers of a project (and its contentgen.yaml), with the folder's settings.</summary>
    internal static IReadOnlyList<Diagnostic> Run(string id)
    {
        var folder = Path.Combine(CatalogueRoot(), id);
        var (files, properties) = Example(id);

        // The build step (Build/RenderBodies) renders the bodies, and reports a body Markdig cannot render (CG0301).
        var root = ContentGen.Input.ContentSelection.ResolveRoot(GeneratorHarness.ProjectDirectory, properties.GetValueOrDefault("ContentGenContentRoot"));
        var none = new Dictionary<string, ContentGen.Payload.BodyResourceEntry>();
        var buildStep = new List<Diagnostic>();
        foreach (var file in files)
        {
            if (ContentGen.Input.ContentSelection.RelativeContentPath(file.Path, root) is { } sourcePath)
            {
                ContentGen.Build.RenderedBodies.Entry(sourcePath, file.GetText()!.ToString(), allowRawHtml: false, none, out _, out var error);
                if (error is { } e)
                {
                    var line = new Microsoft.CodeAnalysis.Text.LinePosition(e.Line - 1, 0);
                    buildStep.Add(Diagnostic.Create(ContentGen.Diagnostics.DiagnosticDescriptors.BodyNotRendered, Location.Create(file.Path, default, new Microsoft.CodeAnalysis.Text.LinePositionSpan(line, line)), e.Message));
                }
            }
        }

        var output = GeneratorHarness.Run(files, properties);
        return output.GeneratorDiagnostics.Concat(buildStep).Concat(ProgramDiagnostics(folder, output.Compilation)).ToList();
    }

    /// <summary>
    /// For an example with a <c>Program.cs</c> (the analyzer's diagnostics, CG07xx): that program, an app's top-level
    /// statements, compiled with the generated code, and what the compiler and ContentGen's analyzer report for it.
    /// </summary>
    private static IEnumerable<Diagnostic> ProgramDiagnostics(string folder, CSharpCompilation generated)
    {
        var programs = Directory.GetFiles(folder, "*.cs")
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), GeneratorHarness.ParseOptions, path: GeneratorHarness.ProjectDirectory + "/" + Path.GetFileName(path)))
            .ToList();
        if (programs.Count == 0)
        {
            return Array.Empty<Diagnostic>();
        }

        var compilation = generated.AddSyntaxTrees(programs).WithOptions(generated.Options.WithOutputKind(OutputKind.ConsoleApplication));
        var analyzed = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LookupArgumentAnalyzer()));
        return compilation.GetDiagnostics().Concat(analyzed.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
    }

    private static string[] AlsoExpected(string id)
    {
        var path = Path.Combine(CatalogueRoot(), id, "also.txt");
        return File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToArray() : Array.Empty<string>();
    }

    internal static string CatalogueRoot() => Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "ContentGen.Tests", "TestData", "Catalogue");

    internal static IEnumerable<string> DeclaredIds()
        => typeof(ContentGenerator).Assembly.GetType("ContentGen.Diagnostics.DiagnosticDescriptors")!
            .GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id);

    private static string Place(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Character + 1})");
    }
}
