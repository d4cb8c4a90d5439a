using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ContentGen.Bibliography;
using ContentGen.Config;
using ContentGen.Diagnostics;
using ContentGen.Emit;
using ContentGen.Indexing;
using ContentGen.Input;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Payload;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen;

/// <summary>
/// ContentGen's incremental generator: compiles the Markdown documents of the content collections (the built-in papers
/// and those of <c>contentgen.yaml</c>, all MSBuild <c>AdditionalFiles</c>) into typed records, constants and lookup
/// tables. This class only wires the pipeline; each stage lives in its own folder.
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
        var spanLineDirectives = languageVersion
            .Select(static (version, _) => version >= LanguageVersion.CSharp10)
            .WithTrackingName(TrackingNames.LineDirectives);
        var targetSupported = target
            .Select(static (pair, _) => SupportOf(pair.Left, pair.Right) == TargetSupport.Supported)
            .WithTrackingName(TrackingNames.Supported);

        // 1. The collections: the built-in papers, and those of contentgen.yaml in the project directory. The file's
        // name is checked before its text is read, in place, so the content files cost nothing here.
        var config = context.AdditionalTextsProvider
            .Select(static (text, ct) => ReadConfigFile(text, ct))
            .WithTrackingName(TrackingNames.ConfigFiles)
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.ConfigFileFound)
            .Collect()
            .WithTrackingName(TrackingNames.ConfigFile)
            .Combine(options.Select(static (o, _) => (o.ProjectDirectory, o.MaxNestingDepth)).WithTrackingName(TrackingNames.ConfigLimits))
            .Select(static (pair, _) => ReadConfig(pair.Left, pair.Right.ProjectDirectory, pair.Right.MaxNestingDepth))
            .WithTrackingName(TrackingNames.Config);
        context.RegisterSourceOutput(config, static (spc, config) =>
        {
            foreach (var diagnostic in config.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
        var collections = config
            .Select(static (c, _) => c.Collections)
            .WithTrackingName(TrackingNames.Collections);

        // 2. Select the content files and their collections. The path is checked before the text is read, so other files
        // cost nothing. Each file's value carries everything its parse depends on (collection and limits as well), so
        // that the parse below is a function of that value alone: see ContentSource for why that matters.
        var contentRoot = options.Select(static (o, _) => o.ContentRoot).WithTrackingName(TrackingNames.ContentRoot);
        var fileSettings = collections
            .Combine(contentRoot)
            .WithTrackingName(TrackingNames.Selection)
            .Combine(options.Select(static (o, _) => (o.MaxFileSize, o.MaxNestingDepth)).WithTrackingName(TrackingNames.ParseLimits))
            .WithTrackingName(TrackingNames.ParseSettings);
        // In a build, the build step hands the compiler one file of condensed documents in place of the Markdown files
        // (Parsing/CondensedDocument): it is split here into a value per document, compared one by one as files are.
        var files = context.AdditionalTextsProvider
            .Combine(fileSettings)
            .SelectMany(static (pair, ct) => ReadContentFiles(pair.Left, pair.Right.Left.Left, pair.Right.Left.Right, pair.Right.Right, ct))
            .WithTrackingName(TrackingNames.SelectFiles);

        // 3. Parse each file on its own. The driver keeps every result between runs (and the compiler server between
        // builds). Bodies are checked here, not rendered: the build step renders them into a resource of the assembly
        // (Build/RenderBodies).
        var documents = files
            .Select(static (file, _) => Parse(file!))
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

        // 3b. The bibliography: each .bib file under the content root read on its own (so editing one re-reads that one),
        // then all joined, in path order, with the checks across files.
        var bibFiles = context.AdditionalTextsProvider
            .Combine(contentRoot)
            .Select(static (pair, ct) => ReadBibFile(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.ParseBib)
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.BibFileFound)
            .Collect()
            .WithTrackingName(TrackingNames.BibFiles);
        var bibliography = bibFiles
            .Select(static (files, _) => BuildBibliography(files!))
            .WithTrackingName(TrackingNames.Bibliography);
        var bibDiagnostics = bibFiles
            .Select(static (files, _) => SortDiagnostics(files.Select(f => f!.Diagnostics).ToImmutableArray()))
            .WithTrackingName(TrackingNames.BibDiagnostics);
        context.RegisterSourceOutput(bibDiagnostics.Combine(bibliography), static (spc, pair) =>
        {
            foreach (var diagnostic in pair.Left.Concat(pair.Right.Diagnostics))
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // Citations in bodies are checked against the keys in a stage of their own: their places change with every edit
        // above them, which must not reach the catalog.
        var citationDiagnostics = documents
            .Select(static (document, _) => document.Citations)
            .WithTrackingName(TrackingNames.Citations)
            .Combine(bibliography)
            .Select(static (pair, _) => CheckCitations(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CitationDiagnostics)
            .Collect()
            .Select(static (all, _) => SortDiagnostics(all))
            .WithTrackingName(TrackingNames.AllCitationDiagnostics);
        context.RegisterSourceOutput(citationDiagnostics, static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // 4. Project the index keys: equal after a body-only edit, so everything below stays cached. Each is matched to its
        // BibTeX entry on its own (filled, checked), then all are joined to work out the citations between papers.
        var entries = documents
            .Select(static (document, _) => document.Metadata)
            .WithTrackingName(TrackingNames.IndexEntry)
            .Where(static metadata => metadata is not null)
            .WithTrackingName(TrackingNames.GeneratedIndexEntry)
            .Combine(bibliography.Combine(collections).WithTrackingName(TrackingNames.BibSettings))
            .Select(static (pair, _) => Fill(pair.Left!, pair.Right.Right, pair.Right.Left))
            .WithTrackingName(TrackingNames.BibFill)
            .Collect()
            .WithTrackingName(TrackingNames.IndexEntries)
            .Combine(collections)
            .Select(static (pair, _) => Relate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Related);
        context.RegisterSourceOutput(entries, static (spc, related) =>
        {
            foreach (var diagnostic in related.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // What each cited key reads as and links to in a rendered body (the run time puts them in place of the markers).
        var citationLinks = entries
            .Combine(bibliography.Combine(collections))
            .Select(static (pair, _) => CitationLinks.Build(pair.Left.Documents, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.CitationLinks);
        context.RegisterSourceOutput(citationLinks.Combine(ns.Combine(targetSupported)), static (spc, input) =>
        {
            var (links, (ns, supported)) = input;
            if (supported)
            {
                AddSource(spc, CitationsEmitter.HintName, () => CitationsEmitter.Emit(ns, links));
            }
        });

        // 5. Collect and cross-check: across files, and references across collections.
        var catalog = entries
            .Combine(collections.Combine(options))
            .Select(static (pair, _) => BuildCatalog(pair.Left.Documents.ToImmutableArray(), pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.Catalog);

        // 6. Emit: the run time, the records, the classes and the taxonomies.
        context.RegisterSourceOutput(ns.Combine(targetSupported), static (spc, pair) =>
        {
            if (pair.Right)
            {
                AddSource(spc, RuntimeEmitter.HintName, () => RuntimeEmitter.Emit(pair.Left));
                AddSource(spc, RuntimeEmitter.CitationWriterHintName, () => RuntimeEmitter.EmitCitationWriter(pair.Left));
            }
        });

        context.RegisterSourceOutput(collections.Combine(ns).Combine(targetSupported), static (spc, input) =>
        {
            var ((all, ns), supported) = input;
            if (supported)
            {
                foreach (var collection in all)
                {
                    AddSource(spc, RecordEmitter.HintName(collection), () => RecordEmitter.Emit(ns, collection, all));
                }

                AddSource(spc, HotReloadEmitter.HintName, () => HotReloadEmitter.Emit(ns, all));
            }
        });

        context.RegisterSourceOutput(catalog.Combine(targetSupported.Combine(spanLineDirectives)), static (spc, input) =>
        {
            var (catalog, (supported, spanLines)) = input;
            foreach (var diagnostic in catalog.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (supported)
            {
                foreach (var collection in catalog.Collections)
                {
                    AddSource(spc, CollectionEmitter.HintName(collection.Spec), () => CollectionEmitter.Emit(catalog, collection, spanLines));
                }
            }
        });

        var taxonomies = catalog
            .Select(static (catalog, _) => (catalog.Namespace, catalog.Taxonomies))
            .WithTrackingName(TrackingNames.Taxonomies);
        context.RegisterSourceOutput(taxonomies.Combine(targetSupported.Combine(spanLineDirectives)), static (spc, input) =>
        {
            var ((ns, all), (supported, spanLines)) = input;
            if (supported)
            {
                AddSource(spc, TaxonomiesEmitter.HintName, () => TaxonomiesEmitter.Emit(ns, all, spanLines));
            }
        });

        // What the lookups can find, for the analyzer of constant arguments (Analysis/LookupArgumentAnalyzer).
        var lookupCatalogs = catalog
            .Select(static (catalog, _) => LookupCatalogEmitter.Build(catalog))
            .WithTrackingName(TrackingNames.LookupCatalogs);
        context.RegisterSourceOutput(lookupCatalogs.Combine(ns.Combine(targetSupported)), static (spc, input) =>
        {
            var (all, (ns, supported)) = input;
            if (supported)
            {
                AddSource(spc, LookupCatalogEmitter.AttributeHintName, () => LookupCatalogEmitter.EmitAttribute(ns));
                foreach (var lookups in all)
                {
                    AddSource(spc, LookupCatalogEmitter.HintName(lookups.ClassName), () => LookupCatalogEmitter.Emit(lookups));
                }
            }
        });

        // 7. The content hash of the bodies, which the build step writes into the body resource with them. A file under
        // the content root that no collection holds is rendered by the build step all the same, so it counts here too.
        var bodies = documents
            .Select(static (document, _) => document.Body)
            .WithTrackingName(TrackingNames.BodyKey)
            .Where(static key => key is not null)
            .WithTrackingName(TrackingNames.RenderedBodyKey)
            .Collect()
            .WithTrackingName(TrackingNames.BodyKeys)
            .Combine(options.Select(static (o, _) => (o.Namespace, o.AllowRawHtml, o.BodiesAssembly)).WithTrackingName(TrackingNames.BodyOptions))
            .Select(static (pair, _) => new BodyManifest(pair.Right.Namespace, BodyResource.HashOf(pair.Left.Select(k => (k!.SourcePath, k.Hash)), pair.Right.AllowRawHtml), pair.Left.Length, pair.Right.BodiesAssembly))
            .WithTrackingName(TrackingNames.BodyManifest);
        context.RegisterSourceOutput(bodies.Combine(targetSupported), static (spc, pair) =>
        {
            if (pair.Right)
            {
                AddSource(spc, BodiesEmitter.HintName, () => BodiesEmitter.Emit(pair.Left));
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
    private static Catalog BuildCatalog(ImmutableArray<DocumentMetadata> entries, EquatableArray<CollectionSpec> collections, GeneratorOptions options)
    {
        try
        {
            return CatalogBuilder.Build(entries, collections, options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostics = new DiagnosticList();
            diagnostics.Add(DiagnosticDescriptors.InternalError, null, exception.GetType().FullName ?? exception.GetType().Name, exception.Message.TrimEnd('.'));
            return new Catalog(options.Namespace, EquatableArray<CollectionCatalog>.Empty, EquatableArray<TaxonomyModel>.Empty, diagnostics.ToEquatableArray(), options.PaperProperties != false);
        }
    }

    /// <summary>A <c>.bib</c> file under the content root, read; null for any other file. The path is checked before the text is read.</summary>
    private static BibFile? ReadBibFile(AdditionalText text, string contentRoot, System.Threading.CancellationToken cancellationToken)
    {
        if (ContentSelection.RelativeBibPath(text.Path, contentRoot) is null)
        {
            return null;
        }

        return BibReader.Read(text.Path, (text.GetText(cancellationToken) ?? SourceText.From(string.Empty)).ToString());
    }

    /// <summary>The project's bibliography, or, should joining the files throw, none with an internal error.</summary>
    private static BibIndex BuildBibliography(ImmutableArray<BibFile> files)
    {
        try
        {
            return BibIndexBuilder.Build(files);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return BibIndex.Empty with { Diagnostics = InternalError(null, exception) };
        }
    }

    /// <summary>A document matched to its BibTeX entry, or, should that throw, as it was with an internal error.</summary>
    private static FilledDocument Fill(DocumentMetadata document, EquatableArray<CollectionSpec> collections, BibIndex bibliography)
    {
        try
        {
            return BibMatcher.Fill(document, collections.First(c => c.Name == document.Collection), bibliography);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new FilledDocument(document with { HasErrors = true }, InternalError(document.NameLocation, exception));
        }
    }

    /// <summary>The problems of a body's citations, or, should checking them throw, an internal error.</summary>
    private static EquatableArray<DiagnosticInfo> CheckCitations(EquatableArray<CitationUse> citations, BibIndex bibliography)
    {
        try
        {
            return CitationGraph.Check(citations, bibliography);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return InternalError(citations.Count > 0 ? citations[0].Location : null, exception);
        }
    }

    /// <summary>The documents with the citations between papers, or, should that throw, as they were with an internal error.</summary>
    private static RelatedDocuments Relate(ImmutableArray<FilledDocument> filled, EquatableArray<CollectionSpec> collections)
    {
        try
        {
            return CitationGraph.Relate(filled, collections);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new RelatedDocuments(filled.Select(f => f.Metadata).OrderBy(d => d.FilePath, StringComparer.Ordinal).ToEquatableArray(), InternalError(null, exception));
        }
    }

    private static EquatableArray<DiagnosticInfo> InternalError(LocationInfo? location, Exception exception)
    {
        var diagnostics = new DiagnosticList();
        diagnostics.Add(DiagnosticDescriptors.InternalError, location, exception.GetType().FullName ?? exception.GetType().Name, exception.Message.TrimEnd('.'));
        return diagnostics.ToEquatableArray();
    }

    /// <summary>The config, or, should reading it throw, the built-in collections with an internal error.</summary>
    private static ContentConfig ReadConfig(ImmutableArray<ConfigFile?> files, string projectDirectory, int maxNestingDepth)
    {
        // Only the file in the project directory counts (a contentgen.yaml elsewhere, say in the content folder, is not read).
        var directory = ContentSelection.NormalizePath(projectDirectory).TrimEnd('/');
        var file = files
            .Where(f => directory.Length == 0 || string.Equals(f!.Directory, directory, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f!.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        try
        {
            return ConfigReader.Read(file?.Path, file?.Text, maxNestingDepth);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostics = new DiagnosticList();
            diagnostics.Add(DiagnosticDescriptors.InternalError, file is null ? null : new LocationInfo(file.Path, default, default), exception.GetType().FullName ?? exception.GetType().Name, exception.Message.TrimEnd('.'));
            return ConfigReader.Default with { Diagnostics = diagnostics.ToEquatableArray() };
        }
    }

    /// <summary>A file named contentgen.yaml, wherever it is, with its folder; the name is checked before the text is read.</summary>
    private static ConfigFile? ReadConfigFile(AdditionalText text, System.Threading.CancellationToken cancellationToken)
    {
        if (!ContentSelection.HasFileName(text.Path, ConfigReader.FileName))
        {
            return null;
        }

        var path = ContentSelection.NormalizePath(text.Path);
        return new ConfigFile(text.Path, path.Substring(0, Math.Max(0, path.LastIndexOf('/'))), (text.GetText(cancellationToken) ?? SourceText.From(string.Empty)).ToString());
    }

    /// <summary>
    /// A Markdown file under the content root, or each document of the build step's file of condensed documents
    /// (<see cref="CondensedDocument"/>) that stands for one, with its collection (none when no collection holds it) and
    /// the parse's limits; none for any other file.
    /// </summary>
    private static ImmutableArray<ContentSource> ReadContentFiles(AdditionalText text, EquatableArray<CollectionSpec> collections, string contentRoot, (int MaxFileSize, int MaxNestingDepth) limits, System.Threading.CancellationToken cancellationToken)
    {
        if (CondensedDocument.IsCondensedSet(text.Path))
        {
            // A damaged file, or document, is read as an empty condensed document at the file (a value each, since the
            // parse takes its text): the parse reports it.
            ContentSource Damaged() => new(null, text.Path, text.Path, limits, SourceText.From(string.Empty), condensed: true);
            var set = (text.GetText(cancellationToken) ?? SourceText.From(string.Empty)).ToString();
            if (CondensedDocument.ReadSet(set) is not { } documents)
            {
                return ImmutableArray.Create(Damaged());
            }

            var sources = ImmutableArray.CreateBuilder<ContentSource>(documents.Count);
            foreach (var document in documents)
            {
                var filePath = CondensedDocument.SourcePathOf(document);
                if (filePath is null)
                {
                    sources.Add(Damaged());
                }
                else if (ContentSelection.RelativeContentPath(filePath, contentRoot) is { } condensedSourcePath)
                {
                    sources.Add(new ContentSource(ContentSelection.CollectionOf(condensedSourcePath, collections), filePath, condensedSourcePath, limits, SourceText.From(document), condensed: true));
                }
            }

            return sources.ToImmutable();
        }

        var sourcePath = ContentSelection.RelativeContentPath(text.Path, contentRoot);
        if (sourcePath is null)
        {
            return ImmutableArray<ContentSource>.Empty;
        }

        return ImmutableArray.Create(new ContentSource(ContentSelection.CollectionOf(sourcePath, collections), text.Path, sourcePath, limits, text.GetText(cancellationToken) ?? SourceText.From(string.Empty)));
    }

    private static ParsedDocument Parse(ContentSource source)
    {
        if (source.TakeText()?.ToString() is not { } text)
        {
            // Never expected: the driver parses only a value this run read, and each value is parsed once.
            return new ParsedDocument(source.FilePath, null, InternalError(new LocationInfo(source.FilePath, default, default), new InvalidOperationException("the text of " + source.SourcePath + " was handed to the parse twice; rebuild")));
        }

        var file = new ContentFile(source.FilePath, source.SourcePath, text, source.Condensed);
        return source.Collection is { } collection
            ? DocumentParser.Parse(file, collection, source.Limits.MaxFileSize, source.Limits.MaxNestingDepth)
            : DocumentParser.ParseBodyOnly(file);
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

/// <summary>The text of a <c>contentgen.yaml</c>, as the pipeline holds it, with its directory (<c>/</c>-separated).</summary>
internal sealed record ConfigFile(string Path, string Directory, string Text);

