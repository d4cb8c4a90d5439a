using System.IO;

namespace ContentGen.Emit;

/// <summary>
/// Emits the fixed run time (EmbeddedResources/ContentGenRuntime.cs and ContentGenCitationWriter.cs, embedded in this
/// assembly) once per namespace, as it is, with only its namespace replaced: the code every collection's generated class
/// reads its tables with, and the code papers write their BibTeX and citations with. It is
/// kept as real C# so that it is compiled and tested as code, the way CommunityToolkit.Mvvm keeps its embedded sources.
/// </summary>
internal static class RuntimeEmitter
{
    public const string HintName = "ContentGenRuntime.g.cs";

    /// <summary>The file of the citation writer (EmbeddedResources/ContentGenCitationWriter.cs), which the generator compiles too.</summary>
    public const string CitationWriterHintName = "ContentGenCitationWriter.g.cs";

    /// <summary>The namespace the run time is written in, in its source file.</summary>
    public const string SourceNamespace = "namespace ContentGen.Runtime";

    private static readonly string Source = Load("ContentGenRuntime.cs");

    private static readonly string CitationWriterSource = Load("ContentGenCitationWriter.cs");

    /// <summary>The run time's namespace below the generated types' namespace.</summary>
    public static string Namespace(string ns) => ns + ".ContentGenRuntime";

    /// <summary>How generated code names <paramref name="name"/> (a type, or a type and its member) of that namespace.</summary>
    public static string Qualified(string ns, string name) => "global::" + Namespace(ns) + "." + name;

    public static string Emit(string ns) => Source.Replace(SourceNamespace, "namespace " + Namespace(ns));

    public static string EmitCitationWriter(string ns) => CitationWriterSource.Replace(SourceNamespace, "namespace " + Namespace(ns));

    private static string Load(string file)
    {
        using var stream = typeof(RuntimeEmitter).Assembly.GetManifestResourceStream("ContentGen.EmbeddedResources." + file)
            ?? throw new System.InvalidOperationException("The run time is not embedded in the generator.");
        using var reader = new StreamReader(stream);

        // Line ends as the SourceWriter writes them, whatever the checkout did to the file.
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
