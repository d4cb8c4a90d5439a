using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ContentGen.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentGen.Parsing;

/// <summary>
/// Renders a body with Markdig, in ContentGen's build step (Build/RenderBodies), and extracts its sections, their lists and its word count.
/// Raw HTML is escaped and script-capable link targets are neutralised, so content cannot inject markup.
/// </summary>
internal static class BodyRenderer
{
    /// <summary>The default pipeline: raw HTML in the Markdown is escaped, like Hugo without <c>unsafe: true</c>.</summary>
    private static readonly MarkdownPipeline SafePipeline = CreatePipeline().DisableHtml().Build();

    /// <summary>With <c>ContentGenAllowRawHtml</c>: raw HTML passes through; link targets are still neutralised.</summary>
    private static readonly MarkdownPipeline RawHtmlPipeline = CreatePipeline().Build();

    private static readonly string[] UnsafeSchemes = { "javascript:", "vbscript:", "data:" };

    /// <summary>Renders a body: its HTML, plain text, sections (each with the items of the first list under it) and word count.</summary>
    public static DocumentBody Render(string markdown, bool allowRawHtml = false)
    {
        var pipeline = allowRawHtml ? RawHtmlPipeline : SafePipeline;
        var (withMarkers, citedKeys) = WithCitationMarkers(markdown);
        var document = Markdown.Parse(withMarkers, pipeline);
        NeutraliseUnsafeLinks(document);

        var html = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var htmlRenderer = new HtmlRenderer(html);
        pipeline.Setup(htmlRenderer);

        var plain = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var plainRenderer = CreatePlainRenderer(plain, pipeline);

        // Render block by block so each heading's section is a slice of the one HTML string, never a copy.
        var headings = new List<(HeadingBlock Heading, int Start, int ContentStart, List<string>? Items)>();
        foreach (var block in document)
        {
            var blockStart = html.GetStringBuilder().Length;
            htmlRenderer.Render(block);
            htmlRenderer.EnsureLine();
            WithoutCarriageReturns(html.GetStringBuilder(), blockStart, "&#13;");
            if (block is HeadingBlock heading)
            {
                headings.Add((heading, blockStart, html.GetStringBuilder().Length, null));
            }
            else if (block is ListBlock list && headings.Count > 0 && headings[headings.Count - 1].Items is null)
            {
                // The first list under a heading, before the next heading: what a list section of a collection reads.
                var last = headings[headings.Count - 1];
                headings[headings.Count - 1] = (last.Heading, last.Start, last.ContentStart, ItemsOf(list));
            }

            var plainStart = plain.GetStringBuilder().Length;
            plainRenderer.Render(block);
            plainRenderer.EnsureLine();
            WithoutCarriageReturns(plain.GetStringBuilder(), plainStart, " ");
        }

        var htmlText = html.ToString();
        var sections = new List<SectionInfo>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var (heading, _, contentStart, items) = headings[i];
            var end = htmlText.Length;
            for (var j = i + 1; j < headings.Count; j++)
            {
                if (headings[j].Heading.Level <= heading.Level)
                {
                    end = headings[j].Start;
                    break;
                }
            }

            sections.Add(new SectionInfo(InlineText(heading.Inline), heading.Level, heading.GetAttributes().Id ?? string.Empty, contentStart, Math.Max(0, end - contentStart), (items ?? new List<string>()).ToEquatableArray()));
        }

        var plainText = plain.ToString().Trim();
        return new DocumentBody(markdown, htmlText, plainText, sections.ToEquatableArray(), CountWords(plainText), citedKeys);
    }

    /// <summary>
    /// The body with each citation (<c>@key</c>, as <see cref="CitationScanner"/> finds them) replaced by a marker that
    /// names its key (<see cref="CitationMarkers"/>), and the keys, each once (ignoring case), in order of first use.
    /// The labels and links come from the bibliography, which the generated code holds; the run time puts them in.
    /// </summary>
    private static (string Markdown, EquatableArray<string> Keys) WithCitationMarkers(string markdown)
    {
        var citations = CitationScanner.Find(markdown, 0);
        if (citations.Count == 0)
        {
            return (markdown, EquatableArray<string>.Empty);
        }

        var keys = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var text = new StringBuilder(markdown.Length + (citations.Count * 4));
        var copied = 0;
        foreach (var (start, end, key) in citations)
        {
            if (!numbers.TryGetValue(key, out var number))
            {
                number = keys.Count;
                numbers.Add(key, number);
                keys.Add(key);
            }

            text.Append(markdown, copied, start - copied)
                .Append(CitationMarkers.Start)
                .Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(CitationMarkers.End);
            copied = end;
        }

        text.Append(markdown, copied, markdown.Length - copied);
        return (text.ToString(), keys.ToEquatableArray());
    }

    /// <summary>
    /// Replaces carriage returns in what was just rendered. Line breaks of the file are normalised before Markdig sees
    /// the body, but an entity such as <c>&amp;#xd;</c> still decodes to one, and no value may hold a \r.
    /// </summary>
    private static void WithoutCarriageReturns(StringBuilder builder, int start, string replacement)
    {
        for (var i = start; i < builder.Length; i++)
        {
            if (builder[i] == '\r')
            {
                builder.Replace("\r", replacement, start, builder.Length - start);
                return;
            }
        }
    }

    /// <summary>The number of words: runs of characters that hold at least one letter or digit.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        var wordHasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && wordHasLetter)
                {
                    count++;
                }

                inWord = false;
                wordHasLetter = false;
            }
            else
            {
                inWord = true;
                wordHasLetter |= char.IsLetterOrDigit(c);
            }
        }

        return inWord && wordHasLetter ? count + 1 : count;
    }

    private static List<string> ItemsOf(ListBlock list)
    {
        var items = new List<string>();
        foreach (var item in list)
        {
            if (item is ListItemBlock listItem && ItemText(listItem) is { Length: > 0 } text)
            {
                items.Add(text);
            }
        }

        return items;
    }

    private static string ItemText(ListItemBlock item)
    {
        foreach (var child in item)
        {
            if (child is ParagraphBlock paragraph)
            {
                return InlineText(paragraph.Inline).Trim();
            }
        }

        return string.Empty;
    }

    /// <summary>The text of an inline run without markup (emphasis, links and code keep only their text).</summary>
    public static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        AppendInlineText(inline, builder);
        return builder.Replace('\r', ' ').ToString();
    }

    private static void AppendInlineText(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInlineText(child, builder);
                }

                break;
        }
    }

    private static void NeutraliseUnsafeLinks(MarkdownDocument document)
    {
        // One walk over the inlines for both kinds of link.
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline link when IsUnsafe(link.Url):
                    link.Url = "#";
                    break;
                case AutolinkInline autolink when IsUnsafe(autolink.Url):
                    autolink.Url = "#";
                    break;
            }
        }
    }

    private static bool IsUnsafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so we do too.
        var compact = new StringBuilder(url!.Length);
        foreach (var c in url)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                compact.Append(char.ToLowerInvariant(c));
            }
        }

        var value = compact.ToString();
        foreach (var scheme in UnsafeSchemes)
        {
            if (value.StartsWith(scheme, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static MarkdownPipelineBuilder CreatePipeline()
        => new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseFootnotes();

    private static HtmlRenderer CreatePlainRenderer(TextWriter writer, MarkdownPipeline pipeline)
    {
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = false,
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        };
        pipeline.Setup(renderer);
        return renderer;
    }
}
