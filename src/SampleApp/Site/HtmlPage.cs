using System;
using System.Linq;
using System.Net;
using System.Text;

namespace SampleApp.Site;

/// <summary>
/// One page being written. Text goes in through <see cref="Text"/>, which HTML-encodes it (quotes too, so it is safe
/// in an attribute); only fixed markup and the body HTML the generator rendered go in through <see cref="Raw"/>.
/// Links to other pages are written relative to this page, so the site works from any folder and from <c>file://</c>.
/// </summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder _html = new();

    /// <param name="path">The page's path in the site, with '/' (<c>index.html</c>, <c>papers/x.html</c>).</param>
    public HtmlPage(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
        Root = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
    }

    /// <summary>The page's path in the site.</summary>
    public string Path { get; }

    /// <summary>The way from this page to the site's root: empty or a run of <c>../</c>.</summary>
    public string Root { get; }

    /// <summary>
    /// HTML-encodes text for an element or a quoted attribute: <c>&amp; &lt; &gt; " '</c>, and nothing else, so
    /// the page (UTF-8) keeps its letters readable (<see cref="WebUtility.HtmlEncode(string)"/> also writes é as
    /// <c>&amp;#233;</c>).
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Fixed markup, or HTML the generator rendered; never a value from the content.</summary>
    public HtmlPage Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    /// <summary>A value, HTML-encoded.</summary>
    public HtmlPage Text(string? text)
    {
        _html.Append(Encode(text));
        return this;
    }

    /// <summary>The link from this page to <paramref name="sitePath"/> (a path in the site).</summary>
    public string Href(string sitePath) => Root + sitePath;

    /// <summary>A link to another page of the site.</summary>
    public HtmlPage Link(string sitePath, string text, string? cssClass = null) =>
        Raw("<a href=\"").Raw(Encode(Href(sitePath))).Raw("\"").Raw(ClassAttribute(cssClass)).Raw(">").Text(text).Raw("</a>");

    /// <summary>A link out of the site (only <c>http</c> and <c>https</c> are written as links; anything else as text).</summary>
    public HtmlPage External(Uri url, string text, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return Text(text);
        }

        return Raw("<a href=\"").Text(url.AbsoluteUri).Raw("\"").Raw(ClassAttribute(cssClass)).Raw(" rel=\"noopener\">").Text(text).Raw("</a>");
    }

    public override string ToString() => _html.ToString();

    private static string ClassAttribute(string? cssClass) => cssClass is null ? "" : " class=\"" + Encode(cssClass) + "\"";
}
