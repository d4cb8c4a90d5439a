using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Generator;

/// <summary>
/// Which pipeline steps re-run after an edit, read from Roslyn's step tracking: the proof that the generator is
/// incremental by construction, not only fast on a warm machine.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] Files = { "a.md", "b.md", "c.md", "d.md" };

    [Fact]
    public void Editing_a_cs_file_reruns_no_parse_and_regenerates_nothing()
    {
        var (driver, compilation, texts) = RunOnce();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Edited { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(result, TrackingNames.Parse);
        AssertAllCached(result, TrackingNames.Catalog);
        AssertAllCached(result, TrackingNames.BodyManifest);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Unchanged_files_given_again_as_new_objects_rerun_no_parse()
    {
        // The compiler server hands the cached driver new AdditionalText objects on every build (enable-generator-cache).
        var (driver, compilation, texts) = RunOnce();
        foreach (var file in Files)
        {
            driver = driver.ReplaceAdditionalText(texts[file], GeneratorHarness.Paper(file, texts[file].GetText()!.ToString()));
        }

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.SelectFiles].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        AssertAllCached(result, TrackingNames.Parse);
        AssertAllCached(result, TrackingNames.Catalog);
        AssertAllCached(result, TrackingNames.BodyManifest);
    }

    [Fact]
    public void Two_builds_later_the_driver_holds_no_text_of_the_first_build()
    {
        // The compiler server hands the cached driver new AdditionalText objects, with new texts, on every build. Roslyn
        // keeps the previous build's inputs until the next run; if a value of ours kept an earlier build's text, the
        // server would hold one more copy of every unchanged file for as long as it runs.
        var (driver, firstTexts) = ThreeBuilds();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(Files.Length, firstTexts.Count);
        Assert.All(firstTexts, text => Assert.False(text.IsAlive, "a text of the first build is still held"));
        GC.KeepAlive(driver);
    }

    /// <summary>
    /// A cold run, a rebuild with one file edited and one with none, each with new AdditionalText objects and texts, as
    /// the compiler server runs them (no step tracking: tracked steps keep inputs of their own). In a method of its
    /// own, so that no local of the test keeps an earlier driver alive.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (GeneratorDriver Driver, List<WeakReference> FirstTexts) ThreeBuilds()
    {
        var compilation = GeneratorHarness.CreateCompilation("internal static class Existing { }");
        ImmutableArray<AdditionalText> Texts(bool edited)
            => Files.Select(f => GeneratorHarness.Paper(f, Paper(f.Replace(".md", string.Empty), edited && f == Files[0] ? PaperText.DefaultBody + "\nOne more line.\n" : PaperText.DefaultBody))).ToImmutableArray();

        var first = Texts(edited: false);
        var driver = GeneratorHarness.CreateDriver(first, trackSteps: false).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalTexts(Texts(edited: true)).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalTexts(Texts(edited: true)).RunGenerators(compilation);
        return (driver, first.Select(t => new WeakReference(t.GetText())).ToList());
    }

    [Fact]
    public void Lowering_the_file_size_limit_reparses_every_file_and_reports_each_as_too_large()
    {
        // The limits travel in each file's value with its text, so files parsed before the change are parsed again.
        var (driver, compilation, _) = RunOnce();
        var properties = GeneratorHarness.DefaultProperties();
        properties["ContentGenMaxFileSize"] = "10";

        var result = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(properties)).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.Equal(Files.Length, result.Diagnostics.Count(d => d.Id == ContentGen.Diagnostics.DiagnosticDescriptors.FileTooLarge.Id));
    }

    [Fact]
    public void Editing_one_body_reparses_that_file_only_and_leaves_the_lookup_tables_cached()
    {
        var (driver, compilation, texts) = RunOnce();
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        driver = driver.ReplaceAdditionalText(texts["b.md"], GeneratorHarness.Paper("b.md", Paper("b", "## Summary\n\nA rewritten body.\n")));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parses = run.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).ToList();
        Assert.Single(parses, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(Files.Length - 1, parses.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // The index entry of the edited file is recomputed but equal, so the catalog and everything after it is cached.
        Assert.Contains(run.TrackedSteps[TrackingNames.IndexEntry].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Unchanged);
        AssertAllCached(run, TrackingNames.Catalog);
        AssertAllCached(run, TrackingNames.Taxonomies);

        // Exactly one generated file changed: the small one with the bodies' content hash. No body is in the code.
        var after = run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changed = after.Where(pair => before[pair.Key] != pair.Value).Select(pair => pair.Key).ToList();
        Assert.Equal(ContentGen.Emit.BodiesEmitter.HintName, Assert.Single(changed));
        Assert.DoesNotContain(after.Values, source => source.Contains("A rewritten body", StringComparison.Ordinal));
        Assert.Single(run.TrackedSteps[TrackingNames.BodyManifest].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Editing_front_matter_reruns_the_catalog_but_not_the_other_parses()
    {
        var (driver, compilation, texts) = RunOnce();

        driver = driver.ReplaceAdditionalText(texts["c.md"], GeneratorHarness.Paper("c.md", Paper("c", PaperText.DefaultBody, tags: "[\"renamed\"]")));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Single(run.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(run.TrackedSteps[TrackingNames.Catalog].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.Contains("\"renamed\"", run.GeneratedSources.Single(s => s.HintName == "Taxonomies.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_a_citation_within_a_body_rechecks_its_citations_and_leaves_the_catalog_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation("internal static class Existing { }");
        var citing = GeneratorHarness.Paper("x.md", Paper("x", "## Summary\n\nSee [@a, p. 4].\n\n## Key Findings\n\n- One finding"));
        var driver = GeneratorHarness.CreateDriver(new[]
        {
            citing,
            GeneratorHarness.Paper("a.md", Paper("a", PaperText.DefaultBody)),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/references.bib", "@misc{a, title = {Paper a}, year = 2024}\n"),
        }).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(citing, GeneratorHarness.Paper("x.md", Paper("x", "## Summary\n\nA new first paragraph.\n\nSee [@a, p. 5].\n\n## Key Findings\n\n- One finding")));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(run.TrackedSteps[TrackingNames.Citations].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(run.TrackedSteps[TrackingNames.IndexEntry].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Unchanged);
        AssertAllCached(run, TrackingNames.BibFill);
        AssertAllCached(run, TrackingNames.Related);
        AssertAllCached(run, TrackingNames.Catalog);
    }

    [Fact]
    public void Editing_the_bib_file_rereads_it_and_refills_the_papers_without_parsing_any_again()
    {
        var (driver, compilation, texts) = RunOnce();

        driver = driver.ReplaceAdditionalText(
            texts["references.bib"],
            new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/references.bib", "@misc{a, title = {Paper a}, year = 2024, abstract = {Now with an abstract.}}\n"));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AssertAllCached(run, TrackingNames.Parse);
        Assert.Single(run.TrackedSteps[TrackingNames.ParseBib].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(run.TrackedSteps[TrackingNames.Bibliography].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.Single(run.TrackedSteps[TrackingNames.BibFill].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Now with an abstract.", GeneratedTable.Text(run.GeneratedSources.Single(s => s.HintName == "Papers.g.cs").SourceText.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_title_leaves_what_the_lookups_can_find_cached_and_a_new_tag_updates_it()
    {
        var (driver, compilation, texts) = RunOnce();

        var retitled = Paper("c", PaperText.DefaultBody).Replace("\"Paper c\"", "\"Paper c, retitled\"", StringComparison.Ordinal);
        var afterTitle = driver.ReplaceAdditionalText(texts["c.md"], GeneratorHarness.Paper("c.md", retitled));
        var titleRun = afterTitle.RunGenerators(compilation).GetRunResult().Results.Single();

        // The analyzer reads the lookups file: unchanged, the IDE keeps its syntax tree and the analyzer its tables.
        Assert.All(titleRun.TrackedSteps[TrackingNames.Catalog].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(titleRun.TrackedSteps[TrackingNames.LookupCatalogs].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));

        var tagRun = driver.ReplaceAdditionalText(texts["c.md"], GeneratorHarness.Paper("c.md", Paper("c", PaperText.DefaultBody, tags: "[\"shared\", \"added\"]")))
            .RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.All(tagRun.TrackedSteps[TrackingNames.LookupCatalogs].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.Contains("\"added\\nshared\"", tagRun.GeneratedSources.Single(s => s.HintName == "Papers.Lookups.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_values_hold_no_compilation_symbol_or_syntax()
    {
        var (driver, _, _) = RunOnce();
        var ours = TrackingNameValues().ToHashSet();

        // Roslyn's own input steps (AdditionalTexts, Compilation, ...) are tracked too; only ContentGen's stages are checked.
        foreach (var step in driver.GetRunResult().Results.Single().TrackedSteps.Where(pair => ours.Contains(pair.Key)).SelectMany(pair => pair.Value))
        {
            foreach (var (value, _) in step.Outputs)
            {
                AssertNoRoslynObjects(value, step.Name ?? "<unnamed>", new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    /// <summary>
    /// The names Roslyn gives its own steps (WellKnownGeneratorInputs and WellKnownGeneratorOutputs): every other tracked
    /// step must be named from <see cref="TrackingNames"/>.
    /// </summary>
    private static readonly HashSet<string> RoslynStepNames = new(StringComparer.Ordinal)
    {
        "AdditionalTexts", "AnalyzerConfigOptions", "Compilation", "CompilationOptions", "MetadataReferences", "ParseOptions",
        "SourceOutput", "ImplementationSourceOutput",
    };

    [Fact]
    public void Every_TrackingNames_constant_names_a_step_and_every_step_is_named_from_TrackingNames_or_by_Roslyn()
    {
        var (driver, _, _) = RunOnce();
        var stepNames = driver.GetRunResult().Results.Single().TrackedSteps.Keys.ToHashSet();
        var ours = TrackingNameValues().ToHashSet();

        Assert.All(ours, name => Assert.True(stepNames.Contains(name), "TrackingNames." + name + " names no step"));
        Assert.All(stepNames, name => Assert.True(ours.Contains(name) || RoslynStepNames.Contains(name), "the step " + name + " is not named from TrackingNames"));
    }

    /// <summary>
    /// Walks the pipeline back from every output through the steps' inputs, where an untracked stage shows with no name.
    /// Combine and Collect only pair or gather what a tracked stage computed, so they need none; every other stage does.
    /// </summary>
    [Fact]
    public void Every_stage_but_Combine_and_Collect_has_a_tracking_name()
    {
        var (driver, _, _) = RunOnce();
        var result = driver.GetRunResult().Results.Single();

        var untracked = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<IncrementalGeneratorRunStep>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<IncrementalGeneratorRunStep>(result.TrackedOutputSteps.SelectMany(pair => pair.Value));
        while (pending.Count > 0)
        {
            var step = pending.Pop();
            if (!seen.Add(step))
            {
                continue;
            }

            if (step.Name is null && !IsCombine(step) && !IsCollect(step))
            {
                untracked.Add(Describe(step));
            }

            foreach (var (source, _) in step.Inputs)
            {
                pending.Push(source);
            }
        }

        Assert.True(untracked.Count == 0, "stages without a tracking name: " + string.Join("; ", untracked));
    }

    /// <summary>A Combine: two inputs, and each output is the pair of their values.</summary>
    private static bool IsCombine(IncrementalGeneratorRunStep step)
        => step.Inputs.Length == 2
            && step.Outputs.All(o => o.Value is ITuple { Length: 2 } pair && Equals(pair[0], ValueOf(step.Inputs[0])) && Equals(pair[1], ValueOf(step.Inputs[1])));

    /// <summary>A Collect: one output, the array of every input's value in order.</summary>
    private static bool IsCollect(IncrementalGeneratorRunStep step)
        => step.Outputs.Length == 1
            && step.Outputs[0].Value is { } value
            && value.GetType().IsGenericType
            && value.GetType().GetGenericTypeDefinition() == typeof(ImmutableArray<>)
            && ((IEnumerable)value).Cast<object?>().SequenceEqual(step.Inputs.Select(ValueOf));

    private static object? ValueOf((IncrementalGeneratorRunStep Source, int OutputIndex) input) => input.Source.Outputs[input.OutputIndex].Value;

    private static string Describe(IncrementalGeneratorRunStep step)
        => (step.Outputs.Length == 0 ? "nothing" : TypeName(step.Outputs[0].Value?.GetType()))
            + " from " + string.Join(" and ", step.Inputs.Select(i => i.Source.Name ?? "an untracked stage").Distinct());

    private static string TypeName(Type? type)
        => type is null ? "null"
            : !type.IsGenericType ? type.Name
            : type.Name.Substring(0, type.Name.IndexOf('`', StringComparison.Ordinal)) + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";

    private static IEnumerable<string> TrackingNameValues()
        => typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    private static (GeneratorDriver Driver, Compilation Compilation, Dictionary<string, AdditionalText> Texts) RunOnce()
    {
        var compilation = GeneratorHarness.CreateCompilation("internal static class Existing { }");
        var texts = Files.ToDictionary(f => f, f => GeneratorHarness.Paper(f, Paper(f.Replace(".md", string.Empty), PaperText.DefaultBody)));
        // With a contentgen.yaml, so every stage of the config's branch has a value to show (a stage whose outputs were all
        // filtered out records no step).
        // And with a .bib file whose entry matches paper a by its file name, so the bibliography's stages have values too.
        var bib = new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/references.bib", "@misc{a, title = {Paper a}, year = 2024}\n");
        var driver = GeneratorHarness.CreateDriver(Files.Select(f => texts[f])
            .Append(new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/contentgen.yaml", "collections: {}\n"))
            .Append(bib));
        texts.Add("references.bib", bib);
        return (driver.RunGenerators(compilation), compilation, texts);
    }

    private static string Paper(string name, string body, string tags = "[\"shared\"]")
        => PaperText.Create(title: "\"Paper " + name + "\"", extraFields: "tags: " + tags, body: body);

    private static void AssertAllCached(GeneratorRunResult result, string stepName)
    {
        Assert.True(result.TrackedSteps.ContainsKey(stepName), stepName + " was not tracked");
        Assert.All(
            result.TrackedSteps[stepName].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, stepName + " re-ran: " + o.Reason));
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or AdditionalText or Location or SemanticModel, step + " holds a " + value.GetType().Name);
        if (value is DiagnosticDescriptor)
        {
            return; // Equatable and immutable by design.
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, step, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
