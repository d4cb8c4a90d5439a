
namespace ContentGen.Model;

/// <summary>
/// The result of parsing one file: typed metadata and rendered body when they could be read, and every
/// diagnostic found, as data. <paramref name="BodyPayload"/> is the body as the generated code stores it
/// (<c>Payload.BodyPayload</c>), encoded only for a file without errors, whose body is generated.
/// </summary>
internal sealed record ParsedDocument(string FilePath, DocumentMetadata? Metadata, DocumentBody? Body, EquatableArray<DiagnosticInfo> Diagnostics, string? BodyPayload = null)
{
    /// <summary>The citations of the body (<c>[@key]</c>, <c>@key</c>) with their places, checked against the bibliography in a stage of their own.</summary>
    public EquatableArray<CitationUse> Citations { get; init; } = EquatableArray<CitationUse>.Empty;

    /// <summary>The same result without <see cref="Body"/>: what the generator keeps, since it emits <see cref="BodyPayload"/> only.</summary>
    public ParsedDocument WithoutRenderedBody() => Body is null ? this : this with { Body = null };

    public BodyEntry? ToBodyEntry()
        => Metadata is { HasErrors: false } metadata && BodyPayload is not null ? new BodyEntry(metadata.Collection, metadata.Identifier, metadata.Bucket, BodyPayload) : null;
}
