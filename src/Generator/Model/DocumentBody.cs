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
internal sealed record DocumentBody(
    string Markdown,
    string Html,
    string PlainText,
    EquatableArray<SectionInfo> Sections,
    int WordCount)
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
