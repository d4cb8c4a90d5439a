using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Tests.Infrastructure;

/// <summary>A file's body rendered as the build step renders it (Build/RenderBodies): the same body source and renderer.</summary>
internal static class RenderedBody
{
    /// <summary>The rendered body, or null when the file has no front matter or a body too complex to render.</summary>
    public static DocumentBody? Of(string fileText, bool allowRawHtml = false)
        => BodySource.Of(fileText) is { } body && BodyChecks.FindComplexityBreach(body.Markdown) is null
            ? BodyRenderer.Render(body.Markdown, allowRawHtml)
            : null;
}
