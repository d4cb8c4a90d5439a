using System;
using YamlDotNet.Core;

namespace ContentGen.Parsing;

/// <summary>
/// Reads the plain front matter nearly every document has (top-level <c>key: value</c> lines whose values are
/// single-line scalars, one-line flow lists or block lists of scalars, with comments and blank lines between) without
/// YamlDotNet, whose general parser costs most of a document's parse. It answers only when it is sure: on anything
/// outside that subset (nested mappings, multi-line or escaped scalars, tabs, anchors, tags, block scalars, indicators
/// a plain value may not start with, control characters, anything YamlDotNet would reject) it returns null and
/// <see cref="FrontMatterReader"/> reads the text with YamlDotNet, which also reports every error. When it answers,
/// its tree is the one YamlDotNet's events would build, node for node, with the same values, styles and offsets;
/// a differential property test and the fuzzer hold it to that.
/// </summary>
internal static class PlainYamlReader
{
    private const int MaxKeyLength = 1000;

    /// <summary>The tree of the YAML between <c>start</c> and <c>end</c> of <c>text</c>, or null when it is not plain.</summary>
    public static FrontMatterMap? TryRead(string text, int start, int end, int maxDepth)
    {
        // A list sits one level below the mapping; shallower caps are YamlDotNet's to report.
        if (maxDepth < 2 || !HasOnlyPlainCharacters(text, start, end))
        {
            return null;
        }

        FrontMatterMap? map = null;
        var line = NextContentLine(text, start, end);
        while (line < end)
        {
            var lineEnd = ContentEnd(text, line, end);
            var keyEnd = line;
            while (keyEnd < lineEnd && IsKeyCharacter(text[keyEnd], first: keyEnd == line))
            {
                keyEnd++;
            }

            // The key starts the line (an indented line here would continue a value or nest a mapping) and ends at ': '.
            // YAML caps an implicit key at 1,024 characters.
            if (keyEnd == line || keyEnd - line > MaxKeyLength || keyEnd == lineEnd || text[keyEnd] != ':' || (keyEnd + 1 < lineEnd && text[keyEnd + 1] != ' '))
            {
                return null;
            }

            map ??= new FrontMatterMap(line, end);
            var key = new FrontMatterScalar(StringPool.Cut(text, line, keyEnd - line), ScalarStyle.Plain, line, keyEnd);
            var valueAt = SkipSpaces(text, keyEnd + 1, lineEnd);
            var next = NextLine(text, lineEnd, end);
            FrontMatterNode value;
            if (valueAt == lineEnd || text[valueAt] == '#')
            {
                // Nothing after the colon: a block list follows, or the value is null (YAML's empty plain scalar, which
                // YamlDotNet places just past the colon).
                var contentLine = NextContentLine(text, next, end);
                if (contentLine < end && text[contentLine] == ' ' || IsListItem(text, contentLine, end))
                {
                    var list = ReadBlockList(text, contentLine, end, out next);
                    if (list is null)
                    {
                        return null;
                    }

                    value = list;
                }
                else
                {
                    value = new FrontMatterScalar(string.Empty, ScalarStyle.Plain, keyEnd + 1, keyEnd + 1);
                }
            }
            else
            {
                FrontMatterNode? node = text[valueAt] == '[' ? ReadFlowList(text, valueAt, lineEnd, out var valueEnd) : ReadScalar(text, valueAt, lineEnd, flow: false, out valueEnd);
                if (node is null || !EndsLine(text, valueEnd, lineEnd))
                {
                    return null;
                }

                value = node;
            }

            map.Entries.Add(new(key, value));
            line = NextContentLine(text, next, end);
        }

        return map;
    }

    /// <summary>
    /// The block list whose first item is at <c>line</c>; <c>after</c> is the first line past it. Every item sits at
    /// the first item's indentation and holds one scalar; the list ends at a key at the start of a line (or at the end).
    /// </summary>
    private static FrontMatterList? ReadBlockList(string text, int line, int end, out int after)
    {
        after = end;
        var indent = SkipSpaces(text, line, end) - line;
        var list = new FrontMatterList(line + indent, end);
        while (line < end)
        {
            var lineEnd = ContentEnd(text, line, end);
            var dash = line + indent;
            if (SkipSpaces(text, line, lineEnd) != dash || !IsListItem(text, dash, lineEnd))
            {
                // Only a key at the start of a line may follow the list: a line indented otherwise, or an item at
                // column 0 after an indented list, is YAML this reader does not take on.
                if (indent > 0 && text[line] == '-' || text[line] == ' ')
                {
                    return null;
                }

                list.End = line;
                after = line;
                return list;
            }

            var valueAt = SkipSpaces(text, dash + 1, lineEnd);
            if (valueAt == lineEnd || text[valueAt] == '#' || text[valueAt] == '[')
            {
                return null;
            }

            var item = ReadScalar(text, valueAt, lineEnd, flow: false, out var valueEnd);
            if (item is null || !EndsLine(text, valueEnd, lineEnd))
            {
                return null;
            }

            list.Items.Add(item);
            line = NextContentLine(text, NextLine(text, lineEnd, end), end);
        }

        return list;
    }

