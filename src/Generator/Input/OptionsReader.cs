using System.Globalization;
using System.Text;
using ContentGen.Naming;
using Microsoft.CodeAnalysis.Diagnostics;
using ContentGen.Model;

namespace ContentGen.Input;

/// <summary>Reads the MSBuild settings (made visible to the compiler by ContentGen.props) into <see cref="GeneratorOptions"/>.</summary>
internal static class OptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GlobalOptions;
        string? Get(string name) => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var ns = SanitizeNamespace(Get("ContentGenNamespace") ?? Get("RootNamespace"));
        var root = ContentSelection.ResolveRoot(Get("MSBuildProjectDirectory"), Get("ContentGenContentRoot"));
        var includeDrafts = string.Equals(Get("ContentGenIncludeDrafts"), "true", System.StringComparison.OrdinalIgnoreCase);
        var allowRawHtml = string.Equals(Get("ContentGenAllowRawHtml"), "true", System.StringComparison.OrdinalIgnoreCase);
        var paperProperties = Get("ContentGenPaperProperties") is { } setting
            ? string.Equals(setting, "true", System.StringComparison.OrdinalIgnoreCase) ? true
                : string.Equals(setting, "false", System.StringComparison.OrdinalIgnoreCase) ? false
                : (bool?)null
            : null;
        var maxFileSize = PositiveInt(Get("ContentGenMaxFileSize"), GeneratorOptions.DefaultMaxFileSize);
        var maxDepth = PositiveInt(Get("ContentGenMaxNestingDepth"), GeneratorOptions.DefaultMaxNestingDepth);
        var projectDirectory = Get("MSBuildProjectDirectory") is { } directory ? ContentSelection.NormalizePath(directory) : string.Empty;
        return new GeneratorOptions(ns, root, includeDrafts, maxFileSize, maxDepth, Get("TargetFramework") ?? "this target", allowRawHtml, paperProperties, projectDirectory, Get("ContentGenBodiesAssembly") ?? string.Empty);
    }

    /// <summary>A valid C# namespace from a setting: each dotted part made an identifier; "ContentGen" when nothing is left.</summary>
    public static string SanitizeNamespace(string? value)
    {
        if (value is null)
        {
            return "ContentGen";
        }

        var builder = new StringBuilder();
        foreach (var part in value.Split('.'))
        {
            var identifier = Identifiers.ForNamespacePart(part);
            if (identifier.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(identifier);
        }

        return builder.Length == 0 ? "ContentGen" : builder.ToString();
    }

    private static int PositiveInt(string? value, int fallback)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : fallback;
}
