using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SampleApp.Site;

/// <summary>
/// The search page's index: a script that assigns the documents to a global, because a page opened from disk
/// (<c>file://</c>) may not <c>fetch</c> a JSON file but may load a script. Written with <see cref="Utf8JsonWriter"/>
/// (no reflection), whose default encoder escapes <c>&lt; &gt; &amp; ' "</c> and non-ASCII characters, so no value can
/// end the string, the script or a surrounding element.
/// </summary>
internal static class SearchIndexWriter
{
    /// <summary>The global the script assigns.</summary>
    public const string GlobalName = "contentGenSearchIndex";

    public static string Write(SiteIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default, Indented = false }))
        {
            json.WriteStartArray();
            foreach (var paper in index.Papers)
            {
                json.WriteStartObject();
                json.WriteString("kind", "paper");
                json.WriteString("url", index.PaperPage(paper));
                json.WriteString("title", paper.Title);
                json.WriteString("date", paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("byline", Cards.ShortAuthors(paper));
                json.WriteString("summary", paper.Summary ?? "");
                json.WriteString("text", paper.PlainText);
                json.WriteEndObject();
            }

            foreach (var note in index.Notes)
            {
                json.WriteStartObject();
                json.WriteString("kind", "note");
                json.WriteString("url", index.NotePage(note));
                json.WriteString("title", note.Title);
                json.WriteString("date", note.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("byline", "Reading note: " + string.Join("; ", note.PaperSlugs.Select(index.Paper).OfType<SitePaper>().Select(p => p.Title)));
                json.WriteString("summary", "");
                json.WriteString("text", note.PlainText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return "// The search index of the site, written by SampleApp's export-site.\nwindow." + GlobalName + " = "
            + Encoding.UTF8.GetString(stream.ToArray()) + ";\n";
    }
}
