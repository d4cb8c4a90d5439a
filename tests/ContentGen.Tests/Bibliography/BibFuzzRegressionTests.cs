using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Bibliography;
using ContentGen.Model;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Bibliography;

/// <summary>
/// The BibTeX fuzz target's seeds (fuzz/seeds/bib) and what it found (TestData/FuzzRegressions/bib, kept byte for
/// byte), run through <see cref="BibReader.Read(string, string)"/> with the checks of fuzz/ContentGen.Fuzz/BibFuzzTarget.cs:
/// no internal error, and every entry without errors written by <see cref="BibWriter"/> and read again is the same.
/// </summary>
public sealed class BibFuzzRegressionTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static IEnumerable<object[]> Inputs()
    {
        var root = GeneratorHarness.RepositoryRoot();
        return new[] { Path.Combine("fuzz", "seeds", "bib"), Path.Combine("tests", "ContentGen.Tests", "TestData", "FuzzRegressions", "bib") }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.bib").Select(path => Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new object[] { path });
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_reads_without_internal_error_and_its_entries_round_trip(string path)
    {
        var file = BibReader.Read("/fuzz/content/input.bib", Utf8.GetString(File.ReadAllBytes(Path.Combine(GeneratorHarness.RepositoryRoot(), path))));

        Assert.DoesNotContain(file.Diagnostics, d => d.Descriptor.Id == "CG0901");
        foreach (var entry in file.Entries.Where(e => !e.HasErrors))
        {
            var again = BibReader.Read("/again.bib", BibWriter.Write(entry));
            Assert.DoesNotContain(again.Diagnostics, d => d.IsError && d.Descriptor.Id != "CG0012");
            var copy = Assert.Single(again.Entries);
            Assert.Equal(entry.Key, copy.Key);
            Assert.Equal(entry.Fields.Select(f => f.Name), copy.Fields.Select(f => f.Name));
            for (var i = 0; i < entry.Fields.Count; i++)
            {
                if (BibNames.IsNameField(entry.Fields[i].Name))
                {
                    Assert.Equal(Names(entry.Fields[i]), Names(copy.Fields[i]));
                }
                else
                {
                    Assert.Equal(entry.Fields[i].Value, copy.Fields[i].Value);
                }
            }
        }
    }

    private static IEnumerable<string> Names(BibField field) => BibNames.Parse(field.Raw).Select(n => (n.IsCorporate ? "corporate: " : "person: ") + n.FamilyFirst);
}
