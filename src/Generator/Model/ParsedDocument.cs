namespace ContentGen.Model;

/// <summary>
/// The result of parsing one file: typed metadata when it could be read, the key of its body, and every diagnostic
/// found, as data. The body itself is rendered by ContentGen's build step, not here.
/// </summary>
internal sealed record ParsedDocument(string FilePath, DocumentMetadata? Metadata, EquatableArray<DiagnosticInfo> Diagnostics, BodyKey? Body = null)
{
    /// <summary>The citations of the body (<c>[@key]</c>, <c>@key</c>) with their places, checked against the bibliography in a stage of their own.</summary>
    public EquatableArray<CitationUse> Citations { get; init; } = EquatableArray<CitationUse>.Empty;
}

/// <summary>
/// What the generated code needs to know of a body the build step renders: the file's path relative to the content
/// root (which the run time looks the body up by) and the hash of its Markdown (which goes into the content hash that
/// the generated code and the body resource both hold).
/// </summary>
internal sealed record BodyKey(string SourcePath, ulong Hash);

/// <summary>What the generated code holds of the bodies: the content hash of every body the build step renders, and how many there are.</summary>
internal sealed record BodyManifest(string Namespace, ulong Hash, int Count, string Assembly);
