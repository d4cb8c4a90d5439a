using System.Collections.Generic;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// The metadata of every generated paper and the postings of every lookup, as one table the generated code reads in a
/// single loop on first use (<c>StoreRuntime</c>'s <c>Load</c>, which reads the fields back in the same order).
/// A table read in a loop costs the JIT one small method; the same data as C# initialisers cost it a method per paper
/// and a static constructor as large as the collection, which took seconds at 10,000 papers.
/// </summary>
/// <remarks>
/// Layout: the distinct strings, each once, end to end in one string (readable in the generated code), and a table
/// of numbers: the length of each string, then per paper its fields as indexes into those strings
/// (optional ones as index + 1, 0 for none) and where its body is (bucket, rank), then per lookup (the taxonomies in <see cref="Schema.PaperSchema.Taxonomies"/>
/// order, then authors) its terms and their slots.
/// </remarks>
internal static class MetadataPayload
{
    /// <summary>The table: <see cref="Strings"/>, every distinct string once, end to end; <see cref="Numbers"/>, the rest.</summary>
    public sealed class Table
    {
        public Table(string strings, byte[] numbers)
        {
            Strings = strings;
            Numbers = numbers;
        }

        public string Strings { get; }

        public byte[] Numbers { get; }
    }

    public static Table Encode(Catalog catalog)
    {
        var strings = new StringTable();
        var ranks = BodyRanks(catalog);
        var papers = new PayloadWriter(catalog.Papers.Count * 64);
        papers.WriteInt(catalog.Papers.Count);
        foreach (var p in catalog.Papers)
        {
            papers.WriteInt(strings.Index(p.Slug));
            papers.WriteInt(strings.Index(p.Title));
            papers.WriteInt(p.Date.Year);
            papers.WriteInt(p.Date.Month);
            papers.WriteInt(p.Date.Day);
            papers.WriteBool(p.Draft);
            List(papers, strings, p.Authors);
            papers.WriteInt(strings.OptionalIndex(p.Publication));
            papers.WriteInt(p.PublicationYear is { } year ? year + 1 : 0);
            papers.WriteInt(strings.OptionalIndex(p.Doi));
            papers.WriteInt(strings.OptionalIndex(p.Arxiv));
            papers.WriteInt(strings.OptionalIndex(p.PaperUrl));
            List(papers, strings, p.DeceptionTypes);
            List(papers, strings, p.ResearchAreas);
            List(papers, strings, p.SystemTypes);
            List(papers, strings, p.Tags);
            papers.WriteInt(strings.OptionalIndex(p.Summary));
            papers.WriteInt(strings.Index(p.SourcePath));
            papers.WriteInt(p.Bucket);
            papers.WriteInt(ranks[p.Identifier]);
        }

        papers.WriteInt(catalog.Taxonomies.Count + 1);
        foreach (var taxonomy in catalog.Taxonomies)
        {
            Postings(papers, strings, taxonomy.Postings);
        }

        Postings(papers, strings, catalog.Authors);

        // The strings go to a literal of their own as text, and the numbers start with their lengths.
        var all = new PayloadWriter((int)papers.Length + (strings.Count * 2));
        all.WriteInt(strings.Count);
        foreach (var s in strings.InOrder)
        {
            all.WriteInt(s.Length);
        }

        all.WriteBytes(papers);
        return new Table(string.Concat(strings.InOrder), all.ToArray());
    }

    /// <summary>
    /// Where each paper's body is in its bucket's literal (<see cref="ContentBucketEmitter.InBodyOrder"/>): this depends
    /// on the identifiers only, so a body edit leaves it equal.
    /// </summary>
    private static Dictionary<string, int> BodyRanks(Catalog catalog)
    {
        var ranks = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var bucket in System.Linq.Enumerable.GroupBy(catalog.Papers, p => p.Bucket))
        {
            var rank = 0;
            foreach (var paper in ContentBucketEmitter.InBodyOrder(bucket, p => p.Identifier))
            {
                ranks.Add(paper.Identifier, rank++);
            }
        }

        return ranks;
    }

    private static void List(PayloadWriter writer, StringTable strings, EquatableArray<string> items)
    {
        writer.WriteInt(items.Count);
        foreach (var item in items)
        {
            writer.WriteInt(strings.Index(item));
        }
    }

    private static void Postings(PayloadWriter writer, StringTable strings, EquatableArray<TermPostings> postings)
    {
        writer.WriteInt(postings.Count);
        foreach (var posting in postings)
        {
            writer.WriteInt(strings.Index(posting.Term));
            writer.WriteInt(posting.Slots.Count);
            foreach (var slot in posting.Slots)
            {
                writer.WriteInt(slot);
            }
        }
    }

    /// <summary>Each distinct string once, numbered in order of first use.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _indexes = new(System.StringComparer.Ordinal);

        public List<string> InOrder { get; } = new();

        public int Count => InOrder.Count;

        public int Index(string value)
        {
            if (!_indexes.TryGetValue(value, out var index))
            {
                index = InOrder.Count;
                _indexes.Add(value, index);
                InOrder.Add(value);
            }

            return index;
        }

        public int OptionalIndex(string? value) => value is null ? 0 : Index(value) + 1;
    }
}
