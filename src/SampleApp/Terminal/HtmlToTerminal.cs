using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SampleApp.Terminal;

/// <summary>
/// Renders the HTML that the generator rendered at build time (a body, or one section of it) for the terminal:
/// headings, paragraphs with bold, italic and code, nested lists, quotes, code blocks, rules and tables. It reads only
/// that HTML, never Markdown. Unknown tags keep their text; the generator escaped any raw HTML of the source, so what
/// looks like a tag in the text arrives as text.
/// </summary>
internal sealed class HtmlToTerminal
{
    private readonly List<IRenderable> _output = [];
    private readonly StringBuilder _inline = new();
    private readonly Stack<string> _styles = new();
    private readonly Stack<ListState> _lists = new();
    private string? _pendingBullet;
    private int _quoteDepth;
    private bool _preformatted;
    private string? _href;
    private int _cellsInRow;

    private HtmlToTerminal()
    {
    }

    /// <summary>The blocks of <paramref name="html"/>, one per line or more, blank lines after paragraphs and lists.</summary>
    public static IReadOnlyList<IRenderable> Blocks(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var renderer = new HtmlToTerminal();
        renderer.Run(html);
        return renderer._output;
    }

    /// <summary>The blocks of <paramref name="html"/> as one renderable, each block on its own lines.</summary>
    public static IRenderable Render(string html) => new Rows(Blocks(html));

    private void Run(string html)
    {
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0)
            {
                AddText(html[position..]);
                break;
            }

            AddText(html[position..open]);
            var close = TagEnd(html, open);
            if (close < 0)
            {
                AddText(html[open..]);
                break;
            }

