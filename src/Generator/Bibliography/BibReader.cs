using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Schema;
using Microsoft.CodeAnalysis;

namespace ContentGen.Bibliography;

/// <summary>
/// Reads a <c>.bib</c> file: text in, entries and diagnostics out (<see cref="BibFile"/>). A pure function of its
/// inputs that never throws (anything unexpected is CG0901), runs in time linear in the text (one pass, no recursion,
/// bounded suggestions) and reports every problem at its line and column. A broken entry never hides the others: the
/// reader starts again at the next line that begins with <c>@type{</c> (or <c>@type(</c>), even inside an unclosed
/// value.
/// <para>
/// Syntax read: entries <c>@type{key, name = value, ...}</c> and <c>@type(key, ...)</c> with any type (case-insensitive);
/// values in braces (nested), in quotes, bare numbers and <c>@string</c> macro names (the month macros <c>jan</c> …
/// <c>dec</c> are predefined as "January" … "December"), joined with <c>#</c>; <c>@string</c> (a macro is expanded to
/// its value when it is defined, so it can only use earlier macros and never itself), <c>@preamble</c>,
/// <c>@comment</c> and any text between entries; <c>%</c> comments between the parts of an entry. Braces are counted
/// as BibTeX counts them: a backslash does not hide one (<c>\{</c> opens a group as far as the file's structure goes).
/// </para>
/// </summary>
internal static class BibReader
{
    /// <summary>The largest file read, in characters (8 MiB): big exports run to a few MB.</summary>
    public const int MaxFileSize = 8 * 1024 * 1024;

    /// <summary>The most text that @string macros may add to one file's values, in characters (twice <see cref="MaxFileSize"/>).</summary>
    public const int MaxExpansion = 2 * MaxFileSize;

