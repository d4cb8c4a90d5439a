using System;
using ContentGen.Model;
using Microsoft.CodeAnalysis.Text;
using ContentGen.Diagnostics;

namespace ContentGen.Parsing;

/// <summary>
/// Maps character offsets of a file's text to 0-based line and column, breaking lines at
/// <c>\r\n</c>, <c>\r</c> and <c>\n</c> as editors do.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly string _text;

    public LineMap(string filePath, string text)
    {
        FilePath = filePath;
        _text = text;
        Length = text.Length;
        // Two passes, counting and then filling, so that the one array is the only allocation: a list grown line by
        // line allocated several times the array over every file of a build.
        _lineStarts = new int[LineBreaks(text, null) + 1];
        LineBreaks(text, _lineStarts);
    }

    /// <summary>Counts the line breaks of <paramref name="text"/> (<c>\r\n</c>, <c>\r</c>, <c>\n</c>), writing each next line's start into <paramref name="starts"/> from index 1 on when given.</summary>
    private static int LineBreaks(string text, int[]? starts)
    {
        var count = 0;
        var span = text.AsSpan();
        for (var i = span.IndexOfAny('\r', '\n'); i >= 0;)
        {
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            count++;
            if (starts is not null)
            {
                starts[count] = i + 1;
            }

            var next = span.Slice(i + 1).IndexOfAny('\r', '\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return count;
    }

    public string FilePath { get; }

    public int Length { get; }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line];

    public LinePosition PositionOf(int offset)
    {
        var (line, column) = LineAndColumn(Clamp(offset));
        return new LinePosition(line, column);
    }

    /// <summary>The 0-based line and column of an offset within the text.</summary>
    private (int Line, int Column) LineAndColumn(int offset)
    {
        var line = LineOf(offset);
        return (line, offset - _lineStarts[line]);
    }

    /// <summary>The 0-based line of an offset. Free of the compiler's types, so the build step can split front matter inside MSBuild.</summary>
    public int LineOf(int offset)
    {
        var line = System.Array.BinarySearch(_lineStarts, Clamp(offset));
        return line < 0 ? ~line - 1 : line;
    }

    /// <summary>The location of the characters from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public LocationInfo Location(int start, int end) => PlaceOf(start, end).ToLocation(FilePath);

    /// <summary>The location of a whole line, without its line break (used when the whole line is at fault); a blank line gets its line break.</summary>
    public LocationInfo LineLocation(int line) => LinePlace(line).ToLocation(FilePath);

    /// <summary>
    /// What <see cref="Location"/> says, in numbers only: free of the compiler's types, so the build step can work out
    /// places in a body inside MSBuild and hand them to the generator (<see cref="CondensedDocument"/>).
    /// </summary>
    public Place PlaceOf(int start, int end)
    {
        start = Clamp(start);
        end = Clamp(end);
        if (end <= start)
        {
            // An empty span would print as (1,1) in some hosts: cover at least one character where there is one.
            end = start < Length ? start + 1 : start;
        }

        var (startLine, startColumn) = LineAndColumn(start);
        var (endLine, endColumn) = LineAndColumn(end);
        return new Place(start, end, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>What <see cref="LineLocation"/> says, in numbers only.</summary>
    public Place LinePlace(int line) => PlaceOf(_lineStarts[line], LineEnd(line));

    /// <summary>The text of a line, without its line break.</summary>
    public string LineText(int line) => LineChars(line).ToString();

    /// <summary>The text of a line, without its line break, without a copy.</summary>
    public ReadOnlySpan<char> LineChars(int line) => _text.AsSpan(_lineStarts[line], LineEnd(line) - _lineStarts[line]);

    private int LineEnd(int line)
    {
        var end = _lineStarts[line];
        while (end < _text.Length && _text[end] != '\r' && _text[end] != '\n')
        {
            end++;
        }

        return end;
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > Length ? Length : offset;
}

/// <summary>
/// Where some characters of a file are: their offsets (end exclusive) and 0-based lines and columns, as
/// <see cref="LineMap.PlaceOf"/> works them out. A plain value, free of the compiler's types.
/// </summary>
internal readonly record struct Place(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public LocationInfo ToLocation(string filePath)
        => new(filePath, TextSpan.FromBounds(Start, End), new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
