using System;
using System.Collections.Generic;
using System.IO;
using ContentGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentGen.Parsing;

/// <summary>
/// Reads front-matter YAML into <see cref="FrontMatterNode"/>s: plain front matter with <see cref="PlainYamlReader"/>,
/// anything else with YamlDotNet's low-level, iterative parser.
/// Nothing is bound or coerced here (YamlDotNet's deserializer applies YAML 1.1 conversions such as no → false):
/// values stay text and are typed strictly by the schema. Nesting depth is capped while reading, so hostile input
/// cannot exhaust the stack, and anchors, aliases and tags are rejected so nothing expands.
/// </summary>
internal static class FrontMatterReader
{
    /// <summary>
    /// Reads the YAML between <c>yamlStart</c> and <c>yamlEnd</c> of <c>text</c>; null (with a diagnostic) when it
    /// cannot be read. <c>source</c> says what the YAML is, for messages and diagnostic IDs: front matter unless
    /// given (<c>contentgen.yaml</c> passes its own).
    /// </summary>
    public static FrontMatterNode? Read(string text, int yamlStart, int yamlEnd, LineMap lines, int maxDepth, DiagnosticList diagnostics, YamlSource? source = null)
        => PlainYamlReader.TryRead(text, yamlStart, yamlEnd, maxDepth) ?? ReadWithParser(text, yamlStart, yamlEnd, lines, maxDepth, diagnostics, source);

