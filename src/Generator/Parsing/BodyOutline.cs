using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ContentGen.Parsing;

/// <summary>A heading of the body as the body checks see it: its text without markup, level, line in the body and whether its section is empty.</summary>
internal sealed record HeadingOutline(string Title, int Level, int Line, bool IsEmpty);

/// <summary>
/// The headings of a body, found line by line: ATX headings (<c>## Title</c>) and setext headings (a line underlined
/// with <c>===</c> or <c>---</c>), outside fenced and indented code. The generator checks sections with this instead
/// of Markdig, which renders bodies in the build step only: the checks need where the headings are, not the HTML.
/// </summary>
internal static class BodyOutline
{
    public static List<HeadingOutline> Of(string markdown)
    {
        var lines = markdown.Split('\n');
        var headings = new List<(string Title, int Level, int Line)>();
        var blocksAfter = new List<int>();
        string? fence = null;
        var previousIsParagraph = false;
        var paragraphStart = 0;
        var listIndent = -1;
        var inContainer = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = Indent(line);
            var content = line.Substring(Math.Min(indent, line.Length));
            if (fence is not null)
            {
                if (indent < 4 && content.StartsWith(fence, StringComparison.Ordinal) && content.Trim().Trim(fence[0]).Length == 0)
                {
                    fence = null;
                }

                continue;
            }

            if (content.Trim().Length == 0)
            {
                previousIsParagraph = false;
                inContainer = false;
                continue;
            }

            // Inside a list item, a line indented to the item's content belongs to the item: a heading there is nested,
            // not a section of the body.
            if (listIndent >= 0 && indent >= listIndent)
            {
                // Only paragraph text in the item can be continued lazily by the next line.
                MarkBlock(blocksAfter, i);
                inContainer = AtxLevel(content) == 0 && Fence(content) is null && !IsThematicBreak(content);
                continue;
            }

            // A text line right after a list item or quote line continues that item's paragraph ("lazily"): no heading
            // starts there, and a '---' under it is no setext underline.
            if (inContainer && (indent >= 4 || (AtxLevel(content) == 0 && Fence(content) is null && !IsThematicBreak(content) && ListItemContentIndent(content) == 0 && content[0] != '>')))
            {
                MarkBlock(blocksAfter, i);
                continue;
            }

            listIndent = ListItemContentIndent(content) is var itemIndent && itemIndent > 0 && indent < 4 ? indent + itemIndent : -1;
            inContainer = indent < 4 && (listIndent >= 0 || content[0] == '>');
            if (indent >= 4 && !previousIsParagraph)
            {
                MarkBlock(blocksAfter, i);
                continue;
            }

            if (indent < 4 && Fence(content) is { } opened)
            {
                MarkBlock(blocksAfter, i);
                fence = opened;
                previousIsParagraph = false;
                continue;
            }

            if (indent < 4 && AtxLevel(content) is var level && level > 0)
            {
                headings.Add((AtxTitle(content, level), level, i));
                blocksAfter.Add(-1);
                previousIsParagraph = false;
                continue;
            }

            if (indent < 4 && previousIsParagraph && SetextLevel(content) is var setext && setext > 0)
            {
                // The paragraph above was a heading's text (its lines joined by spaces, as Markdig reads a soft break):
                // it counted as a block under the previous heading.
                UnmarkBlock(blocksAfter, paragraphStart);
                var text = string.Join(" ", lines.Skip(paragraphStart).Take(i - paragraphStart).Select(l => l.Trim()));
                headings.Add((InlineText(text), setext, paragraphStart));
                blocksAfter.Add(-1);
                previousIsParagraph = false;
                continue;
            }

            MarkBlock(blocksAfter, i);
            if (!previousIsParagraph)
            {
                paragraphStart = i;
            }

            previousIsParagraph = !IsThematicBreak(content) && !StartsOtherBlock(content);
        }

        var outline = new List<HeadingOutline>(headings.Count);
        for (var h = 0; h < headings.Count; h++)
        {
            // Empty: nothing between it and the next heading of the same or a higher level (or the end).
            var empty = blocksAfter[h] < 0 && (h + 1 == headings.Count || headings[h + 1].Level <= headings[h].Level);
            outline.Add(new HeadingOutline(headings[h].Title, headings[h].Level, headings[h].Line, empty));
        }

