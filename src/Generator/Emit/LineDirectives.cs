using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Maps a generated declaration to its place in a Markdown file with <c>#line</c>, the way the generators for Razor and
/// XAML map their code back to its source: whatever follows mapped locations (the compiler's mapped spans, the debugger,
/// an editor's navigation where it honours them) leads to the Markdown. Only the declaration's own line is mapped, and
/// <c>#line default</c> follows at once, so a diagnostic in any other generated line never points into a Markdown file.
/// </summary>
internal static class LineDirectives
{
    /// <summary>
    /// Writes a declaration line mapped to <paramref name="at"/>, its <paramref name="name"/> to the location's start:
    /// the C# 10 span form where the language allows it (with the column of the name, so the name itself maps to the
    /// start), the line form before it; unmapped when there is no location or its path cannot be written in a directive.
    /// </summary>
    public static void Declaration(SourceWriter w, string line, string name, LocationInfo? at, bool spanForm)
    {
        // #line takes the file name as it is, with no escapes: a path it cannot hold is left unmapped.
        if (at is not { } location || location.FilePath.Length == 0 || location.FilePath.IndexOfAny(new[] { '"', '\n', '\r', '\u2028', '\u2029', '\u0085' }) >= 0)
        {
            w.Line(line);
            return;
        }

        var span = location.LineSpan;
        if (spanForm)
        {
            var column = w.IndentWidth + line.IndexOf(name, System.StringComparison.Ordinal) + 1;
            w.Line("#line (" + Literals.Int(span.Start.Line + 1) + ", " + Literals.Int(span.Start.Character + 1) + ") - (" + Literals.Int(span.End.Line + 1) + ", " + Literals.Int(span.End.Character + 1) + ") " + Literals.Int(column) + " \"" + location.FilePath + "\"");
        }
        else
        {
            w.Line("#line " + Literals.Int(span.Start.Line + 1) + " \"" + location.FilePath + "\"");
        }

        w.Line(line);
        w.Line("#line default");
    }
}
