using System.Linq;
using ContentGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>
/// Random values, well-formed or not, for a field of every type of contentgen.yaml (CsCheck): whatever is written, the
/// generator never fails internally, every problem is a diagnostic located in the file, and the generated code compiles
/// with zero errors and zero warnings.
/// </summary>
public sealed class CollectionTypesPropertyTests
{
    private const string Config = """
        collections:
          things:
            folder: things
            fields:
              name:    { type: string, required: true, pattern: '^[a-z]+$' }
              notes:   { type: text }
              count:   { type: int, min: -5, max: 500 }
              price:   { type: decimal }
              flag:    { type: bool }
              day:     { type: date, min: 2000-01-01 }
              at:      { type: datetime }
              link:    { type: url }
              doi:     { type: doi }
              arxiv:   { type: arxiv }
              mail:    { type: email, unique: true }
              year:    { type: year }
              state:   { type: enum, values: [idea, in-review, final], default: idea }
              kind:    { type: string, values: [alpha, beta] }
              other:   { type: ref:things }
              others:  { type: list<ref:things> }
              days:    { type: list<date> }
              counts:  { type: list<int> }
              labels:  { type: list<string>, taxonomy: true }
        """;

    /// <summary>Values that are right for some type and wrong for most, edge values and hostile text.</summary>
    private static readonly Gen<string> Scalar = Gen.Frequency(
        (6, Gen.OneOfConst(
            "abc", "42", "-7", "1e3", "2147483648", "-2147483649", "79228162514264337593543950336", "12.50", "-0.5", "true", "yes",
            "2024-01-10", "2024-02-30", "0001-01-01", "2024-01-10T09:30:00Z", "9999-12-31T23:59:59+14:00", "2024-01-10 09:30",
            "https://example.org/x", "10.1073/pnas.2317967121", "2401.05566v2", "a@b.org", "2024", "idea", "In-Review", "alpha",
            "gamma", "a", "b", "~", "\"\"")),
        (1, Gen.Char['\u0020', '\u024F'].Array[0, 12].Select(c => "\"" + new string(c).Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal) + "\"")));

    private static readonly Gen<string> Value = Gen.Frequency(
        (1, Scalar),
        (1, Scalar.Array[1, 4].Select(items => "[" + string.Join(", ", items) + "]")));

    private static readonly string[] Keys = { "name", "notes", "count", "price", "flag", "day", "at", "link", "doi", "arxiv", "mail", "year", "state", "kind", "other", "others", "days", "counts", "labels" };

    [Fact]
    public void Any_values_for_fields_of_every_type_give_diagnostics_in_the_file_and_clean_code_never_an_internal_error()
    {
        var document = Gen.Select(Value.Array[Keys.Length], Gen.Int[1, 3]);
        document.Sample(
            sample =>
            {
                var (values, count) = sample;
                var files = Enumerable.Range(0, count)
                    .Select(i => (AdditionalText)new InMemoryAdditionalText(
                        GeneratorHarness.ProjectDirectory + "/content/things/" + (char)('a' + i) + ".md",
                        "---\n" + string.Join("\n", Keys.Select((key, k) => key + ": " + values[(k + i) % values.Length])) + "\n---\n\nBody.\n"))
                    .Append(new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/contentgen.yaml", Config))
                    .ToList();

                var output = GeneratorHarness.Run(files);

                Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "CG0901");
                Assert.All(output.GeneratorDiagnostics, d => Assert.True(d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile, d.ToString()));
                Assert.Empty(output.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            },
            iter: 150,
            threads: 1);
    }
}
