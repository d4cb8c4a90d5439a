using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using RuntimePayload = ContentGen.Runtime.Payload;

namespace ContentGen.Tests.Infrastructure;

/// <summary>The metadata table a generated collection class holds, read back from its source the way the run time reads it.</summary>
internal static class GeneratedTable
{
    /// <summary>
    /// The table's bytes, decoded, as UTF-8 text: its strings appear in it as written (its numbers as other
    /// characters), so a test can ask whether a value reached the table.
    /// </summary>
    public static string Text(string collectionSource)
    {
        var chunks = Regex.Matches(collectionSource, @"Payload\.Unpack\(""([^""]*)"", (\d+),").Select(m => (Packed: m.Groups[1].Value, Count: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var compressed = new byte[chunks.Sum(c => c.Count)];
        var written = 0;
        foreach (var (packed, count) in chunks)
        {
            RuntimePayload.Unpack(packed, count, compressed, ref written);
        }

        var length = int.Parse(Regex.Match(collectionSource, @"Payload\.DecodeLz4\(table, (\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetString(RuntimePayload.DecodeLz4(compressed, length));
    }
}
