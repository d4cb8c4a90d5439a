using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Emits one bucket file of a collection's bodies. Bodies are spread over a fixed number of files by a stable hash of
/// the document's identifier, so a body edit regenerates one bounded file, and the file count never grows with the
/// collection (Roslyn checks each new hint name against all others).
/// </summary>
internal static class ContentBucketEmitter
{
    public static string HintName(string className, int bucket) => className + ".Content." + bucket.ToString("00", CultureInfo.InvariantCulture) + ".g.cs";

    public static string ClassName(int bucket) => "Bucket_" + bucket.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>What separates two bodies in a bucket's literal: not a Base64 character. The run time's <c>Payload.BodySeparator</c> is the same (a test checks).</summary>
    public const char Separator = ',';

    /// <summary>
    /// The order of the bodies in a bucket's literal: by identifier. The bucket files and the metadata table's rank of
    /// each body (<see cref="MetadataPayload"/>) both use it, so a paper finds its own body.
    /// </summary>
    public static IOrderedEnumerable<T> InBodyOrder<T>(IEnumerable<T> items, System.Func<T, string> identifier)
        => items.OrderBy(identifier, System.StringComparer.Ordinal);

    public static string Emit(ContentBucket bucket)
    {
        var w = new SourceWriter(1024 + bucket.Entries.Sum(e => e.Payload.Length + e.Identifier.Length + 4));
        w.FileHeader().OpenNamespace(bucket.Namespace);
        w.Open("public static partial class " + bucket.ClassName);
        w.Open("internal static partial class Store");
        w.Open("private static class " + ClassName(bucket.Number));

        // One literal for the whole bucket: each literal costs the compiler a method and a field of its own, so 64 of
        // them compile much faster than one a paper. Long literals go to the data section (see ContentGen.targets):
        // stored as UTF-8, made a string when a body of the bucket is first read, and only that body is decoded.
        w.Line("// " + string.Join(", ", bucket.Entries.Select(e => e.Identifier)));
        w.Line("internal static string Data => " + Literals.Base64Joined(bucket.Entries.Select(e => e.Payload), Separator) + ";");
        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}
