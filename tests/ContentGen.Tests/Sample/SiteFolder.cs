using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using SampleApp.Site;

namespace ContentGen.Tests.Sample;

/// <summary>A site exported into a temp folder (deleted on dispose), and what its pages link to.</summary>
public sealed partial class SiteFolder : IDisposable
{
    private SiteFolder(string root, ExportResult result)
    {
        Root = root;
        Result = result;
    }

    public string Root { get; }

    internal ExportResult Result { get; }

    /// <summary>The site of the repository's own content, from the generated records.</summary>
    public static SiteFolder OfGeneratedContent() => Export(GeneratedSiteContent.Create());

    internal static SiteFolder Export(SiteContent content, Uri? baseUrl = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "contentgen-site-" + Guid.NewGuid().ToString("N")[..10]);
        return new SiteFolder(root, SiteExporter.Export(content, root, baseUrl));
    }

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public string Read(string sitePath) => File.ReadAllText(Path.Combine(Root, sitePath));

    /// <summary>The file URL of a page, as a browser opens it.</summary>
    public string Url(string sitePath) => new Uri(Path.Combine(Root, sitePath)).AbsoluteUri;

    /// <summary>Every <c>href</c> and <c>src</c> value of a page, decoded.</summary>
    public static IEnumerable<string> Links(string html) =>
        LinkAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value));

    [GeneratedRegex("\\s(?:href|src)=\"(?<value>[^\"]*)\"", RegexOptions.None)]
    private static partial Regex LinkAttribute();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A browser still holding a file must not fail the run; the folder is under the temp directory.
        }
    }
}
