using System.Globalization;
using System.Linq;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Emits one bucket file of paper bodies. Bodies are spread over a fixed number of files by a stable hash of the
/// paper's identifier, so a body edit regenerates one bounded file, and the file count never grows with the
/// collection (Roslyn checks each new hint name against all others).
/// </summary>
internal static class ContentBucketEmitter
{
    public static string HintName(int bucket) => "Papers.Content." + bucket.ToString("00", CultureInfo.InvariantCulture) + ".g.cs";

    public static string ClassName(int bucket) => "Bucket_" + bucket.ToString("00", CultureInfo.InvariantCulture);

    public static string Emit(ContentBucket bucket)
    {
        var w = new SourceWriter(1024 + bucket.Entries.Sum(e => (e.Body.Markdown.Length + e.Body.Html.Length + e.Body.PlainText.Length) * 11 / 10));
        w.FileHeader().OpenNamespace(bucket.Namespace);
        w.Open("public static partial class Papers");
        w.Open("internal static partial class Store");
        w.Open("private static class " + ClassName(bucket.Number));
        var first = true;
        foreach (var entry in bucket.Entries)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var body = entry.Body;

            // One literal a paper: Markdown, HTML, plain text and key findings end to end, cut apart by length when the
            // body is first used. Long literals go to the data section (see ContentGen.targets), and the runtime
            // allows about 65,000 of those: one a paper keeps far from that, and short key findings out of the
            // 16 MB string heap that the metadata already uses.
            var findings = string.Concat(body.KeyFindings);
            w.Line("internal static Body " + entry.Identifier + "() => new Body(");
            w.Indent();
            w.Line(Literals.String(body.Markdown + body.Html + body.PlainText + findings) + ",");
            w.Line(Literals.Int(body.Markdown.Length) + ", " + Literals.Int(body.Html.Length) + ", " + Literals.Int(body.PlainText.Length) + ",");
            w.Line(Literals.Int(body.WordCount) + ",");
            w.Line(body.KeyFindings.Count == 0
                ? "global::System.Array.Empty<int>(),"
                : "new int[] { " + string.Join(", ", body.KeyFindings.Select(f => Literals.Int(f.Length))) + " },");
            if (body.Sections.Count == 0)
            {
                w.Line("global::System.Array.Empty<SectionSpan>());");
            }
            else
            {
                w.Line("new SectionSpan[]");
                w.Line("{");
                w.Indent();
                foreach (var section in body.Sections)
                {
                    w.Line("new SectionSpan(" + Literals.String(section.Title) + ", " + Literals.Int(section.Level) + ", " + Literals.String(section.Anchor) + ", " + Literals.Int(section.HtmlStart) + ", " + Literals.Int(section.HtmlLength) + "),");
                }

                w.Unindent();
                w.Line("});");
            }

            w.Unindent();
        }

        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}
