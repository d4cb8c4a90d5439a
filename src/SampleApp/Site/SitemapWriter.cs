using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;

namespace SampleApp.Site;

/// <summary><c>sitemap.xml</c>: every page, as an absolute URL under the site's base URL.</summary>
internal static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="baseUrl">The URL of the site's root folder, ending in '/'.</param>
    /// <param name="pages">The site paths of the pages, each with its last change when known.</param>
    public static string Write(Uri baseUrl, IEnumerable<(string Path, DateOnly? Modified)> pages)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(pages);
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture))
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (path, modified) in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, new Uri(baseUrl, path).AbsoluteUri);
                if (modified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringWriter reports UTF-16; the file is written as UTF-8, so say so.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }
}