    /// <summary>What <see cref="Read"/> does with YAML that <see cref="PlainYamlReader"/> does not take: YamlDotNet reads it.</summary>
    internal static FrontMatterNode? ReadWithParser(string text, int yamlStart, int yamlEnd, LineMap lines, int maxDepth, DiagnosticList diagnostics, YamlSource? source = null)
    {
        source ??= YamlSource.FrontMatter;
        var yaml = text.Substring(yamlStart, yamlEnd - yamlStart);
        var parser = new Parser(new StringReader(yaml));
        var stack = new Stack<FrontMatterNode>();
        var pendingKeys = new Stack<FrontMatterScalar?>();
        FrontMatterNode? root = null;
        var documents = 0;

        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var start = yamlStart + (int)current.Start.Index;
                var end = yamlStart + (int)current.End.Index;

                switch (current)
                {
                    case DocumentStart documentStart when !documentStart.IsImplicit || documents > 0:
                        if (documents > 0)
                        {
                            diagnostics.Add(source.SyntaxError, lines.Location(start, end), source.Name + " holds more than one YAML document", "; keep a single block of 'key: value' lines");
                            return null;
                        }

                        documents++;
                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case AnchorAlias alias:
                        diagnostics.Add(source.UnsupportedFeature, lines.Location(start, end), "Aliases such as '*" + alias.Value + "'");
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Add(source.UnsupportedFeature, lines.Location(start, end), "Anchors such as '&" + node.Anchor + "'");
                        return null;
                    case NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific:
                        diagnostics.Add(source.UnsupportedFeature, lines.Location(start, end), "Tags such as '" + node.Tag + "'");
                        return null;
                    case Scalar scalar:
                        if (!Attach(new FrontMatterScalar(scalar.Value, scalar.Style, start, end), stack, pendingKeys, ref root, lines, diagnostics, source))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart:
                    case MappingStart:
                        if (stack.Count >= maxDepth)
                        {
                            diagnostics.Add(source.NestingTooDeep, lines.Location(start, end), maxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                            return null;
                        }

                        FrontMatterNode container = current is SequenceStart ? new FrontMatterList(start, end) : new FrontMatterMap(start, end);
                        if (!Attach(container, stack, pendingKeys, ref root, lines, diagnostics, source))
                        {
                            return null;
                        }

                        stack.Push(container);
                        pendingKeys.Push(null);
                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        var closed = stack.Pop();
                        pendingKeys.Pop();

                        // A flow collection's end event marks the closing bracket's start: take the bracket in.
                        closed.End = end < yamlEnd && (text[end] == ']' || text[end] == '}') ? end + 1 : end;
                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            var errorStart = yamlStart + (int)exception.Start.Index;
            var errorEnd = Math.Max(errorStart + 1, yamlStart + (int)exception.End.Index);
            if (!ReportUnclosed(text, stack, errorStart, lines, diagnostics, source, Describe(exception)))
            {
                diagnostics.Add(source.SyntaxError, lines.Location(errorStart, Math.Min(errorEnd, yamlEnd)), Describe(exception), Hint(exception, source));
            }

            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet throws more than YamlException on some malformed input (an unclosed flow list, for one), with no
            // position: the bracket left open is the cause to report.
            if (!ReportUnclosed(text, stack, errorStart: null, lines, diagnostics, source, exception.Message.TrimEnd('.')))
            {
                diagnostics.Add(source.SyntaxError, lines.Location(yamlStart, yamlEnd), exception.Message.TrimEnd('.'), "; check the brackets and quotes of " + source.Name);
            }

            return null;
        }

        return root;
    }

    /// <summary>
    /// When the parser stopped inside a flow list or mapping that is never closed, or at a quote that is never closed,
    /// reports the error at that bracket or quote, where the mistake is, rather than where the parser gave up (often the
    /// closing <c>---</c>); the parser's own position and message stay in the text. False when neither applies.
    /// </summary>
    private static bool ReportUnclosed(string text, Stack<FrontMatterNode> stack, int? errorStart, LineMap lines, DiagnosticList diagnostics, YamlSource source, string parserMessage)
    {
        if (errorStart is { } quoteAt && quoteAt < text.Length && (text[quoteAt] == '"' || text[quoteAt] == '\'') && parserMessage.IndexOf("quoted scalar", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            diagnostics.Add(source.SyntaxError, lines.Location(quoteAt, quoteAt + 1), "the value quoted with " + text[quoteAt] + " here is never closed (" + parserMessage + ")", "; close the value with " + text[quoteAt] + " on the same line");
            return true;
        }

        // YamlDotNet's exception for an unclosed flow collection has no position and no useful message.
        var stoppedAt = errorStart is { } at ? " (the YAML parser stopped at line " + Position(lines, at) + ": " + parserMessage + ")" : " (the YAML parser reached the end of " + source.Name + " still inside it)";

        // The innermost flow collection still open when the parser stopped is the one never closed.
        foreach (var open in stack)
        {
            if (open.Start < text.Length && (text[open.Start] == '[' || text[open.Start] == '{'))
            {
                var bracket = text[open.Start];
                var closing = bracket == '[' ? "]" : "}";
                diagnostics.Add(source.SyntaxError, lines.Location(open.Start, open.Start + 1), "the '" + bracket + "' opened here is never closed" + stoppedAt, "; add '" + closing + "' after the last item");
                return true;
            }
        }

        return false;
    }

    private static string Position(LineMap lines, int offset)
    {
        var position = lines.PositionOf(offset);
        return (position.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ", column " + (position.Character + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool Attach(FrontMatterNode node, Stack<FrontMatterNode> stack, Stack<FrontMatterScalar?> pendingKeys, ref FrontMatterNode? root, LineMap lines, DiagnosticList diagnostics, YamlSource source)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        switch (stack.Peek())
        {
            case FrontMatterList list:
                list.Items.Add(node);
                return true;
            case FrontMatterMap map:
                var key = pendingKeys.Pop();
                if (key is null)
                {
                    if (node is not FrontMatterScalar scalarKey)
                    {
                        diagnostics.Add(source.UnsupportedFeature, lines.Location(node.Start, node.End), "Keys that are lists or mappings");
                        return false;
                    }

                    pendingKeys.Push(scalarKey);
                }
                else
                {
                    map.Entries.Add(new KeyValuePair<FrontMatterScalar, FrontMatterNode>(key, node));
                    pendingKeys.Push(null);
                }

                return true;
            default:
                return false;
        }
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 8, Idx: 40) - (...): "; the location is reported separately.
        var message = exception.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (marker >= 0 && message.StartsWith("(Line:", StringComparison.Ordinal))
        {
            message = message.Substring(marker + 3);
        }

        return message.TrimEnd('.').Replace('\r', ' ').Replace('\n', ' ');
    }

    private static string Hint(YamlException exception, YamlSource source)
    {
        var message = exception.Message;
        if (message.IndexOf("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("found invalid mapping", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "; a value that contains ': '" + source.ColonHint;
        }

        if (message.IndexOf("did not find expected", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "; check for an unclosed bracket or quote";
        }

        return string.Empty;
    }
}

/// <summary>A YAML text FrontMatterReader reads: its name in messages and the diagnostics its problems get.</summary>
/// <param name="Name">What messages call it ("the front matter").</param>
/// <param name="SyntaxError">Invalid YAML; arguments: what is wrong, a hint.</param>
/// <param name="UnsupportedFeature">Anchors, aliases, tags, complex keys; argument: the feature.</param>
/// <param name="NestingTooDeep">Nesting past the cap; argument: the cap.</param>
/// <param name="ColonHint">The end of the hint for a value that holds <c>': '</c>, with an example from this kind of text.</param>
internal sealed record YamlSource(string Name, Microsoft.CodeAnalysis.DiagnosticDescriptor SyntaxError, Microsoft.CodeAnalysis.DiagnosticDescriptor UnsupportedFeature, Microsoft.CodeAnalysis.DiagnosticDescriptor NestingTooDeep, string ColonHint)
{
    /// <summary>A document's front matter (CG0006, CG0009, CG0011).</summary>
    public static readonly YamlSource FrontMatter = new("the front matter", DiagnosticDescriptors.YamlSyntaxError, DiagnosticDescriptors.UnsupportedYamlFeature, DiagnosticDescriptors.NestingTooDeep, " (common in paper titles) must be put in double quotes, e.g. title: \"BERT: Pre-training\"");
}
