using System;
using System.Collections.Generic;
using System.Text;

namespace ContentGen.Bibliography;

/// <summary>
/// Decodes the LaTeX of a BibTeX value to plain Unicode text, in one pass with an explicit stack (no recursion, so
/// any brace depth is safe, and linear time):
/// <list type="bullet">
/// <item>accents <c>\' \` \^ \" \~ \= \. \u \v \H \c \k \r \d \b \t</c> in every form (<c>{\'e}</c>, <c>\'{e}</c>,
/// <c>\'e</c>, <c>\' e</c>, <c>\'{\i}</c>), composed to one character where Unicode has one (NFC of the letter and its
/// marks only; the rest of the text is not normalised); an accent with nothing to sit on is the spacing accent
/// (<c>\~{}</c> → <c>~</c>);</item>
/// <item>special letters <c>\o \O \ae \AE \oe \OE \aa \AA \ss \l \L \i \j \dh \DH \th \TH \ng \NG \dj \DJ</c>;</item>
/// <item>escapes <c>\&amp; \% \$ \# \_ \{ \}</c>; <c>\\</c> (a line break) and <c>\ </c> are a space; <c>\,</c> is a
/// narrow no-break space (U+202F); <c>\- \/ \! \@</c> are nothing;</item>
/// <item><c>~</c> is a no-break space (U+00A0); <c>--</c> an en dash, <c>---</c> an em dash, <c>``</c> and
/// <c>''</c> curly double quotes (single quotes are kept as typed);</item>
/// <item>braces are removed (protection braces, groups); text styles (<c>\textit{x}</c>, <c>\emph{x}</c>,
/// <c>\textbf{x}</c>, <c>{\em x}</c>, …) keep their text; <c>\url{x}</c> keeps its argument as written; <c>\href{url}{text}</c> keeps the text;</item>
/// <item>math <c>$...$</c> is kept as text without the dollars; Greek letters and common symbols (<c>\alpha</c>,
/// <c>\times</c>, <c>\leq</c>, …) are decoded there and elsewhere;</item>
/// <item>a control word eats the spaces after it, as in TeX (<c>Stra\ss e</c> → Straße; write <c>\LaTeX{}</c> or
/// <c>{\LaTeX}</c> before a space), except in math;</item>
/// <item>runs of spaces, tabs and line breaks are one space; the result is trimmed.</item>
/// </list>
/// A command it does not know is kept as written (with its braces, <c>\foo{x}</c>), and reported through the
/// <c>unknown</c> collection so the reader can warn.
/// </summary>
internal static class Latex
{
    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["`"] = '\u0300', ["'"] = '\u0301', ["^"] = '\u0302', ["~"] = '\u0303', ["="] = '\u0304', ["u"] = '\u0306',
        ["."] = '\u0307', ["\""] = '\u0308', ["r"] = '\u030A', ["H"] = '\u030B', ["v"] = '\u030C', ["d"] = '\u0323',
        ["c"] = '\u0327', ["k"] = '\u0328', ["b"] = '\u0331', ["t"] = '\u0361',
    };

    /// <summary>What an accent with nothing to sit on (<c>\~{}</c>) stands for.</summary>
    private static readonly Dictionary<char, string> SpacingAccents = new()
    {
        ['\u0300'] = "`", ['\u0301'] = "\u00B4", ['\u0302'] = "^", ['\u0303'] = "~", ['\u0304'] = "\u00AF", ['\u0306'] = "\u02D8",
        ['\u0307'] = "\u02D9", ['\u0308'] = "\u00A8", ['\u030A'] = "\u02DA", ['\u030B'] = "\u02DD", ['\u030C'] = "\u02C7",
        ['\u0323'] = ".", ['\u0327'] = "\u00B8", ['\u0328'] = "\u02DB", ['\u0331'] = "_", ['\u0361'] = "\u2040",
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å",
        ["ss"] = "ß", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ",
        ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        // Control symbols.
        ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["_"] = "_", ["{"] = "{", ["}"] = "}", [","] = "\u202F",
        [";"] = " ", [":"] = " ", [">"] = " ", [" "] = " ", ["\\"] = " ", ["\t"] = " ", ["\n"] = " ", ["\r"] = " ",
        ["-"] = string.Empty, ["/"] = string.Empty, ["!"] = string.Empty, ["@"] = string.Empty, ["|"] = "\u2016",

        // Text symbols.
        ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…", ["textendash"] = "–", ["textemdash"] = "—",
        ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“", ["textquotedblright"] = "”",
        ["textquotedbl"] = "\"", ["textquotesingle"] = "'", ["textasciitilde"] = "~", ["textasciicircum"] = "^",
        ["textbackslash"] = "\\", ["textunderscore"] = "_", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
        ["textbraceleft"] = "{", ["textbraceright"] = "}", ["textdollar"] = "$", ["textasciigrave"] = "`", ["textasciiacute"] = "\u00B4",
        ["textperiodcentered"] = "·", ["textbullet"] = "•", ["textdagger"] = "†", ["dag"] = "†", ["textdaggerdbl"] = "‡",
        ["ddag"] = "‡", ["textsection"] = "§", ["S"] = "§", ["textparagraph"] = "¶", ["P"] = "¶", ["copyright"] = "©",
        ["textcopyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™", ["pounds"] = "£", ["textsterling"] = "£",
        ["euro"] = "€", ["texteuro"] = "€", ["textyen"] = "¥", ["textcent"] = "¢", ["textdegree"] = "°",
        ["textperthousand"] = "‰", ["guillemotleft"] = "«", ["guillemotright"] = "»", ["guillemetleft"] = "«",
        ["guillemetright"] = "»", ["guilsinglleft"] = "‹", ["guilsinglright"] = "›", ["quotedblbase"] = "„",
        ["quotesinglbase"] = "‚", ["textexclamdown"] = "¡", ["textquestiondown"] = "¿", ["textvisiblespace"] = "␣",
        ["textonehalf"] = "½", ["textonequarter"] = "¼", ["textthreequarters"] = "¾", ["textordfeminine"] = "ª",
        ["textordmasculine"] = "º", ["textnumero"] = "№", ["textmu"] = "µ", ["textminus"] = "−", ["texttimes"] = "×",
        ["textdiv"] = "÷", ["textpm"] = "±", ["textasteriskcentered"] = "*", ["LaTeX"] = "LaTeX", ["LaTeXe"] = "LaTeX2e",
        ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["par"] = " ", ["newline"] = " ", ["linebreak"] = " ", ["quad"] = " ",
        ["qquad"] = " ", ["enspace"] = " ", ["thinspace"] = "\u202F", ["nobreakspace"] = "\u00A0",

        // Greek letters and mathematical symbols (usually inside $...$).
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ",
        ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ",
        ["Psi"] = "Ψ", ["Omega"] = "Ω", ["times"] = "×", ["div"] = "÷", ["pm"] = "±", ["mp"] = "∓", ["cdot"] = "·",
        ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈",
        ["sim"] = "∼", ["simeq"] = "≃", ["equiv"] = "≡", ["propto"] = "∝", ["infty"] = "∞", ["to"] = "→",
        ["rightarrow"] = "→", ["leftarrow"] = "←", ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["leftrightarrow"] = "↔",
        ["Leftrightarrow"] = "⇔", ["mapsto"] = "↦", ["ell"] = "ℓ", ["partial"] = "∂", ["nabla"] = "∇", ["sum"] = "∑",
        ["prod"] = "∏", ["int"] = "∫", ["in"] = "∈", ["notin"] = "∉", ["subset"] = "⊂", ["subseteq"] = "⊆",
        ["supset"] = "⊃", ["supseteq"] = "⊇", ["cup"] = "∪", ["cap"] = "∩", ["forall"] = "∀", ["exists"] = "∃",
        ["emptyset"] = "∅", ["neg"] = "¬", ["lnot"] = "¬", ["land"] = "∧", ["wedge"] = "∧", ["lor"] = "∨", ["vee"] = "∨",
        ["circ"] = "∘", ["star"] = "⋆", ["ast"] = "∗", ["langle"] = "⟨", ["rangle"] = "⟩", ["cdots"] = "⋯",
        ["prime"] = "′", ["mid"] = "|", ["sqrt"] = "√", ["log"] = "log", ["ln"] = "ln", ["exp"] = "exp", ["min"] = "min",
        ["max"] = "max", ["sin"] = "sin", ["cos"] = "cos", ["lim"] = "lim", ["sup"] = "sup", ["inf"] = "inf",
    };

    /// <summary>Commands that only style their text (or their group), and markup with no text: they are dropped, their text kept.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textsl", "textup", "textmd", "textnormal", "emph",
        "mbox", "hbox", "text", "textsuperscript", "textsubscript", "mathrm", "mathbf", "mathit", "mathsf", "mathtt",
        "mathcal", "mathbb", "mathfrak", "mathnormal", "mathscr", "operatorname", "ensuremath", "boldsymbol", "bm",
        "MakeUppercase", "MakeLowercase", "MakeTextUppercase", "MakeTextLowercase", "uppercase", "lowercase",
        "underline", "footnote", "enquote", "nocase", "NoCaseChange", "em", "it", "bf", "sc", "rm", "tt", "sf", "sl",
        "up", "itshape", "bfseries", "scshape", "upshape", "slshape", "mdseries", "normalfont", "rmfamily", "sffamily",
        "ttfamily", "relax", "protect", "displaystyle", "textstyle", "scriptstyle", "small", "large", "Large", "LARGE",
        "tiny", "scriptsize", "footnotesize", "normalsize", "huge", "Huge", "unskip", "null", "ignorespaces", "xspace",
        "hfill", "allowbreak", "left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr",
    };

    /// <summary>Commands whose first argument is not text and is dropped (<c>\href{url}{text}</c> keeps the text).</summary>
    private static readonly HashSet<string> DropFirstArgument = new(StringComparer.Ordinal)
    {
        "href", "noopsort", "sortnoop", "SortNoop", "hspace", "vspace", "color", "textcolor", "label", "index", "hyphenation",
    };

    /// <summary>Commands whose argument is kept exactly as written (<c>\url{https://a.org/~b_c}</c>).</summary>
    private static readonly HashSet<string> VerbatimArgument = new(StringComparer.Ordinal) { "url", "nolinkurl", "path", "doi" };

    private enum FrameKind
    {
        Group,
        Accent,
        KeepBraces,
    }

    /// <summary>Decodes a BibTeX value (or any LaTeX text) to plain text; commands it does not know are kept as written.</summary>
    public static string Decode(string text) => Decode(text, null);

    /// <summary>As <see cref="Decode(string)"/>, adding each command kept as written (<c>\foo</c>) to <paramref name="unknown"/>.</summary>
    public static string Decode(string text, ICollection<string>? unknown)
    {
        var decoder = new Decoder(text, unknown);
        return decoder.Run();
    }

    /// <summary>Whether a character is BibTeX white space: space, tab, line feed, carriage return, form feed, vertical tab.</summary>
    public static bool IsSpace(char c) => ContentGen.Runtime.CitationWriter.IsSpace(c);

    /// <summary>Whether a control word names an accent (<c>\v</c>, <c>\c</c>) or a special letter (<c>\o</c>, <c>\ss</c>); for name case detection.</summary>
    internal static bool IsAccent(string command) => Accents.ContainsKey(command);

    internal static bool IsSpecialLetter(string command) => Letters.ContainsKey(command);

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private sealed class Decoder
    {
        private readonly string _text;
        private readonly ICollection<string>? _unknown;
        private readonly StringBuilder _out;
        private readonly List<(FrameKind Kind, int Id)> _frames = new();

        /// <summary>Accents waiting for the next letter, outermost first, each with the id of its group (or -1).</summary>
        private readonly List<(char Mark, int Frame)> _pending = new();
        private int _nextFrameId;
        private bool _math;
        private int _i;

        public Decoder(string text, ICollection<string>? unknown)
        {
            _text = text;
            _unknown = unknown;
            _out = new StringBuilder(text.Length);
        }

        public string Run()
        {
            var text = _text;
            while (_i < text.Length)
            {
                var c = text[_i];
                switch (c)
                {
                    case '{':
                        _frames.Add((FrameKind.Group, _nextFrameId++));
                        _i++;
                        break;
                    case '}':
                        _i++;
                        CloseFrame();
                        break;
                    case '$':
                        _math = !_math;
                        _i++;
                        break;
                    case '\\':
                        Command();
                        break;
                    case '~':
                        EmitBase("\u00A0");
                        _i++;
                        break;
                    case '-' when !_math:
                        if (At(_i + 1) == '-' && At(_i + 2) == '-')
                        {
                            EmitBase("—");
                            _i += 3;
                        }
                        else if (At(_i + 1) == '-')
                        {
                            EmitBase("–");
                            _i += 2;
                        }
                        else
                        {
                            EmitBase("-");
                            _i++;
                        }

                        break;
                    case '`' when !_math && At(_i + 1) == '`':
                        EmitBase("“");
                        _i += 2;
                        break;
                    case '\'' when !_math && At(_i + 1) == '\'':
                        EmitBase("”");
                        _i += 2;
                        break;
                    default:
                        if (IsSpace(c))
                        {
                            Space();
                            _i++;
                        }
                        else
                        {
                            EmitCodePoint();
                        }

                        break;
                }
            }

            // Accents still waiting (an unclosed group) sit on nothing.
            for (var p = _pending.Count - 1; p >= 0; p--)
            {
                _out.Append(SpacingAccents[_pending[p].Mark]);
            }

            var length = _out.Length;
            while (length > 0 && _out[length - 1] == ' ')
            {
                length--;
            }

            return _out.ToString(0, length);
        }

        private char At(int index) => index < _text.Length ? _text[index] : '\0';

        private void CloseFrame()
        {
            if (_frames.Count == 0)
            {
                return; // a stray '}': dropped
            }

            var frame = _frames[_frames.Count - 1];
            _frames.RemoveAt(_frames.Count - 1);
            switch (frame.Kind)
            {
                case FrameKind.Accent:
                    if (_pending.Count > 0 && _pending[_pending.Count - 1].Frame == frame.Id)
                    {
                        // \'{} : nothing to sit on.
                        var mark = _pending[_pending.Count - 1].Mark;
                        _pending.RemoveAt(_pending.Count - 1);
                        EmitBase(SpacingAccents[mark]);
                    }

                    break;
                case FrameKind.KeepBraces:
                    _out.Append('}');
                    if (At(_i) == '{')
                    {
                        // \foo{a}{b}: every argument keeps its braces.
                        _frames.Add((FrameKind.KeepBraces, _nextFrameId++));
                        _out.Append('{');
                        _i++;
                    }

                    break;
            }
        }

        private void Command()
        {
            var text = _text;
            var start = _i;
            if (_i + 1 >= text.Length)
            {
                Unknown("\\");
                _out.Append('\\');
                _i++;
                return;
            }

            string name;
            var isWord = IsAsciiLetter(text[_i + 1]);
            if (isWord)
            {
                var end = _i + 1;
                while (end < text.Length && IsAsciiLetter(text[end]))
                {
                    end++;
                }

                name = text.Substring(_i + 1, end - _i - 1);
                _i = end;
            }
            else
            {
                name = text[_i + 1].ToString();
                _i += 2;
            }

            if (Accents.TryGetValue(name, out var mark))
            {
                Accent(mark);
                return;
            }

            if (Letters.TryGetValue(name, out var letter))
            {
                SkipSpacesAfterWord(isWord);

                // An accented \i or \j is a dotted i or j with the accent: \'{\i} → í.
                EmitBase(_pending.Count > 0 && (name == "i" || name == "j") ? name : letter);
                return;
            }

            if (Symbols.TryGetValue(name, out var symbol))
            {
                SkipSpacesAfterWord(isWord);
                if (symbol == " ")
                {
                    Space();
                }
                else if (symbol.Length > 0)
                {
                    EmitBase(symbol);
                }

                return;
            }

            if (isWord && Dropped.Contains(name))
            {
                SkipSpacesAfterWord(isWord);
                return;
            }

            if (isWord && DropFirstArgument.Contains(name))
            {
                SkipSpacesAfterWord(isWord);
                if (At(_i) == '{')
                {
                    SkipGroup();
                }

                return;
            }

            if (isWord && VerbatimArgument.Contains(name))
            {
                SkipSpacesAfterWord(isWord);
                if (At(_i) == '{')
                {
                    var open = _i;
                    SkipGroup();
                    var close = _text[_i - 1] == '}' ? _i - 1 : _i;
                    for (var k = open + 1; k < close; k++)
                    {
                        if (IsSpace(_text[k]))
                        {
                            Space();
                        }
                        else
                        {
                            _out.Append(_text[k]);
                        }
                    }
                }

                return;
            }

            if (!isWord && IsSpace(name[0]))
            {
                // A backslash before any white space is a space.
                Space();
                return;
            }

            // Not known: kept as written, with the braces of the arguments that follow it directly.
            var written = text.Substring(start, _i - start);
            Unknown(written);
            _out.Append(written);
            if (At(_i) == '{')
            {
                _frames.Add((FrameKind.KeepBraces, _nextFrameId++));
                _out.Append('{');
                _i++;
            }
        }

        private void Accent(char mark)
        {
            // The argument of an accent may follow after spaces, as in TeX: \c c, \' e.
            while (_i < _text.Length && IsSpace(_text[_i]))
            {
                _i++;
            }

            if (_i >= _text.Length || _text[_i] == '}')
            {
                EmitBase(SpacingAccents[mark]);
                return;
            }

            var c = _text[_i];
            if (c == '{')
            {
                var id = _nextFrameId++;
                _frames.Add((FrameKind.Accent, id));
                _pending.Add((mark, id));
                _i++;
                return;
            }

            if (c == '\\')
            {
                var end = _i + 1;
                while (end < _text.Length && IsAsciiLetter(_text[end]))
                {
                    end++;
                }

                var name = _text.Substring(_i + 1, end - _i - 1);
                if (Letters.ContainsKey(name))
                {
                    // \'\i, \v\o: the accent sits on the special letter that the command stands for.
                    _pending.Add((mark, -1));
                    Command();
                    return;
                }

                EmitBase(SpacingAccents[mark]);
                return;
            }

            if (c == '$' || c == '~' || c == '%' || c == '#' || c == '&')
            {
                EmitBase(SpacingAccents[mark]);
                return;
            }

            _pending.Add((mark, -1));
            EmitCodePoint();
        }

        private void SkipSpacesAfterWord(bool isWord)
        {
            // As in TeX, a control word eats the spaces after it (\ss e → ße, \LaTeX{} is); in math the spaces are kept,
            // as they are the only separators left once the math is text ($O(n \log n)$ → O(n log n)).
            if (!isWord || _math)
            {
                return;
            }

            while (_i < _text.Length && IsSpace(_text[_i]))
            {
                _i++;
            }
        }

        /// <summary>Skips a brace group from its '{' to its matching '}' (or to the end), counting braces.</summary>
        private void SkipGroup()
        {
            var depth = 0;
            while (_i < _text.Length)
            {
                var c = _text[_i++];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && --depth == 0)
                {
                    return;
                }
            }
        }

        private void Unknown(string written) => _unknown?.Add(written);

        private void Space()
        {
            if (_out.Length > 0 && _out[_out.Length - 1] != ' ')
            {
                _out.Append(' ');
            }
        }

        /// <summary>Emits the character (or surrogate pair) at the current position.</summary>
        private void EmitCodePoint()
        {
            var c = _text[_i];
            if (char.IsHighSurrogate(c) && _i + 1 < _text.Length && char.IsLowSurrogate(_text[_i + 1]))
            {
                EmitBase(_text.Substring(_i, 2));
                _i += 2;
                return;
            }

            EmitBase(c.ToString());
            _i++;
        }

        /// <summary>Emits text; the accents waiting for a letter sit on its first character, innermost first, composed.</summary>
        private void EmitBase(string value)
        {
            if (_pending.Count == 0 || value.Length == 0)
            {
                _out.Append(value);
                return;
            }

            var first = char.IsHighSurrogate(value[0]) && value.Length > 1 && char.IsLowSurrogate(value[1]) ? 2 : 1;
            var segment = new StringBuilder(value.Substring(0, first));
            for (var p = _pending.Count - 1; p >= 0; p--)
            {
                segment.Append(_pending[p].Mark);
            }

            _pending.Clear();
            _out.Append(Compose(segment.ToString()));
            _out.Append(value, first, value.Length - first);
        }

        private static string Compose(string letterWithMarks)
        {
            try
            {
                return letterWithMarks.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                // A lone surrogate cannot be normalised: keep the letter and its marks as they are.
                return letterWithMarks;
            }
        }
    }
}
