using System;
using System.Collections.Generic;
using ContentGen.Payload;

namespace ContentGen.Parsing;

/// <summary>
/// Everything the generator's parse needs of a body, worked out from the whole file: the body's hash (which the
/// content hash of the bodies is made of), where it is too complex to render, its level-2 headings (the sections the
/// collection may require), the paper archetype's leftover placeholders and the citations, each with its place in the
/// file. The parse checks a body through these alone, whether it worked them out itself (in the IDE) or was handed them
/// by the build step in a <see cref="CondensedDocument"/> (in a build), so both ways report the same diagnostics at the
/// same places. Free of the compiler's types: the build step works them out inside MSBuild.
/// </summary>
/// <param name="FileLength">The length of the whole file's text (without a byte order mark), which the size limit is checked against.</param>
/// <param name="Hash">The body's hash (<see cref="BodyResource.HashOf(ReadOnlySpan{char})"/>).</param>
/// <param name="Breach">Where the body holds more of a construct than Markdig renders quickly; when set, no heading or placeholder is looked for.</param>
/// <param name="Headings">The level-2 headings, in order, each at its whole line.</param>
/// <param name="Placeholders">The archetype's placeholders, in order (looked for in every body; only papers report them).</param>
/// <param name="Citations">The citations, in order, each from its <c>@</c> to the end of its key.</param>
internal sealed record BodyFacts(
    int FileLength,
    ulong Hash,
    BreachFact? Breach,
    IReadOnlyList<HeadingFact> Headings,
    IReadOnlyList<PlaceholderFact> Placeholders,
    IReadOnlyList<CitationFact> Citations)
{
    /// <summary>The facts of the body of <paramref name="text"/>, whose front matter is <paramref name="block"/> and whose body (with <paramref name="hash"/>) is <paramref name="body"/>.</summary>
    public static BodyFacts Of(string text, LineMap lines, FrontMatterBlock block, BodyText body, ulong hash)
    {
        var citations = CitationScanner.Places(text, lines, block.BodyStart);
        if (BodyChecks.FindComplexityBreach(body.Span) is { } breach)
        {
            var line = lines.LinePlace(Math.Min(body.FirstLine + breach.Line, lines.LineCount - 1));
            return new BodyFacts(text.Length, hash, new BreachFact(line, breach.Where, breach.What, breach.Limit), Array.Empty<HeadingFact>(), Array.Empty<PlaceholderFact>(), citations);
        }

        var headings = new List<HeadingFact>();
        foreach (var heading in BodyOutline.Of(body.Span))
        {
            // Only level-2 headings are sections a collection can require (BodyChecks.Check).
            if (heading.Level == 2)
            {
                headings.Add(new HeadingFact(heading.Title, heading.IsEmpty, lines.LinePlace(body.FirstLine + heading.Line)));
            }
        }

        return new BodyFacts(text.Length, hash, null, headings, BodyChecks.FindPlaceholders(lines, body.Span, body.FirstLine), citations);
    }
}

/// <summary>Where a body is too complex to render (<see cref="ComplexityBreach"/>), at the whole line that holds it.</summary>
internal sealed record BreachFact(Place Line, string Where, string What, int Limit);

/// <summary>A level-2 heading: its text without markup, whether its section is empty, and its whole line.</summary>
internal sealed record HeadingFact(string Title, bool IsEmpty, Place Line);

/// <summary>A placeholder of the paper archetype left in a body, as written (trailing blanks trimmed), and where.</summary>
internal sealed record PlaceholderFact(Place Place, string Value);

/// <summary>A citation of <paramref name="Key"/>, from its <c>@</c> to the end of the key.</summary>
internal sealed record CitationFact(Place Place, string Key);