    /// <summary>The entry types of BibTeX and biblatex (and a few aliases exporters write); others get CG0611.</summary>
    private static readonly HashSet<string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "book", "booklet", "conference", "inbook", "incollection", "inproceedings", "manual", "mastersthesis",
        "misc", "phdthesis", "proceedings", "techreport", "unpublished", "online", "electronic", "www", "webpage", "report",
        "thesis", "software", "dataset", "data", "patent", "periodical", "collection", "mvbook", "mvcollection",
        "mvproceedings", "mvreference", "reference", "inreference", "suppbook", "suppcollection", "suppperiodical",
        "bookinbook", "set", "xdata", "standard", "artwork", "audio", "image", "jurisdiction", "legislation", "legal",
        "letter", "movie", "music", "performance", "review", "video", "commentary", "customa", "customb", "customc",
        "customd", "custome", "customf",
    };

    /// <summary>Fields whose values are not LaTeX (<c>url</c>, <c>doi</c>, <c>eprint</c>, <c>file</c>, …).</summary>
    public static IReadOnlyCollection<string> VerbatimFields => ContentGen.Runtime.CitationWriter.VerbatimFields;

    /// <summary>The entry types of BibTeX and biblatex that are known.</summary>
    public static IReadOnlyCollection<string> EntryTypes => Types;

    /// <summary>Whether a field's value is verbatim, not LaTeX.</summary>
    public static bool IsVerbatimField(string name) => ContentGen.Runtime.CitationWriter.IsVerbatimField(name);

    /// <summary>Reads a <c>.bib</c> file of at most <see cref="MaxFileSize"/> characters.</summary>
    public static BibFile Read(string filePath, string text) => Read(filePath, text, MaxFileSize);

    /// <summary>Reads a <c>.bib</c> file with another size limit (for tests).</summary>
    internal static BibFile Read(string filePath, string text, int maxFileSize)
    {
        var diagnostics = new DiagnosticList();
        LineMap? lines = null;
        try
        {
            lines = new LineMap(filePath, text);
            if (text.Length > maxFileSize)
            {
                var firstLineEnd = text.IndexOfAny(new[] { '\r', '\n' });
                diagnostics.Add(
                    DiagnosticDescriptors.BibFileTooLarge,
                    lines.Location(0, firstLineEnd < 0 ? text.Length : firstLineEnd),
                    text.Length.ToString(CultureInfo.InvariantCulture),
                    maxFileSize.ToString(CultureInfo.InvariantCulture));
                return new BibFile(filePath, EquatableArray<BibEntry>.Empty, EquatableArray<string>.Empty, diagnostics.ToEquatableArray());
            }

            return new Parser(filePath, text, lines, diagnostics).Run();
        }
        catch (Exception exception)
        {
            // Whatever went wrong, the file gets an error and the build goes on.
            var location = lines?.Location(0, 0) ?? new LocationInfo(filePath, default, default);
            var internalError = new DiagnosticList();
            internalError.Add(DiagnosticDescriptors.InternalError, location, exception.GetType().FullName ?? exception.GetType().Name, exception.Message.Replace('\r', ' ').Replace('\n', ' ').TrimEnd('.'));
            return new BibFile(filePath, EquatableArray<BibEntry>.Empty, EquatableArray<string>.Empty, internalError.ToEquatableArray());
        }
    }

    /// <summary>Whether a character may be part of an entry type, field name or macro name.</summary>
    internal static bool IsNameChar(char c) => ContentGen.Runtime.CitationWriter.IsNameChar(c);

    /// <summary>Whether a character may be part of a citation key.</summary>
    internal static bool IsKeyChar(char c) => ContentGen.Runtime.CitationWriter.IsKeyChar(c);

    /// <summary>The value of a verbatim field: a backslash before a character that is not a letter is dropped (<c>\_</c> → <c>_</c>), braces that are not escaped are dropped, white space is collapsed and trimmed.</summary>
    internal static string DecodeVerbatim(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length && !IsAsciiLetter(raw[i + 1]) && !Latex.IsSpace(raw[i + 1]))
            {
                text.Append(raw[++i]);
            }
            else if (c == '{' || c == '}')
            {
                continue;
            }
            else if (Latex.IsSpace(c))
            {
                if (text.Length > 0 && text[text.Length - 1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }

        var length = text.Length;
        while (length > 0 && text[length - 1] == ' ')
        {
            length--;
        }

        return text.ToString(0, length);
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsTrivia(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    /// <summary>Why the parts of an entry stopped: not at all, at the start of the next entry, or at the end of the file.</summary>
    private enum Stop
    {
        None,
        NextEntry,
        End,
    }

    /// <summary>What stands next inside an entry or a @string, between its fields.</summary>
    private enum Separator
    {
        Comma,
        Closer,
        Other,
        EndOfEntry,
    }

    /// <summary>A value as read: its BibTeX text and where it lies.</summary>
    private sealed class Value
    {
        public Value(string raw, int start, int end)
        {
            Raw = raw;
            Start = start;
            End = end;
        }

        public string Raw { get; }

        public int Start { get; }

        public int End { get; }
    }

    private sealed class Parser
    {
        /// <summary>How many names a "did you mean" looks at, and how long they may be: suggestions stay cheap on any file.</summary>
        private const int MaxSuggestionCandidates = 200;
        private const int MaxSuggestionLength = 40;

        private readonly string _path;
        private readonly string _text;
        private readonly int _n;
        private readonly LineMap _lines;
        private readonly DiagnosticList _diagnostics;
        private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _macroNames = new();
        private readonly Dictionary<string, int> _keys = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<BibEntry> _entries = new();
        private readonly List<string> _preambles = new();
        private readonly HashSet<string> _reportedCommands = new(StringComparer.Ordinal);
        private long _expanded;
        private bool _expansionReported;
        private bool _entryErrors;
        private bool _lastQuotedEndsWithBackslash;
        private int _pos;

        public Parser(string path, string text, LineMap lines, DiagnosticList diagnostics)
        {
            _path = path;
            _text = text;
            _n = text.Length;
            _lines = lines;
            _diagnostics = diagnostics;
            for (var m = 0; m < BibEntry.MonthNames.Length; m++)
            {
                var name = BibEntry.MonthNames[m].Substring(0, 3).ToLowerInvariant();
                _macros[name] = BibEntry.MonthNames[m];
                _macroNames.Add(name);
            }
        }

        public BibFile Run()
        {
            ReportEncodingDamage();
            _pos = _n > 0 && _text[0] == '\uFEFF' ? 1 : 0;
            while (_pos < _n)
            {
                var at = _text.IndexOf('@', _pos);
                if (at < 0)
                {
                    break;
                }

                _pos = at;
                ReadAt(AtLineStart(at));
            }

            return new BibFile(_path, _entries.ToEquatableArray(), _preambles.ToEquatableArray(), _diagnostics.ToEquatableArray());
        }

        // ---- Top level ---------------------------------------------------------------------------------------

        /// <summary>Reads what starts at the '@' at <see cref="_pos"/>: an entry, @string, @preamble, @comment, or nothing (text between entries).</summary>
        private void ReadAt(bool lineStart)
        {
            var at = _pos;
            var p = at + 1;
            while (p < _n && (_text[p] == ' ' || _text[p] == '\t'))
            {
                p++;
            }

            var typeStart = p;
            while (p < _n && IsNameChar(_text[p]))
            {
                p++;
            }

            var typeEnd = p;
            if (typeEnd == typeStart)
            {
                // '@' in text between entries ("mail me@example.org") is text; at the start of a line it was meant as an entry.
                if (lineStart)
                {
                    Error(DiagnosticDescriptors.BibSyntaxError, _lines.Location(at, at + 1), "an entry type after '@'", Describe(p, FoundLength(p)), "write an entry as @article{key, title = {...}}");
                }

                _pos = at + 1;
                return;
            }

            var type = _text.Substring(typeStart, typeEnd - typeStart);
            var lower = type.ToLowerInvariant();
            var q = typeEnd;
            while (q < _n && IsTrivia(_text[q]))
            {
                q++;
            }

            if (q >= _n || (_text[q] != '{' && _text[q] != '('))
            {
                // "@comment" without braces is a comment line, as in BibTeX; elsewhere a line that starts with @type wants a brace.
                if (lineStart && lower != "comment")
                {
                    SyntaxError(q, "'{' after '@" + type + "'", "write @" + type + "{key, ...}");
                }

                _pos = typeEnd;
                return;
            }

            var opener = q;
            var closer = _text[q] == '{' ? '}' : ')';
            _pos = q + 1;
            switch (lower)
            {
                case "comment":
                    SkipComment(opener, closer);
                    break;
                case "preamble":
                    ReadPreamble(opener, closer);
                    break;
                case "string":
                    ReadString(opener, closer);
                    break;
                default:
                    ReadEntry(type, lower, typeStart, typeEnd, opener, closer);
                    break;
            }
        }

        private bool AtLineStart(int at)
        {
            var k = at - 1;
            while (k >= 0 && (_text[k] == ' ' || _text[k] == '\t' || (k == 0 && _text[k] == '\uFEFF')))
            {
                k--;
            }

            return k < 0 || _text[k] == '\n' || _text[k] == '\r';
        }

        /// <summary>Whether the line starting at <paramref name="lineStart"/> starts an entry: spaces, '@', spaces, a type, spaces, '{' or '('.</summary>
        private bool IsEntryStart(int lineStart)
        {
            var k = lineStart;
            while (k < _n && (_text[k] == ' ' || _text[k] == '\t'))
            {
                k++;
            }

            if (k >= _n || _text[k] != '@')
            {
                return false;
            }

            k++;
            while (k < _n && (_text[k] == ' ' || _text[k] == '\t'))
            {
                k++;
            }

            var nameStart = k;
            while (k < _n && IsNameChar(_text[k]))
            {
                k++;
            }

            if (k == nameStart)
            {
                return false;
            }

            while (k < _n && (_text[k] == ' ' || _text[k] == '\t'))
            {
                k++;
            }

            return k < _n && (_text[k] == '{' || _text[k] == '(');
        }

        /// <summary>Skips to the start of the next line that starts an entry, or to the end: recovery after a syntax error.</summary>
        private void Recover()
        {
            var i = _pos;
            while (i < _n)
            {
                var c = _text[i++];
                if ((c == '\n' || c == '\r') && IsEntryStart(i))
                {
                    _pos = i;
                    return;
                }
            }

            _pos = _n;
        }

        /// <summary>Skips white space and '%' comments inside an entry; stops at the start of a line that starts the next entry.</summary>
        private Stop SkipTrivia()
        {
            while (_pos < _n)
            {
                var c = _text[_pos];
                if (c == '%')
                {
                    while (_pos < _n && _text[_pos] != '\n' && _text[_pos] != '\r')
                    {
                        _pos++;
                    }

                    continue;
                }

                if (!IsTrivia(c))
                {
                    return Stop.None;
                }

                _pos++;
                if ((c == '\n' || c == '\r') && IsEntryStart(_pos))
                {
                    return Stop.NextEntry;
                }
            }

            return Stop.End;
        }

        private void SkipComment(int opener, char closer)
        {
            var open = _text[opener];
            var depth = 1;
            var i = opener + 1;
            while (i < _n)
            {
                var c = _text[i++];
                if (c == open)
                {
                    depth++;
                }
                else if (c == closer && --depth == 0)
                {
                    _pos = i;
                    return;
                }
                else if ((c == '\n' || c == '\r') && IsEntryStart(i))
                {
                    _pos = i;
                    Unclosed(opener, Stop.NextEntry);
                    return;
                }
            }

            _pos = _n;
            Unclosed(opener, Stop.End);
        }

        private void ReadPreamble(int opener, char closer)
        {
            var stop = SkipTrivia();
            if (stop != Stop.None)
            {
                Unclosed(opener, stop);
                return;
            }

            var value = ReadValue();
            if (value is null)
            {
                return;
            }

            _preambles.Add(value.Raw);
            stop = SkipTrivia();
            if (stop != Stop.None)
            {
                Unclosed(opener, stop);
                return;
            }

            if (_text[_pos] == closer)
            {
                _pos++;
                return;
            }

            SyntaxError(_pos, "'" + closer + "' after the @preamble text", "a @preamble holds one value, e.g. @preamble{\"\\newcommand{\\noop}[1]{}\"}");
            Recover();
        }

        private void ReadString(int opener, char closer)
        {
            while (true)
            {
                switch (ReadSeparator(opener, closer))
                {
                    case Separator.Comma:
                        continue;
                    case Separator.Closer:
                    case Separator.EndOfEntry:
                        return;
                }

                var nameStart = _pos;
                while (_pos < _n && IsNameChar(_text[_pos]))
                {
                    _pos++;
                }

                if (_pos == nameStart)
                {
                    SyntaxError(_pos, "a macro name", "write @string{name = {text}}");
                    Recover();
                    return;
                }

                var name = _text.Substring(nameStart, _pos - nameStart);
                if (!ReadEquals(name, nameStart, opener))
                {
                    return;
                }

                var value = ReadValue();
                if (value is null)
                {
                    return;
                }

                if (!_macros.ContainsKey(name))
                {
                    _macroNames.Add(name);
                }

                _macros[name] = value.Raw;
                switch (ReadSeparator(opener, closer))
                {
                    case Separator.Comma:
                        continue;
                    case Separator.Other:
                        SyntaxError(_pos, "',' or '" + closer + "' after the value of '" + name + "'", "write @string{name = {text}}");
                        Recover();
                        return;
                    default:
                        return;
                }
            }
        }

        // ---- Entries -----------------------------------------------------------------------------------------

        private void ReadEntry(string type, string lower, int typeStart, int typeEnd, int opener, char closer)
        {
            _entryErrors = false;
            var fields = new List<BibField>();
            var fieldLines = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!Types.Contains(lower))
            {
                _diagnostics.Add(DiagnosticDescriptors.BibUnknownEntryType, _lines.Location(typeStart, typeEnd), type, Suggestion(type, Types));
            }

            var key = string.Empty;
            var keyLocation = _lines.Location(opener, opener + 1);
            ReadEntryBody(type, opener, closer, fields, fieldLines, ref key, ref keyLocation);

            var hasErrors = _entryErrors;
            if (key.Length > 0)
            {
                if (_keys.TryGetValue(key, out var firstLine))
                {
                    _diagnostics.Add(DiagnosticDescriptors.BibDuplicateKey, keyLocation, key, firstLine.ToString(CultureInfo.InvariantCulture));
                    hasErrors = true;
                }
                else
                {
                    _keys.Add(key, keyLocation.LineSpan.Start.Line + 1);
                }
            }
            else
            {
                hasErrors = true;
            }

            _entries.Add(new BibEntry(lower, key, keyLocation, fields.ToEquatableArray(), hasErrors));
        }

        private void ReadEntryBody(string type, int opener, char closer, List<BibField> fields, Dictionary<string, int> fieldLines, ref string key, ref LocationInfo keyLocation)
        {
            var stop = SkipTrivia();
            if (stop != Stop.None)
            {
                Unclosed(opener, stop);
                return;
            }

            var keyStart = _pos;
            while (_pos < _n && IsKeyChar(_text[_pos]))
            {
                _pos++;
            }

            var keyEnd = _pos;
            stop = SkipTrivia();
            if (stop != Stop.None)
            {
                if (keyEnd > keyStart)
                {
                    key = _text.Substring(keyStart, keyEnd - keyStart);
                    keyLocation = _lines.Location(keyStart, keyEnd);
                }

                Unclosed(opener, stop);
                return;
            }

            string? pendingName = null;
            var pendingStart = 0;
            var c = _text[_pos];
            if (keyEnd == keyStart)
            {
                if (c == ',' || c == closer)
                {
                    Error(DiagnosticDescriptors.BibMissingKey, _lines.Location(opener, opener + 1), type);
                    _pos++;
                    if (c == closer)
                    {
                        return;
                    }
                }
                else
                {
                    SyntaxError(_pos, "the entry's key", "write @" + type + "{key, ...}");
                    Recover();
                    return;
                }
            }
            else if (c == '=')
            {
                // @article{title = {...}: what was read as the key is the first field's name.
                Error(DiagnosticDescriptors.BibMissingKey, _lines.Location(opener, opener + 1), type);
                pendingName = _text.Substring(keyStart, keyEnd - keyStart);
                pendingStart = keyStart;
            }
            else
            {
                key = _text.Substring(keyStart, keyEnd - keyStart);
                keyLocation = _lines.Location(keyStart, keyEnd);
                if (c == ',')
                {
                    _pos++;
                }
                else if (c == closer)
                {
                    _pos++;
                    return;
                }
                else if (LooksLikeField(_pos, out var tokenEnd))
                {
                    Error(DiagnosticDescriptors.BibMissingComma, _lines.Location(_pos, tokenEnd), _text.Substring(_pos, tokenEnd - _pos));
                }
                else
                {
                    SyntaxError(_pos, "',' after the key '" + key + "'", "write @" + type + "{" + key + ", title = {...}, ...}");
                    Recover();
                    return;
                }
            }

            while (true)
            {
                string name;
                int nameStart;
                if (pendingName is null)
                {
                    switch (ReadSeparator(opener, closer))
                    {
                        case Separator.Comma:
                            continue;
                        case Separator.Closer:
                        case Separator.EndOfEntry:
                            return;
                    }

                    nameStart = _pos;
                    while (_pos < _n && IsNameChar(_text[_pos]))
                    {
                        _pos++;
                    }

                    if (_pos == nameStart)
                    {
                        SyntaxError(_pos, "a field name or '" + closer + "'", "write the fields as name = {value}, separated by commas");
                        Recover();
                        return;
                    }

                    name = _text.Substring(nameStart, _pos - nameStart);
                }
                else
                {
                    name = pendingName;
                    nameStart = pendingStart;
                    pendingName = null;
                }

                var nameEnd = nameStart + name.Length;
                if (!ReadEquals(name, nameStart, opener))
                {
                    return;
                }

                var value = ReadValue();
                if (value is null)
                {
                    return;
                }

                AddField(fields, fieldLines, name, nameStart, nameEnd, value);
                switch (ReadSeparator(opener, closer))
                {
                    case Separator.Comma:
                        continue;
                    case Separator.Closer:
                    case Separator.EndOfEntry:
                        return;
                }

                if (LooksLikeField(_pos, out var tokenEnd))
                {
                    Error(DiagnosticDescriptors.BibMissingComma, _lines.Location(_pos, tokenEnd), _text.Substring(_pos, tokenEnd - _pos));
                }
                else
                {
                    var hint = _lastQuotedEndsWithBackslash
                        ? "a '\"' ends a quoted value even after a backslash: write {\\\"o} for ö, or put the value in braces"
                        : "separate the fields with commas and end the entry with '" + closer + "'";
                    SyntaxError(_pos, "',' or '" + closer + "' after the value of '" + name + "'", hint);
                    Recover();
                    return;
                }
            }
        }

        /// <summary>
        /// After trivia inside an entry or a @string: a comma or the closer (either read), anything else (left to the
        /// caller), or the end of the text or of the entry (reported as unclosed).
        /// </summary>
        private Separator ReadSeparator(int opener, char closer)
        {
            var stop = SkipTrivia();
            if (stop != Stop.None)
            {
                Unclosed(opener, stop);
                return Separator.EndOfEntry;
            }

            var c = _text[_pos];
            if (c != ',' && c != closer)
            {
                return Separator.Other;
            }

            _pos++;
            return c == ',' ? Separator.Comma : Separator.Closer;
        }

        /// <summary>Reads the '=' after a field or macro name (reporting a missing one before a value) and the trivia after it; false when the entry ends here.</summary>
        private bool ReadEquals(string name, int nameStart, int opener)
        {
            var stop = SkipTrivia();
            if (stop != Stop.None)
            {
                Unclosed(opener, stop);
                return false;
            }

            var c = _text[_pos];
            if (c == '=')
            {
                _pos++;
            }
            else if (c == '{' || c == '"' || IsNameChar(c))
            {
                Error(DiagnosticDescriptors.BibMissingEquals, _lines.Location(nameStart, nameStart + name.Length), name);
            }
            else
            {
                SyntaxError(_pos, "'=' after the field name '" + name + "'", "write " + name + " = {...}");
                Recover();
                return false;
            }

            stop = SkipTrivia();
            if (stop != Stop.None)
            {
                Unclosed(opener, stop);
                return false;
            }

            return true;
        }

        /// <summary>Whether a name followed by '=' starts at <paramref name="start"/>: a field after a missing comma.</summary>
        private bool LooksLikeField(int start, out int nameEnd)
        {
            var k = start;
            while (k < _n && IsNameChar(_text[k]))
            {
                k++;
            }

            nameEnd = k;
            if (k == start)
            {
                return false;
            }

            while (k < _n && IsTrivia(_text[k]))
            {
                k++;
            }

            return k < _n && _text[k] == '=';
        }

        private void AddField(List<BibField> fields, Dictionary<string, int> fieldLines, string name, int nameStart, int nameEnd, Value value)
        {
            var lower = name.ToLowerInvariant();
            var nameLocation = _lines.Location(nameStart, nameEnd);
            if (fieldLines.TryGetValue(lower, out var firstLine))
            {
                _diagnostics.Add(DiagnosticDescriptors.BibDuplicateField, nameLocation, lower, firstLine.ToString(CultureInfo.InvariantCulture));
                return;
            }

            fieldLines.Add(lower, nameLocation.LineSpan.Start.Line + 1);
            string decoded;
            if (IsVerbatimField(lower))
            {
                decoded = DecodeVerbatim(value.Raw);
            }
            else
            {
                var unknown = new List<string>();
                decoded = Latex.Decode(value.Raw, unknown);
                foreach (var command in unknown)
                {
                    if (_reportedCommands.Add(command))
                    {
                        _diagnostics.Add(DiagnosticDescriptors.BibUnknownCommand, Find(command, value), command, lower);
                    }
                }
            }

            if (BibNames.IsNameField(lower))
            {
                CheckNames(lower, value);
            }

            fields.Add(new BibField(lower, decoded, value.Raw, nameLocation, _lines.Location(value.Start, value.End)));
        }

        private void CheckNames(string field, Value value)
        {
            var problems = new List<(string Name, string Problem)>();
            BibNames.Parse(value.Raw, problems);
            foreach (var (name, problem) in problems)
            {
                if (name.Length == 0)
                {
                    _diagnostics.Add(DiagnosticDescriptors.BibEmptyName, _lines.Location(value.Start, value.End), field, problem);
                }
                else
                {
                    _diagnostics.Add(DiagnosticDescriptors.BibMalformedName, Find(name, value), name, field, problem);
                }
            }
        }

        /// <summary>Where a piece of a value's text is in the file (its first occurrence in the value), else the whole value.</summary>
        private LocationInfo Find(string piece, Value value)
        {
            if (_diagnostics.Count < DiagnosticList.MaxPerFile && piece.Length > 0)
            {
                // A bounded window: the first place is what matters, and a huge value must not make every report a long search.
                var at = _text.IndexOf(piece, value.Start, Math.Min(value.End - value.Start, 100_000), StringComparison.Ordinal);
                if (at >= 0)
                {
                    return _lines.Location(at, at + piece.Length);
                }
            }

            return _lines.Location(value.Start, value.End);
        }

        // ---- Values ------------------------------------------------------------------------------------------

        /// <summary>Reads a value (pieces joined by '#') at <see cref="_pos"/>; null when it is broken (reported, and recovered from).</summary>
        private Value? ReadValue()
        {
            var start = _pos;
            var raw = new StringBuilder();
            _lastQuotedEndsWithBackslash = false;
            while (true)
            {
                var c = _text[_pos];
                if (c == '{')
                {
                    if (!ReadBraced(raw))
                    {
                        return null;
                    }
                }
                else if (c == '"')
                {
                    if (!ReadQuoted(raw))
                    {
                        return null;
                    }
                }
                else if (IsNameChar(c))
                {
                    ReadBare(raw);
                }
                else
                {
                    SyntaxError(_pos, "a value: {...}, \"...\", a number or a @string name", "write the value in braces, e.g. title = {...}");
                    Recover();
                    return null;
                }

                var end = _pos;
                var stop = SkipTrivia();
                if (stop == Stop.None && _text[_pos] == '#')
                {
                    _pos++;
                    stop = SkipTrivia();
                    if (stop != Stop.None)
                    {
                        SyntaxError(_pos, "a value after '#'", "join values as a # {b}");
                        return null;
                    }

                    continue;
                }

                _pos = end;
                return new Value(raw.ToString(), start, end);
            }
        }

        private bool ReadBraced(StringBuilder raw)
        {
            var open = _pos;
            var depth = 0;
            var i = open;
            while (i < _n)
            {
                var c = _text[i++];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    if (--depth == 0)
                    {
                        raw.Append(_text, open + 1, i - open - 2);
                        _pos = i;
                        return true;
                    }
                }
                else if ((c == '\n' || c == '\r') && IsEntryStart(i))
                {
                    _pos = i;
                    Unclosed(open, Stop.NextEntry);
                    return false;
                }
            }

            _pos = _n;
            Unclosed(open, Stop.End);
            return false;
        }

        private bool ReadQuoted(StringBuilder raw)
        {
            var open = _pos;
            var depth = 0;
            var i = open + 1;
            while (i < _n)
            {
                var c = _text[i++];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    if (depth == 0)
                    {
                        // "...} : the brace ends the entry before the quote is closed.
                        var position = _lines.PositionOf(i - 1);
                        Error(DiagnosticDescriptors.BibUnterminatedQuote, _lines.Location(open, open + 1), "a '}' on line " + (position.Line + 1).ToString(CultureInfo.InvariantCulture) + ", column " + (position.Character + 1).ToString(CultureInfo.InvariantCulture) + " comes first");
                        _pos = i;
                        Recover();
                        return false;
                    }

                    depth--;
                }
                else if (c == '"' && depth == 0)
                {
                    var length = i - open - 2;
                    raw.Append(_text, open + 1, length);
                    _lastQuotedEndsWithBackslash = length > 0 && _text[i - 2] == '\\';
                    _pos = i;
                    return true;
                }
                else if ((c == '\n' || c == '\r') && IsEntryStart(i))
                {
                    _pos = i;
                    Error(DiagnosticDescriptors.BibUnterminatedQuote, _lines.Location(open, open + 1), Reason(Stop.NextEntry));
                    return false;
                }
            }

            _pos = _n;
            Error(DiagnosticDescriptors.BibUnterminatedQuote, _lines.Location(open, open + 1), Reason(Stop.End));
            return false;
        }

        private void ReadBare(StringBuilder raw)
        {
            var start = _pos;
            while (_pos < _n && IsNameChar(_text[_pos]))
            {
                _pos++;
            }

            var token = _text.Substring(start, _pos - start);
            var digits = true;
            foreach (var ch in token)
            {
                digits &= ch >= '0' && ch <= '9';
            }

            if (digits)
            {
                raw.Append(token);
                return;
            }

            if (token[0] >= '0' && token[0] <= '9')
            {
                SyntaxError(start, "a number", "put text in braces, {" + token + "}");
                raw.Append(token);
                return;
            }

            if (!_macros.TryGetValue(token, out var expansion))
            {
                _diagnostics.Add(DiagnosticDescriptors.BibUnknownMacro, _lines.Location(start, _pos), token, Suggestion(token, _macroNames));
                raw.Append(token);
                return;
            }

            _expanded += expansion.Length;
            if (_expanded > MaxExpansion)
            {
                if (!_expansionReported)
                {
                    _expansionReported = true;
                    Error(DiagnosticDescriptors.BibExpansionTooLarge, _lines.Location(start, _pos), MaxExpansion.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    _entryErrors = true;
                }

                return;
            }

            raw.Append(expansion);
        }

        // ---- Diagnostics -------------------------------------------------------------------------------------

        private void Error(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        {
            _entryErrors = true;
            _diagnostics.Add(descriptor, location, arguments);
        }

        private void Unclosed(int opener, Stop stop)
        {
            var open = _text[opener];
            var close = open == '{' ? "}" : open == '(' ? ")" : "\"";
            Error(DiagnosticDescriptors.BibUnclosedBrace, _lines.Location(opener, opener + 1), open.ToString(), Reason(stop), close);
        }

        private string Reason(Stop stop)
            => stop == Stop.End
                ? "the file ends first"
                : "the entry on line " + (_lines.PositionOf(_pos).Line + 1).ToString(CultureInfo.InvariantCulture) + " starts first";

        private void SyntaxError(int at, string expected, string fix)
        {
            var length = FoundLength(at);
            Error(DiagnosticDescriptors.BibSyntaxError, _lines.Location(at, at + length), expected, Describe(at, length), fix);
        }

        private int FoundLength(int at)
        {
            if (at >= _n)
            {
                return 0;
            }

            if (IsNameChar(_text[at]))
            {
                var end = at;
                while (end < _n && end - at < 40 && IsNameChar(_text[end]))
                {
                    end++;
                }

                return end - at;
            }

            return char.IsHighSurrogate(_text[at]) && at + 1 < _n && char.IsLowSurrogate(_text[at + 1]) ? 2 : 1;
        }

        private string Describe(int at, int length)
        {
            if (at >= _n)
            {
                return "the end of the file";
            }

            var c = _text[at];
            if (c == '\n' || c == '\r')
            {
                return "the end of the line";
            }

            if (length == 1 && (char.IsControl(c) || char.IsWhiteSpace(c) || c == '\uFEFF' || char.IsSurrogate(c)))
            {
                return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            }

            return "'" + _text.Substring(at, length) + "'";
        }

        private string Suggestion(string name, IEnumerable<string> candidates)
        {
            // Only for a diagnostic that is kept: past the cap, a flood of unknown names costs no edit distances.
            if (name.Length > MaxSuggestionLength || _diagnostics.Count >= DiagnosticList.MaxPerFile)
            {
                return string.Empty;
            }

            var bounded = new List<string>();
            foreach (var candidate in candidates)
            {
                if (bounded.Count == MaxSuggestionCandidates)
                {
                    break;
                }

                if (candidate.Length <= MaxSuggestionLength && !string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                {
                    bounded.Add(candidate);
                }
            }

            bounded.Sort(StringComparer.Ordinal);
            // Stricter than Nearest alone: three-letter names (the month macros) are all within two edits of each other.
            var nearest = EditDistance.Nearest(name, bounded, 1);
            return nearest.Count == 0 || EditDistance.Compute(name.ToLowerInvariant(), nearest[0].ToLowerInvariant()) > Math.Max(1, name.Length / 3)
                ? string.Empty
                : " (did you mean '" + nearest[0] + "'?)";
        }

        /// <summary>
        /// A file that is not valid UTF-8 reaches the generator with U+FFFD or C1 control characters in it (see
        /// docs/diagnostics.md, CG0012): reported once at the first such character; the file is still read.
        /// </summary>
        private void ReportEncodingDamage()
        {
            for (var i = 0; i < _n; i++)
            {
                var c = _text[i];
                if (c == '\uFFFD' || (c >= '\u0080' && c <= '\u009F'))
                {
                    var shown = new StringBuilder();
                    for (var k = i; k < _n && k < i + 8; k++)
                    {
                        var ch = _text[k];
                        shown.Append(char.IsControl(ch) ? "\\u" + ((int)ch).ToString("X4", CultureInfo.InvariantCulture) : ch.ToString());
                    }

                    _diagnostics.Add(DiagnosticDescriptors.NotUtf8, _lines.Location(i, i + 1), shown.ToString());
                    return;
                }
            }
        }
    }
}
