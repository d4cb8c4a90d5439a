using ContentGen.Diagnostics;

namespace ContentGen.Model;

/// <summary>
/// The result of parsing one file: typed metadata and rendered body when they could be read, and every
/// diagnostic found, as data.
/// </summary>
internal sealed record ParsedDocument(string FilePath, PaperMetadata? Metadata, PaperBody? Body, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public BodyEntry? ToBodyEntry()
        => Metadata is { HasErrors: false } metadata && Body is not null ? new BodyEntry(metadata.Identifier, metadata.Bucket, Body) : null;
}
