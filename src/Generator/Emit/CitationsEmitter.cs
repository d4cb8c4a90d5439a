using System.Collections.Generic;
using System.Globalization;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Emits what a citation in a body reads as and links to (<see cref="CitationLink"/>), for the run time to put in place
/// of the markers the build step rendered. A method with a switch rather than a table, so a hot reload of a changed
/// bibliography replaces it like any other generated method, with nothing cached to drop.
/// </summary>
internal static class CitationsEmitter
{
    public const string HintName = "ContentGenCitations.g.cs";

    private const string ClassName = "ContentCitations";

    /// <summary>How the generated code names the resolver.</summary>
    public static string ResolverReference(string ns) => RuntimeEmitter.Qualified(ns, ClassName + ".Resolve");

    public static string Emit(string ns, EquatableArray<CitationLink> links)
    {
        var w = new SourceWriter();
        w.FileHeader().OpenNamespace(RuntimeEmitter.Namespace(ns));
        w.Summary("The label and link of each of the " + links.Count.ToString(CultureInfo.InvariantCulture) + " BibTeX keys the bodies cite, for the citations in rendered bodies.");
        w.Line(GeneratedCode.Attribute);
        w.Line(GeneratedCode.HiddenAttribute);
        w.Open("internal static class " + ClassName);
        w.Summary("The author–year label of a cited key and its link (null for none); false for a key the bibliography does not have.");
        w.Open("internal static bool Resolve(string key, out string label, out string? href)");
        w.Open("switch (key.ToLowerInvariant())");
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var link in links)
        {
            var lower = link.Key.ToLowerInvariant();
            if (seen.Add(lower))
            {
                w.Line("case " + Literals.String(lower) + ": label = " + Literals.String(link.Label) + "; href = " + (link.Href is null ? "null" : Literals.String(link.Href)) + "; return true;");
            }
        }

        w.Line("default: label = key; href = null; return false;");
        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}