            Tag(html[(open + 1)..close]);
            position = close + 1;
        }

        Flush(spaceAfter: false);
    }

    /// <summary>The index of the '>' that ends the tag at <paramref name="open"/>, skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int open)
    {
        char? quote = null;
        for (var i = open + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private void AddText(string raw)
    {
        if (raw.Length == 0)
        {
            return;
        }

        var text = WebUtility.HtmlDecode(raw);
        if (!_preformatted)
        {
            text = CollapseWhitespace(text, atLineStart: _inline.Length == 0 || _inline[^1] == ' ');
            if (text.Length == 0)
            {
                return;
            }
        }

        _inline.Append(Markup.Escape(text));
    }

    private static string CollapseWhitespace(string text, bool atLineStart)
    {
        var builder = new StringBuilder(text.Length);
        var space = atLineStart;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    builder.Append(' ');
                    space = true;
                }
            }
            else
            {
                builder.Append(c);
                space = false;
            }
        }

        return builder.ToString();
    }

    private void Tag(string tag)
    {
        var closing = tag.StartsWith('/');
        var body = closing ? tag[1..] : tag;
        var nameEnd = 0;
        while (nameEnd < body.Length && char.IsAsciiLetterOrDigit(body[nameEnd]))
        {
            nameEnd++;
        }

        var name = body[..nameEnd].ToUpperInvariant();
        if (closing)
        {
            Close(name);
        }
        else
        {
            Open(name, body);
        }
    }

    private void Open(string name, string tag)
    {
        switch (name)
        {
            case "P" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TABLE" or "TR":
                Flush(spaceAfter: false);
                _cellsInRow = 0;
                break;
            case "UL" or "OL":
                Flush(spaceAfter: false);
                _lists.Push(new ListState(name == "OL"));
                break;
            case "LI":
                Flush(spaceAfter: false);
                if (_lists.TryPeek(out var list))
                {
                    list.Count++;
                    _pendingBullet = list.Ordered ? list.Count.ToString(CultureInfo.InvariantCulture) + "." : "•";
                }

                break;
            case "BLOCKQUOTE":
                Flush(spaceAfter: false);
                _quoteDepth++;
                break;
            case "PRE":
                Flush(spaceAfter: false);
                _preformatted = true;
                break;
            case "STRONG" or "B":
                PushStyle("bold");
                break;
            case "EM" or "I":
                PushStyle("italic");
                break;
            case "CODE" when !_preformatted:
                PushStyle("aqua");
                break;
            case "DEL" or "S":
                PushStyle("strikethrough");
                break;
            case "A":
                _href = Attribute(tag, "href");
                PushStyle("underline");
                break;
            case "BR":
                _inline.Append('\n');
                break;
            case "HR":
                Flush(spaceAfter: false);
                _output.Add(new Rule().RuleStyle("grey"));
                break;
            case "TH" or "TD":
                if (_cellsInRow++ > 0)
                {
                    _inline.Append(" | ");
                }

                break;
            case "IMG":
                var alt = Attribute(tag, "alt");
                _inline.Append(Markup.Escape($"[image: {alt}]"));
                break;
            default:
                break;
        }
    }

    private void Close(string name)
    {
        switch (name)
        {
            case "P":
                Flush(spaceAfter: _lists.Count == 0);
                break;
            case "H1" or "H2" or "H3" or "H4" or "H5" or "H6":
                Heading(name[1] - '0');
                break;
            case "LI" or "TR":
                Flush(spaceAfter: false);
                break;
            case "UL" or "OL":
                Flush(spaceAfter: false);
                _lists.TryPop(out _);
                if (_lists.Count == 0)
                {
                    _output.Add(Text.Empty);
                }

                break;
            case "BLOCKQUOTE":
                Flush(spaceAfter: false);
                _quoteDepth = Math.Max(0, _quoteDepth - 1);
                break;
            case "PRE":
                CodeBlock();
                _preformatted = false;
                break;
            case "TABLE":
                Flush(spaceAfter: false);
                _output.Add(Text.Empty);
                break;
            case "STRONG" or "B" or "EM" or "I" or "DEL" or "S":
                PopStyle();
                break;
            case "CODE" when !_preformatted:
                PopStyle();
                break;
            case "A":
                PopStyle();
                if (_href is not null && (_href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || _href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
                {
                    _inline.Append(Markup.Escape($" ({_href})"));
                }

                _href = null;
                break;
            default:
                break;
        }
    }

    private void PushStyle(string style)
    {
        _styles.Push(style);
        _inline.Append('[').Append(style).Append(']');
    }

    private void PopStyle()
    {
        if (_styles.TryPop(out _))
        {
            _inline.Append("[/]");
        }
    }

    private string TakeInline()
    {
        // A block never ends inside a style in the generator's HTML, but close any left open so the markup stays valid.
        while (_styles.Count > 0)
        {
            PopStyle();
        }

        var text = _inline.ToString().Trim();
        _inline.Clear();
        return text;
    }

    private void Heading(int level)
    {
        var text = TakeInline();
        if (text.Length == 0)
        {
            return;
        }

        if (level <= 2)
        {
            _output.Add(new Rule($"[bold yellow]{text}[/]").LeftJustified().RuleStyle("grey"));
        }
        else
        {
            _output.Add(new Markup($"[bold underline]{text}[/]"));
        }
    }

    private void CodeBlock()
    {
        var code = _inline.ToString().TrimEnd('\n');
        _inline.Clear();
        _styles.Clear();
        _output.Add(new Padder(new Markup($"[grey]{code}[/]"), new Padding(4, 0, 0, 1)));
    }

    private void Flush(bool spaceAfter)
    {
        var text = TakeInline();
        if (text.Length == 0)
        {
            return;
        }

        var indent = (Math.Max(0, _lists.Count - 1) * 3) + (_quoteDepth * 2);
        IRenderable block;
        if (_pendingBullet is { } bullet)
        {
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
            grid.AddRow(new Markup(Markup.Escape(bullet)), new Markup(text));
            block = grid;
            _pendingBullet = null;
        }
        else
        {
            block = new Markup(_quoteDepth > 0 ? $"[italic]{text}[/]" : text);
            if (_lists.Count > 0)
            {
                indent += 2;
            }
        }

        _output.Add(indent > 0 ? new Padder(block, new Padding(indent, 0, 0, 0)) : block);
        if (spaceAfter)
        {
            _output.Add(Text.Empty);
        }
    }

    private static string? Attribute(string tag, string name)
    {
        var at = tag.IndexOf(name + "=\"", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = at + name.Length + 2;
        var end = tag.IndexOf('"', start);
        return end < 0 ? null : WebUtility.HtmlDecode(tag[start..end]);
    }

    private sealed class ListState(bool ordered)
    {
        public bool Ordered { get; } = ordered;

        public int Count { get; set; }
    }
}
