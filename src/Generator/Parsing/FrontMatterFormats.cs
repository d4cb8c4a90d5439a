using ContentGen.Diagnostics;

namespace ContentGen.Parsing;

/// <summary>
/// The one way into the front-matter readers: YAML, TOML and JSON front matter all become the same
/// <see cref="FrontMatterNode"/> tree, so typing and diagnostics downstream do not depend on the format.
/// </summary>
internal static class FrontMatterFormats
{
    /// <summary>The root node of the block's metadata, or null when it is empty or could not be read (then diagnosed).</summary>
    public static FrontMatterNode? Read(FrontMatterBlock block, string text, LineMap lines, int maxNestingDepth, DiagnosticList diagnostics)
        => block.Format switch
        {
            FrontMatterFormat.Toml => TomlFrontMatterReader.Read(text, block.YamlStart, block.YamlEnd, lines, maxNestingDepth, diagnostics),
            FrontMatterFormat.Json => JsonFrontMatterReader.Read(text, block.YamlStart, block.YamlEnd, lines, maxNestingDepth, diagnostics),
            _ => FrontMatterReader.Read(text, block.YamlStart, block.YamlEnd, lines, maxNestingDepth, diagnostics),
        };

    /// <summary>CG0002 for a block that is opened and never closed, with the fix that fits its format.</summary>
    public static void ReportUnclosed(FrontMatterBlock block, LineMap lines, DiagnosticList diagnostics)
    {
        switch (block.Format)
        {
            case FrontMatterFormat.Toml:
                diagnostics.Add(DiagnosticDescriptors.UnclosedFrontMatter, lines.LineLocation(0), "add a '+++' line after the last metadata line");
                break;
            case FrontMatterFormat.Json:
                diagnostics.Add(DiagnosticDescriptors.UnclosedFrontMatter, lines.Location(0, 1), "add the '}' that closes this object before the body (a string left open also hides it)");
                break;
            default:
                diagnostics.Add(DiagnosticDescriptors.UnclosedFrontMatter, lines.LineLocation(0), "add a '---' line after the last metadata line");
                break;
        }
    }
}
