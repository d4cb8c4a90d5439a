using System;
using System.Collections.Generic;
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
    /// <summary>How many lines <paramref name="markdown"/> has: its line breaks and one; what the outline's list of line starts is sized for.</summary>
    private static int LineCount(ReadOnlySpan<char> markdown)
    {
        var count = 1;
        for (var at = markdown.IndexOf('\n'); at >= 0; at = markdown.IndexOf('\n'))
        {
            count++;
            markdown = markdown.Slice(at + 1);
        }

        return count;
    }

    // Works on spans of the body, one line at a time: the generator runs this on every body of every build, and a string
    // per line (or per trimmed line) would copy each body twice over for the garbage collector.
    public static List<HeadingOutline> Of(ReadOnlySpan<char> markdown)
    {
        var lineStarts = new List<int>(LineCount(markdown));
        var headings = new List<(string Title, int Level, int Line)>();
        var blocksAfter = new List<int>();
        var fenceMarker = '\0';
        var fenceLength = 0;
        var previousIsParagraph = false;
        var paragraphStart = 0;
        var listIndent = -1;
        var inContainer = false;
        for (int i = 0, start = 0; start <= markdown.Length; i++)
        {
            var newline = markdown.Slice(start).IndexOf('\n');
            var end = newline < 0 ? markdown.Length : start + newline;
            lineStarts.Add(start);
            var line = markdown.Slice(start, end - start);
            start = end + 1;
            var indent = Indent(line);
            var content = line.Slice(Math.Min(indent, line.Length));
            if (fenceLength > 0)
            {
                if (indent < 4 && StartsWithRun(content, fenceMarker, fenceLength) && content.Trim().Trim(fenceMarker).Length == 0)
                {
                    fenceLength = 0;
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
                inContainer = AtxLevel(content) == 0 && FenceLength(content, out _) == 0 && !IsThematicBreak(content);
                continue;
            }

            // A text line right after a list item or quote line continues that item's paragraph ("lazily"): no heading
            // starts there, and a '---' under it is no setext underline.
            if (inContainer && (indent >= 4 || (AtxLevel(content) == 0 && FenceLength(content, out _) == 0 && !IsThematicBreak(content) && ListItemContentIndent(content) == 0 && content[0] != '>')))
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

            if (indent < 4 && FenceLength(content, out var marker) is var opened && opened > 0)
            {
                MarkBlock(blocksAfter, i);
                fenceMarker = marker;
                fenceLength = opened;
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
                var text = new StringBuilder();
                for (var l = paragraphStart; l < i; l++)
                {
                    text.Append(l == paragraphStart ? string.Empty : " ");
                    Append(text, markdown.Slice(lineStarts[l], lineStarts[l + 1] - 1 - lineStarts[l]).Trim());
                }

                headings.Add((InlineText(text.ToString().AsSpan()), setext, paragraphStart));
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

    private static int Indent(ReadOnlySpan<char> line)
    {
        var columns = 0;
        var i = 0;
        for (; i < line.Length; i++)
        {
            if (line[i] == ' ')
            {
                columns++;
            }
            else if (line[i] == '\t')
            {
                columns += 4 - (columns % 4);
            }
            else
            {
                break;
            }
        }

        return columns >= 4 ? Math.Max(4, i) : i;
    }

    private static bool StartsWithRun(ReadOnlySpan<char> content, char marker, int length)
    {
        if (content.Length < length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (content[i] != marker)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of the code fence that opens <paramref name="content"/> (its marker in <paramref name="marker"/>); 0 for none.</summary>
    private static int FenceLength(ReadOnlySpan<char> content, out char marker)
    {
        foreach (var candidate in Fences)
        {
            var count = 0;
            while (count < content.Length && content[count] == candidate)
            {
                count++;
            }

            if (count >= 3 && (candidate == '~' || content.Slice(count).IndexOf('`') < 0))
            {
                marker = candidate;
                return count;
            }
        }

        marker = '\0';
        return 0;
    }

    private static readonly char[] Fences = { '`', '~' };

    private static int AtxLevel(ReadOnlySpan<char> content)
    {
        var level = 0;
        while (level < content.Length && content[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (level == content.Length || content[level] == ' ' || content[level] == '\t') ? level : 0;
    }

    private static string AtxTitle(ReadOnlySpan<char> content, int level)
    {
        var title = content.Slice(level).Trim();

        // A closing run of '#' preceded by a space is no part of the title.
        var end = title.Length;
        while (end > 0 && title[end - 1] == '#')
        {
            end--;
        }

        if (end == 0 || (end < title.Length && (title[end - 1] == ' ' || title[end - 1] == '\t')))
        {
            title = title.Slice(0, end).Trim();
        }

        return InlineText(title);
    }

    private static int SetextLevel(ReadOnlySpan<char> content)
    {
        var trimmed = content.TrimEnd();
        return trimmed.Length == 0 ? 0
            : trimmed.Trim('=').Length == 0 ? 1
            : trimmed.Trim('-').Length == 0 ? 2
            : 0;
    }

    /// <summary>
    /// A list item or block quote: a '---' under it is no setext underline. (A line of HTML is a paragraph, since bodies
    /// are rendered with raw HTML escaped unless a project allows it.)
    /// </summary>
    private static bool StartsOtherBlock(ReadOnlySpan<char> content)
        => content[0] == '>'
            || (content.Length >= 2 && content[0] is '-' or '*' or '+' && content[1] is ' ' or '\t')
            || IsOrderedListItem(content);

    /// <summary>For a list item, where its content starts relative to the marker (2 for "- x", 3 for "1. x"); 0 otherwise.</summary>
    private static int ListItemContentIndent(ReadOnlySpan<char> content)
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

    private static bool IsOrderedListItem(ReadOnlySpan<char> content)
    {
        var digits = 0;
        while (digits < content.Length && digits < 10 && char.IsDigit(content[digits]) && content[digits] < 128)
        {
            digits++;
        }

        return digits is >= 1 and <= 9 && digits < content.Length && content[digits] is '.' or ')'
            && (digits + 1 == content.Length || content[digits + 1] is ' ' or '\t');
    }

    /// <summary>Three or more of one of '*', '-', '_', and nothing else but spaces and tabs.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> content)
    {
        var marker = '\0';
        var count = 0;
        foreach (var c in content)
        {
            if (c is ' ' or '\t')
            {
                continue;
            }

            if (count == 0 && c is '*' or '-' or '_')
            {
                marker = c;
            }
            else if (c != marker)
            {
                return false;
            }

            count++;
        }

        return count >= 3;
    }

    private static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            builder.Append(c);
        }
    }

    /// <summary>A heading's text without inline markup: emphasis and code markers dropped, a link or image kept as its text.</summary>
    private static string InlineText(ReadOnlySpan<char> title)
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
                    var close = title.Slice(i + 2).IndexOf(')');
                    i = close < 0 ? title.Length : i + 2 + close;
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
