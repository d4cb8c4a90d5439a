using System.Reflection;

namespace ContentGen.Emit;

/// <summary>Names shared by every emitter.</summary>
internal static class GeneratedCode
{
    public static readonly string Version = ReadVersion();

    /// <summary>The <c>[GeneratedCode]</c> attribute every generated type carries.</summary>
    public static readonly string Attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"ContentGen\", " + Literals.String(Version) + ")]";

    public const string HiddenAttribute = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    public const string ReadOnlyListOfString = "global::System.Collections.Generic.IReadOnlyList<string>";

    /// <summary>Opens the namespace block of a generated file.</summary>
    public static SourceWriter OpenNamespace(this SourceWriter writer, string ns) => writer.Open("namespace " + ns);

    private static string ReadVersion()
    {
        foreach (var attribute in typeof(GeneratedCode).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == "ContentGenVersion" && attribute.Value is { Length: > 0 } value)
            {
                return value;
            }
        }

        return "0.0.0";
    }
}
