using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ContentGen.Diagnostics;
using ContentGen.Emit;
using ContentGen.Indexing;
using ContentGen.Model;
using ContentGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen;

/// <summary>
/// ContentGen's incremental generator: compiles the Markdown papers of the content collection (MSBuild
/// <c>AdditionalFiles</c>) into typed records, constants and lookup tables. This class only wires the pipeline;
/// each stage lives in its own folder.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContentGenerator : IIncrementalGenerator
{
    /// <summary>The generated <c>Paper</c> is a record: C# 9.</summary>
    private const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp9;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider))
            .WithTrackingName(TrackingNames.Options);

        var ns = options
            .Select(static (o, _) => o.Namespace)
            .WithTrackingName(TrackingNames.Namespace);

        // The generated code needs System.DateOnly (.NET 6+) and records (C# 9+). Without them, one clear error
        // replaces the pile of compiler errors that generating anyway would cause.
        var hasDateOnly = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName("System.DateOnly") is not null)
            .WithTrackingName(TrackingNames.TargetSupport);
        var languageVersion = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Default)
            .WithTrackingName(TrackingNames.LanguageVersion);
        var target = hasDateOnly.Combine(languageVersion);
        context.RegisterSourceOutput(target.Combine(options), static (spc, input) =>
        {
            var ((dateOnly, version), o) = input;
            switch (SupportOf(dateOnly, version))
            {
                case TargetSupport.NoDateOnly:
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedTargetFramework, Location.None, o.TargetFramework));
                    break;
                case TargetSupport.LanguageTooOld:
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedLanguageVersion, Location.None, version.ToDisplayString()));
                    break;
            }
        });
        var targetSupported = target
            .Select(static (pair, _) => SupportOf(pair.Left, pair.Right) == TargetSupport.Supported)
            .WithTrackingName(TrackingNames.Supported);

        // 1. Select the paper files. The path is checked before the text is read, so other files cost nothing.
        var files = context.AdditionalTextsProvider
            .Combine(options)
            .Select(static (pair, ct) => ReadPaperFile(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.SelectFiles)
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.PaperFiles);

        // 2. Parse each file on its own: a pure function of the file and the limits. The driver keeps every result
        // between runs (and the compiler server between builds), so only the encoded body is kept, not its three texts.
        var documents = files
            .Combine(options.Select(static (o, _) => (o.MaxFileSize, o.MaxNestingDepth, o.AllowRawHtml)))
            .Select(static (pair, _) => PaperParser.Parse(pair.Left!.ToContentFile(), pair.Right.MaxFileSize, pair.Right.MaxNestingDepth, pair.Right.AllowRawHtml).WithoutRenderedBody())
            .WithTrackingName(TrackingNames.Parse);

        // Reported together, sorted by file and position, so the order never depends on the order of the inputs.
        var fileDiagnostics = documents
            .Select(static (document, _) => document.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics)
            .Collect()
            .Select(static (all, _) => SortDiagnostics(all))
            .WithTrackingName(TrackingNames.AllFileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // 3. Project the index keys: equal after a body-only edit, so everything below stays cached.
        var entries = documents
            .Select(static (document, _) => document.Metadata)
            .WithTrackingName(TrackingNames.IndexEntry)
            .Where(static metadata => metadata is not null)
            .Collect()
            .WithTrackingName(TrackingNames.IndexEntries);

        // 4. Collect and cross-check.
        var catalog = entries
            .Combine(options)
            .Select(static (pair, _) => BuildCatalog(pair.Left!, pair.Right))
            .WithTrackingName(TrackingNames.Catalog);

        // 5. Emit: the fixed types, the index, the taxonomies and the body buckets.
        context.RegisterSourceOutput(ns.Combine(targetSupported), static (spc, pair) =>
        {
            if (pair.Right)
            {
                AddSource(spc, PaperTypeEmitter.HintName, () => PaperTypeEmitter.Emit(pair.Left));
            }
        });

        context.RegisterSourceOutput(catalog.Combine(targetSupported), static (spc, pair) =>
        {
            foreach (var diagnostic in pair.Left.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (pair.Right)
            {
                AddSource(spc, PapersEmitter.HintName, () => PapersEmitter.Emit(pair.Left));
            }
        });

        var taxonomies = catalog
            .Select(static (catalog, _) => (catalog.Namespace, catalog.Taxonomies))
            .WithTrackingName(TrackingNames.Taxonomies);
        context.RegisterSourceOutput(taxonomies.Combine(targetSupported), static (spc, pair) =>
        {
            if (pair.Right)
            {
                AddSource(spc, TaxonomiesEmitter.HintName, () => TaxonomiesEmitter.Emit(pair.Left.Namespace, pair.Left.Taxonomies));
            }
        });

        var included = catalog
            .Select(static (catalog, _) => catalog.IncludedIdentifiers())
            .WithTrackingName(TrackingNames.IncludedIdentifiers);

        var buckets = documents
            .Select(static (document, _) => document.ToBodyEntry())
            .WithTrackingName(TrackingNames.BodyEntry)
            .Where(static entry => entry is not null)
            .Collect()
            .WithTrackingName(TrackingNames.BodyEntries)
            .Combine(included)
            .Combine(ns)
            .SelectMany(static (input, _) => Bucketize(input.Left.Left!, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.ContentBuckets);
        context.RegisterSourceOutput(buckets.Combine(targetSupported), static (spc, pair) =>
        {
            if (pair.Right)
            {
                AddSource(spc, ContentBucketEmitter.HintName(pair.Left.Number), () => ContentBucketEmitter.Emit(pair.Left));
            }
        });
    }

    private enum TargetSupport
    {
        Supported,
        NoDateOnly,
        LanguageTooOld,
    }

    /// <summary>Whether the project can compile the generated code; the one place the two requirements are checked.</summary>
    private static TargetSupport SupportOf(bool hasDateOnly, LanguageVersion version)
        => !hasDateOnly ? TargetSupport.NoDateOnly
            : version < MinimumLanguageVersion ? TargetSupport.LanguageTooOld
            : TargetSupport.Supported;

    private static EquatableArray<DiagnosticInfo> SortDiagnostics(ImmutableArray<EquatableArray<DiagnosticInfo>> perFile)
        => perFile
            .SelectMany(diagnostics => diagnostics)
            .OrderBy(d => d.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Span.Start ?? 0)
            .ThenBy(d => d.Descriptor.Id, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>The catalog, or, should building it throw, an empty one that carries an internal error.</summary>
    private static Catalog BuildCatalog(ImmutableArray<PaperMetadata> entries, GeneratorOptions options)
    {
        try
        {
            return CatalogBuilder.Build(entries, options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostics = new DiagnosticList();
            diagnostics.Add(DiagnosticDescriptors.InternalError, null, exception.GetType().FullName ?? exception.GetType().Name, exception.Message.TrimEnd('.'));
            return new Catalog(options.Namespace, EquatableArray<PaperMetadata>.Empty, EquatableArray<TaxonomyModel>.Empty, EquatableArray<TermPostings>.Empty, diagnostics.ToEquatableArray(), options.PaperProperties);
        }
    }

    private static PaperSource? ReadPaperFile(AdditionalText text, GeneratorOptions options, System.Threading.CancellationToken cancellationToken)
    {
        var sourcePath = ContentSelection.PaperSourcePath(text.Path, options.ContentRoot);
        if (sourcePath is null)
        {
            return null;
        }

        return new PaperSource(text.Path, sourcePath, text.GetText(cancellationToken) ?? SourceText.From(string.Empty));
    }

    /// <summary>Groups the bodies of the generated papers by bucket; each bucket becomes one file.</summary>
    private static ImmutableArray<ContentBucket> Bucketize(ImmutableArray<BodyEntry> entries, EquatableArray<string> included, string ns)
    {
        var includedSet = new HashSet<string>(included, StringComparer.Ordinal);
        return entries
            .Where(e => includedSet.Contains(e.Identifier))
            .GroupBy(e => e.Bucket)
            .OrderBy(g => g.Key)
            .Select(g => new ContentBucket(ns, g.Key, ContentBucketEmitter.InBodyOrder(g, e => e.Identifier).ToEquatableArray()))
            .ToImmutableArray();
    }

    /// <summary>Emits one file; an exception becomes an internal-error diagnostic instead of CS8785 and a lost build.</summary>
    private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit)
    {
        string source;
        try
        {
            source = emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, exception.GetType().FullName ?? exception.GetType().Name, "while writing " + hintName + ": " + exception.Message.TrimEnd('.')));
            return;
        }

        context.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
    }
}