        return outline;
    }

    /// <summary>Notes the first line of content under the last heading.</summary>
    private static void MarkBlock(List<int> firstContentLine, int line)
    {
        if (firstContentLine.Count > 0 && firstContentLine[firstContentLine.Count - 1] < 0)
        {
            firstContentLine[firstContentLine.Count - 1] = line;
        }
    }

    /// <summary>The paragraph at <paramref name="paragraphLine"/> became a heading: if it was the last heading's first content, the last heading has none.</summary>
    private static void UnmarkBlock(List<int> firstContentLine, int paragraphLine)
    {
        if (firstContentLine.Count > 0 && firstContentLine[firstContentLine.Count - 1] == paragraphLine)
        {
            firstContentLine[firstContentLine.Count - 1] = -1;
        }
    }

    private static int Indent(string line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                columns++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
            }
            else
            {
                break;
            }
        }

        var i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return columns >= 4 ? Math.Max(4, i) : i;
    }

    private static string? Fence(string content)
    {
        foreach (var marker in new[] { '`', '~' })
        {
            var count = 0;
            while (count < content.Length && content[count] == marker)
            {
                count++;
            }

            if (count >= 3 && (marker == '~' || content.IndexOf('`', count) < 0))
            {
                return new string(marker, count);
            }
        }

        return null;
    }

    private static int AtxLevel(string content)
    {
        var level = 0;
        while (level < content.Length && content[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (level == content.Length || content[level] == ' ' || content[level] == '\t') ? level : 0;
    }

    private static string AtxTitle(string content, int level)
    {
        var title = content.Substring(level).Trim();

        // A closing run of '#' preceded by a space is no part of the title.
        var end = title.Length;
        while (end > 0 && title[end - 1] == '#')
        {
            end--;
        }

        if (end == 0 || (end < title.Length && (title[end - 1] == ' ' || title[end - 1] == '\t')))
        {
            title = title.Substring(0, end).Trim();
        }

        return InlineText(title);
    }

    private static int SetextLevel(string content)
    {
        var trimmed = content.TrimEnd();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        foreach (var (marker, level) in new[] { ('=', 1), ('-', 2) })
        {
            if (trimmed.Trim(marker).Length == 0)
            {
                return level;
            }
        }

        return 0;
    }

    /// <summary>
    /// A list item or block quote: a '---' under it is no setext underline. (A line of HTML is a paragraph, since bodies
    /// are rendered with raw HTML escaped unless a project allows it.)
    /// </summary>
    private static bool StartsOtherBlock(string content)
        => content[0] == '>'
            || (content.Length >= 2 && content[0] is '-' or '*' or '+' && content[1] is ' ' or '\t')
            || IsOrderedListItem(content);

    /// <summary>For a list item, where its content starts relative to the marker (2 for "- x", 3 for "1. x"); 0 otherwise.</summary>
    private static int ListItemContentIndent(string content)
    {
        if (content.Length >= 2 && content[0] is '-' or '*' or '+' && content[1] is ' ' or '\t' && !IsThematicBreak(content))
        {
            return 2;
        }

        if (!IsOrderedListItem(content))
        {
            return 0;
        }

        var marker = 0;
        while (char.IsDigit(content[marker]))
        {
            marker++;
        }

        return marker + 2;
    }

    private static bool IsOrderedListItem(string content)
    {
        var digits = 0;
        while (digits < content.Length && digits < 10 && char.IsDigit(content[digits]) && content[digits] < 128)
        {
            digits++;
        }

        return digits is >= 1 and <= 9 && digits < content.Length && content[digits] is '.' or ')'
            && (digits + 1 == content.Length || content[digits + 1] is ' ' or '\t');
    }

    private static bool IsThematicBreak(string content)
    {
        var compact = content.Replace(" ", string.Empty).Replace("\t", string.Empty);
        return compact.Length >= 3 && (compact.Trim('*').Length == 0 || compact.Trim('-').Length == 0 || compact.Trim('_').Length == 0);
    }

    /// <summary>A heading's text without inline markup: emphasis and code markers dropped, a link or image kept as its text.</summary>
    private static string InlineText(string title)
    {
        var text = new StringBuilder(title.Length);
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            switch (c)
            {
                case '\\' when i + 1 < title.Length && (char.IsPunctuation(title[i + 1]) || char.IsSymbol(title[i + 1])):
                    text.Append(title[++i]);
                    break;
                case '*' or '_' or '`':
                    break;
                case '!' when i + 1 < title.Length && title[i + 1] == '[':
                    break;
                case '[':
                    break;
                case ']' when i + 1 < title.Length && title[i + 1] == '(':
                    var close = title.IndexOf(')', i + 2);
                    i = close < 0 ? title.Length : close;
                    break;
                case ']':
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
