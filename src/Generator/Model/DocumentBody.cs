using System;

namespace ContentGen.Model;

/// <summary>A heading of the body, where its section's HTML lies inside the body's HTML, and the items of the first list under it.</summary>
internal sealed record SectionInfo(string Title, int Level, string Anchor, int HtmlStart, int HtmlLength, EquatableArray<string> Items);

/// <summary>The body of one document, rendered by ContentGen's build step.</summary>
/// <param name="Markdown">The body as written, with <c>\n</c> line breaks.</param>
/// <param name="Html">The body rendered to HTML.</param>
/// <param name="PlainText">The body as plain text.</param>
/// <param name="Sections">The headings, where their sections' HTML lies and their lists.</param>
/// <param name="WordCount">The number of words.</param>
/// <param name="CitedKeys">
/// The keys the body cites, each once, in order of first use. The HTML, plain text and section titles hold a marker
/// for each citation (<see cref="CitationMarkers"/>) that the run time turns into the citation's label and link.
/// </param>
internal sealed record DocumentBody(
    string Markdown,
    string Html,
    string PlainText,
    EquatableArray<SectionInfo> Sections,
    int WordCount,
    EquatableArray<string> CitedKeys)
{
    /// <summary>
    /// The items of the first list under the first level-2 heading titled <paramref name="heading"/> (ignoring case):
    /// what a list section of a collection (<see cref="BodySpec.ListSections"/>) holds. The run time's
    /// <c>DocumentBody.ListUnder</c> reads it the same way.
    /// </summary>
    public EquatableArray<string> ListUnder(string heading)
    {
        foreach (var section in Sections)
        {
            if (section.Level == 2 && string.Equals(section.Title.Trim(), heading, StringComparison.OrdinalIgnoreCase))
            {
                return section.Items;
            }
        }

        return EquatableArray<string>.Empty;
    }
}

/// <summary>
/// How a citation stands in a rendered body until the run time replaces it: a private-use character, the number of its
/// key in <see cref="DocumentBody.CitedKeys"/>, another private-use character. Markdig and HTML escaping leave them as
/// they are. The run time's <c>Citations.Start</c> and <c>Citations.End</c> are the same characters (a test checks).
/// </summary>
internal static class CitationMarkers
{
    public const char Start = '\uE000';

    public const char End = '\uE001';
}
