using System.Globalization;
using ContentGen.Build;
using ContentGen.Model;
using ContentGen.Naming;

namespace ContentGen.Emit;

/// <summary>
/// Emits the content hash of the bodies, the one thing the generated code holds of them, and where they are: the build
/// step writes the bodies with the same hash into the resource of an assembly of their own that the project references
/// (<see cref="Build.BodyAssembly"/>), and the run time checks the two agree before it reads a body. The hash is a
/// constant, in a file of its own, so that a body edit changes this small file only; and because a changed constant is
/// an edit hot reload cannot apply, <c>dotnet watch</c> rebuilds and restarts the app after a body edit, which runs the
/// build step again, so a running app never reads a stale body. The assembly is found through the one type in it, so
/// the project's assembly references it (which carries it to the output, to publish and to an app that references a
/// library holding content); when the build did not say it wrote one (the IDE before a first build, a test harness),
/// the bodies are looked for in the project's own assembly.
/// </summary>
internal static class BodiesEmitter
{
    public const string HintName = "ContentGenBodies.g.cs";

    private const string ClassName = "ContentBodies";

    /// <summary>How the generated code names the hash.</summary>
    public static string HashReference(string ns) => RuntimeEmitter.Qualified(ns, ClassName + ".Hash");

    /// <summary>How the generated code names the method that returns the assembly holding the bodies.</summary>
    public static string AssemblyReference(string ns) => RuntimeEmitter.Qualified(ns, ClassName + ".Assembly");

    public static string Emit(BodyManifest manifest)
    {
        var w = new SourceWriter();
        w.FileHeader();
        if (manifest.Assembly.Length > 0)
        {
            w.Line("extern alias " + BodyAssembly.Alias + ";");
            w.Line();
        }

        w.OpenNamespace(RuntimeEmitter.Namespace(manifest.Namespace));
        w.Summary("The content hash of the bodies (" + manifest.Count.ToString(CultureInfo.InvariantCulture) + " files) that ContentGen's build step writes into the ContentGen.Bodies resource, and the assembly that holds it.");
        w.Line(GeneratedCode.Attribute);
        w.Line(GeneratedCode.HiddenAttribute);
        w.Open("internal static class " + ClassName);
        w.Summary("The hash the resource must carry.");
        w.Line("internal const ulong Hash = 0x" + manifest.Hash.ToString("X16", CultureInfo.InvariantCulture) + "UL;");
        w.Line();
        if (manifest.Assembly.Length > 0)
        {
            w.Summary("The assembly that holds the resource: " + XmlText.Escape(manifest.Assembly) + ", written by ContentGen's build step.");
            w.Line("internal static global::System.Reflection.Assembly Assembly() => typeof(" + BodyAssembly.Alias + "::" + BodyAssembly.MarkerNamespace + "." + BodyAssembly.MarkerName + ").Assembly;");
        }
        else
        {
            w.Summary("The assembly that holds the resource: this one, as no build said it wrote the bodies into an assembly of their own.");
            w.Line("internal static global::System.Reflection.Assembly Assembly() => typeof(" + ClassName + ").Assembly;");
        }

        w.Close();
        w.Close();
        return w.ToString();
    }
}
