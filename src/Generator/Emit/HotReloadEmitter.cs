using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Emits the hot-reload handler: under <c>dotnet watch</c>, an edit of a document's metadata or body reaches the running
/// app as a hot-reload update of the generated methods that hold the data, and .NET then calls the handler registered
/// with <c>MetadataUpdateHandler</c>, which drops every collection's table so the next access reads the new data. A
/// change hot reload cannot apply (a removed document, a changed term constant) restarts the app instead.
/// </summary>
internal static class HotReloadEmitter
{
    public const string HintName = "ContentGenHotReload.g.cs";

    public static string Emit(string ns, EquatableArray<CollectionSpec> collections)
    {
        var w = new SourceWriter();
        w.FileHeader();
        w.Line("[assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::" + ns + ".ContentGenHotReload))]");
        w.Line();
        w.OpenNamespace(ns);
        w.Summary("Drops the collections' tables after a hot reload (dotnet watch), so the running app reads the edited content.");
        w.Line(GeneratedCode.Attribute);
        w.Line(GeneratedCode.HiddenAttribute);
        w.Open("internal static class ContentGenHotReload");
        w.Summary("Called by .NET after a hot-reload update.");
        w.Open("internal static void ClearCache(global::System.Type[]? updatedTypes)");
        foreach (var collection in collections)
        {
            w.Line("global::" + ns + "." + collection.ClassName + ".Store.Reset();");
        }

        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}