    /// <summary>A one-line flow list of scalars, <c>[a, "b", 'c']</c>, from its opening bracket.</summary>
    private static FrontMatterList? ReadFlowList(string text, int open, int lineEnd, out int after)
    {
        after = lineEnd;
        var list = new FrontMatterList(open, open);
        var at = SkipSpaces(text, open + 1, lineEnd);
        if (at < lineEnd && text[at] == ']')
        {
            list.End = at + 1;
            after = at + 1;
            return list;
        }

        while (at < lineEnd)
        {
            var item = ReadScalar(text, at, lineEnd, flow: true, out var itemEnd);
            if (item is null)
            {
                return null;
            }

            list.Items.Add(item);
            at = SkipSpaces(text, itemEnd, lineEnd);
            if (at == lineEnd)
            {
                return null;
            }

            if (text[at] == ']')
            {
                list.End = at + 1;
                after = at + 1;
                return list;
            }

            if (text[at] != ',')
            {
                return null;
            }

            at = SkipSpaces(text, at + 1, lineEnd);
        }

        return null;
    }

    /// <summary>A scalar on one line from <c>at</c>: double-quoted without escapes, single-quoted, or plain.</summary>
    private static FrontMatterScalar? ReadScalar(string text, int at, int lineEnd, bool flow, out int after)
    {
        after = lineEnd;
        var first = text[at];
        if (first == '"')
        {
            var close = text.IndexOf('"', at + 1, lineEnd - at - 1);
            if (close < 0 || text.IndexOf('\\', at + 1, close - at - 1) >= 0)
            {
                return null;
            }

            after = close + 1;
            return new FrontMatterScalar(StringPool.Cut(text, at + 1, close - at - 1), ScalarStyle.DoubleQuoted, at, after);
        }

        if (first == '\'')
        {
            var close = at + 1;
            var doubled = false;
            while (true)
            {
                close = text.IndexOf('\'', close, lineEnd - close);
                if (close < 0)
                {
                    return null;
                }

                if (close + 1 < lineEnd && text[close + 1] == '\'')
                {
                    doubled = true;
                    close += 2;
                    continue;
                }

                break;
            }

            after = close + 1;
            var value = StringPool.Cut(text, at + 1, close - at - 1);
            return new FrontMatterScalar(doubled ? value.Replace("''", "'") : value, ScalarStyle.SingleQuoted, at, after);
        }

        // A plain scalar may not start with an indicator, but '-' may start one when a word follows it (-1, -x).
        if (IsIndicator(first) && !(first == '-' && at + 1 < lineEnd && IsWordCharacter(text[at + 1])))
        {
            return null;
        }

        var last = at;
        for (var i = at; i < lineEnd; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i + 1 < lineEnd && text[i + 1] == '#')
                {
                    break;
                }

                continue;
            }

            if (flow && (c == ',' || c == ']'))
            {
                break;
            }

            // ': ' would make a mapping (an error in a value); a flow value holding ':', '#' or a bracket is left to
            // YamlDotNet, whose rules for them are the subtle ones.
            if (c == ':' && (!flow ? i + 1 == lineEnd || text[i + 1] == ' ' : true) || flow && (c == '#' || c == '[' || c == '{' || c == '}'))
            {
                return null;
            }

            last = i + 1;
        }

        after = last;
        return new FrontMatterScalar(StringPool.Cut(text, at, last - at), ScalarStyle.Plain, at, last);
    }

    /// <summary>Whether only spaces, then the end of the line or a comment, follow <c>at</c>.</summary>
    private static bool EndsLine(string text, int at, int lineEnd)
    {
        var next = SkipSpaces(text, at, lineEnd);
        return next == lineEnd || (next > at && text[next] == '#');
    }

    private static bool IsListItem(string text, int at, int lineEnd)
        => at < lineEnd && text[at] == '-' && (at + 1 == lineEnd || text[at + 1] == ' ');

    /// <summary>The first line from <c>line</c> on that is neither blank nor a comment; <c>end</c> when there is none.</summary>
    private static int NextContentLine(string text, int line, int end)
    {
        while (line < end)
        {
            var lineEnd = ContentEnd(text, line, end);
            var first = SkipSpaces(text, line, lineEnd);
            if (first < lineEnd && text[first] != '#')
            {
                return line;
            }

            line = NextLine(text, lineEnd, end);
        }

        return end;
    }

    /// <summary>Where the line from <c>line</c> ends, before its <c>\n</c> or <c>\r\n</c>.</summary>
    private static int ContentEnd(string text, int line, int end)
    {
        var newline = text.IndexOf('\n', line, end - line);
        if (newline < 0)
        {
            return end;
        }

        return newline > line && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private static int NextLine(string text, int contentEnd, int end)
    {
        if (contentEnd < end && text[contentEnd] == '\r')
        {
            contentEnd++;
        }

        return contentEnd < end ? contentEnd + 1 : end;
    }

    private static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private static bool IsKeyCharacter(char c, bool first)
        => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' || (!first && c is '-' or '.');

    private static bool IsWordCharacter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    private static bool IsIndicator(char c)
        => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

    /// <summary>
    /// Whether the text holds only what YAML prints plainly: no tab, no control character, no line break but
    /// <c>\n</c> and <c>\r\n</c> (YAML also breaks lines at U+0085, U+2028 and U+2029), no byte-order mark, no lone
    /// surrogate, no non-character.
    /// </summary>
    private static bool HasOnlyPlainCharacters(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~' or '\n')
            {
                continue;
            }

            if (c == '\r')
            {
                if (i + 1 < end && text[i + 1] == '\n')
                {
                    continue;
                }

                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c < '\u00A0' || c is '\u2028' or '\u2029' or '\uFEFF' or >= '\uD800' and <= '\uDFFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }
}
