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

            // A UTF-8 literal is static data in the assembly: no string is created until the body is read, and none
            // of it goes to the 16 MB heap of ordinary string literals.
            w.Line("internal static global::System.ReadOnlySpan<byte> " + entry.Identifier + " => " + Literals.Base64Utf8(entry.Payload) + ";");
        }

        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}
