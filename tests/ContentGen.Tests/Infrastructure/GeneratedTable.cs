using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentGen.Tests.Infrastructure;

/// <summary>The metadata table a generated collection class holds, read back from its source the way the run time reads it.</summary>
internal static class GeneratedTable
{
    /// <summary>
    /// The table's bytes, inflated, as UTF-8 text: its strings appear in it as written (its numbers as other
    /// characters), so a test can ask whether a value reached the table.
    /// </summary>
    public static string Text(string collectionSource)
    {
        var base64 = Regex.Matches(collectionSource, @"Payload\.Decode\(""([A-Za-z0-9+/=]*)""").Select(m => m.Groups[1].Value);
        var compressed = base64.SelectMany(Convert.FromBase64String).ToArray();
        using var inflated = new MemoryStream();
        using (var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            deflate.CopyTo(inflated);
        }

        return Encoding.UTF8.GetString(inflated.ToArray());
    }
}
