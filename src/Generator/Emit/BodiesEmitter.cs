using System.Globalization;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Emits the content hash of the bodies, the one thing the generated code holds of them: the build step writes the
/// bodies into a resource of the assembly with the same hash, and the run time checks the two agree before it reads a
/// body. It is a constant, in a file of its own, so that a body edit changes this small file only; and because a
/// changed constant is an edit hot reload cannot apply, <c>dotnet watch</c> rebuilds and restarts the app after a
/// body edit, which runs the build step again, so a running app never reads a stale body.
/// </summary>
internal static class BodiesEmitter
{
    public const string HintName = "ContentGenBodies.g.cs";

    private const string ClassName = "ContentBodies";

    /// <summary>How the generated code names the hash.</summary>
    public static string HashReference(string ns) => "global::" + RuntimeEmitter.Namespace(ns) + "." + ClassName + ".Hash";

    public static string Emit(BodyManifest manifest)
    {
        var w = new SourceWriter();
        w.FileHeader().OpenNamespace(RuntimeEmitter.Namespace(manifest.Namespace));
        w.Summary("The content hash of the bodies (" + manifest.Count.ToString(CultureInfo.InvariantCulture) + " files) that ContentGen's build step writes into this assembly's ContentGen.Bodies resource.");
        w.Line(GeneratedCode.Attribute);
        w.Line(GeneratedCode.HiddenAttribute);
        w.Open("internal static class " + ClassName);
        w.Summary("The hash the resource must carry.");
        w.Line("internal const ulong Hash = 0x" + manifest.Hash.ToString("X16", CultureInfo.InvariantCulture) + "UL;");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
