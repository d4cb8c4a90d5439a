using System.Collections.Generic;
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
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public string FilePath { get; }

    public int Length { get; }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line];

    public LinePosition PositionOf(int offset)
    {
        var line = LineOf(offset);
        return new LinePosition(line, Clamp(offset) - _lineStarts[line]);
    }

    /// <summary>The 0-based line of an offset. Free of the compiler's types, so the build step can split front matter inside MSBuild.</summary>
    public int LineOf(int offset)
    {
        var line = System.Array.BinarySearch(_lineStarts, Clamp(offset));
        return line < 0 ? ~line - 1 : line;
    }

    /// <summary>The location of the characters from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public LocationInfo Location(int start, int end)
    {
        start = Clamp(start);
        end = Clamp(end);
        if (end <= start)
        {
            // An empty span would print as (1,1) in some hosts: cover at least one character where there is one.
            end = start < Length ? start + 1 : start;
        }

        return new LocationInfo(FilePath, TextSpan.FromBounds(start, end), new LinePositionSpan(PositionOf(start), PositionOf(end)));
    }

    /// <summary>The location of a whole line, without its line break (used when the whole line is at fault); a blank line gets its line break.</summary>
    public LocationInfo LineLocation(int line) => Location(_lineStarts[line], LineEnd(line));

    /// <summary>The text of a line, without its line break.</summary>
    public string LineText(int line) => _text.Substring(_lineStarts[line], LineEnd(line) - _lineStarts[line]);

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
