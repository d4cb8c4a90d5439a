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
        var w = new SourceWriter(1024 + bucket.Entries.Sum(e => e.Payload.Length + e.Identifier.Length + 96));
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

            // Long literals go to the data section (see ContentGen.targets): stored as UTF-8, and made a string only
            // when the body is first read.
            w.Line("internal static string " + entry.Identifier + " => " + Literals.Base64(entry.Payload) + ";");
        }

        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}
