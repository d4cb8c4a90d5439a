using System.Collections.Generic;
using ContentGen.Model;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Bibliography;

/// <summary>
/// Character offsets of a <c>.bib</c> file to 0-based line and column, breaking lines at <c>\r\n</c>, <c>\r</c> and
/// <c>\n</c> as editors do. (The same rules as <c>Parsing.LineMap</c>, which this folder may not use.)
/// </summary>
internal sealed class BibLines
{
    private readonly int[] _lineStarts;

    public BibLines(string filePath, string text)
    {
        FilePath = filePath;
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

    public LinePosition PositionOf(int offset)
    {
        offset = Clamp(offset);
        var line = System.Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>The 1-based line number of an offset, for messages.</summary>
    public int LineNumber(int offset) => PositionOf(offset).Line + 1;

    /// <summary>The location of the characters from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive); never empty where there is a character.</summary>
    public LocationInfo Location(int start, int end)
    {
        start = Clamp(start);
        end = Clamp(end);
        if (end <= start)
        {
            end = start < Length ? start + 1 : start;
        }

        return new LocationInfo(FilePath, TextSpan.FromBounds(start, end), new LinePositionSpan(PositionOf(start), PositionOf(end)));
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > Length ? Length : offset;
}
