using System;
using System.Collections.Generic;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Payload;

namespace ContentGen.Build;

/// <summary>
/// What the build step (<see cref="RenderBodies"/>) does for one file, kept apart from the task so that it can run, and
/// be tested, where MSBuild's assemblies are not loaded (the tests embed the same resource in what they compile).
/// </summary>
internal static class RenderedBodies
{
    /// <summary>
    /// The body of one content file, taken from <paramref name="previous"/> when its Markdown is unchanged, else rendered;
    /// null for a file without front matter, which is no document. <paramref name="error"/> is a body Markdig cannot
    /// render, with the 1-based line to report it at.
    /// </summary>
    internal static BodyResourceEntry? Entry(string sourcePath, string fileText, bool allowRawHtml, IReadOnlyDictionary<string, BodyResourceEntry> previous, out bool reused, out (int Line, string Message)? error)
    {
        reused = false;
        error = null;
        if (BodySource.Of(fileText) is not { } body)
        {
            return null;
        }

        var hash = BodyResource.HashOf(body.Span);
        if (previous.TryGetValue(sourcePath, out var cached) && cached.BodyHash == hash)
        {
            reused = true;
            return cached;
        }

        var payload = Render(body, allowRawHtml, out var message);
        if (message is not null)
        {
            error = (body.FirstLine + 1, message);
        }

        return new BodyResourceEntry(sourcePath, hash, Deflate.Compress(payload), payload.Length);
    }

    /// <summary>
    /// One body's payload. A body too complex to render quickly is stored empty: the generator reports it (CG0305) and
    /// the build fails, so it is never read. An exception from Markdig (past its nesting limit) is returned as an error.
    /// </summary>
    private static byte[] Render(BodyText body, bool allowRawHtml, out string? error)
    {
        error = null;
        var markdown = body.Markdown;
        var empty = new DocumentBody(markdown, string.Empty, string.Empty, EquatableArray<SectionInfo>.Empty, 0, EquatableArray<string>.Empty);
        if (BodyChecks.FindComplexityBreach(markdown) is not null)
        {
            return BodyPayload.Encode(empty);
        }

        try
        {
            return BodyPayload.Encode(BodyRenderer.Render(markdown, allowRawHtml));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            error = exception.Message.Replace("\r", " ").Replace("\n", " ").Trim();
            return BodyPayload.Encode(empty);
        }
    }

    /// <summary>
    /// The resource the build step writes for these files (absolute paths and texts) when it has no cache: what the
    /// tests and benchmarks embed beside the generated code they compile.
    /// </summary>
    public static byte[] Resource(IEnumerable<(string Path, string Text)> files, string contentRoot, bool allowRawHtml)
    {
        var none = new Dictionary<string, BodyResourceEntry>();
        var entries = new List<BodyResourceEntry>();
        foreach (var (path, text) in files)
        {
            if (Input.ContentSelection.RelativeContentPath(path, contentRoot) is { } sourcePath
                && Entry(sourcePath, text, allowRawHtml, none, out _, out _) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return BodyResource.Write(entries, allowRawHtml);
    }
}
