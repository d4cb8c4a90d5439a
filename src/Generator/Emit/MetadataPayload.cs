using System.Collections.Generic;
using ContentGen.Model;
using ContentGen.Payload;

namespace ContentGen.Emit;

/// <summary>
/// The metadata of every generated document of one collection and the postings of its lookups, as one table the
/// generated code reads in a single loop on first use (the run time's <c>DocumentTable</c>). A table read in a loop
/// costs the JIT one small method; the same data as C# initialisers cost it a method per document and a static
/// constructor as large as the collection, which took seconds at 10,000 papers.
/// </summary>
/// <remarks>
/// Layout: numbers, the count of strings and the length of each in UTF-8; the number of documents and per document
/// its slug and source path (which its body is looked up by), then its fields in the order of the collection's fields,
/// each written by <see cref="FieldCodec"/>; then per lookup (the fields with a taxonomy or a lookup, in field order)
/// its terms and their slots; then the distinct strings, each once, end to end, in UTF-8. The whole is compressed
/// (<see cref="Table"/>).
/// </remarks>
internal static class MetadataPayload
{
    /// <summary>
    /// The table, compressed: <see cref="Length"/> bytes, the numbers (<see cref="NumbersLength"/> bytes) and then every
    /// distinct string once, end to end, in UTF-8; compressed in LZ4's block format (by our own encoder, whose output
    /// is the same on every host) into <see cref="Compressed"/>.
    /// </summary>
    /// <remarks>
    /// Compressed because the compiler pays for every character of a literal several times over (the generated text the
    /// driver keeps, the token's text and value, the emitted data) while the run time decodes it once on first use;
    /// LZ4 rather than Deflate because its decoder only copies bytes, and the first access to a collection waits for it.
    /// </remarks>
    public sealed class Table
    {
        public Table(byte[] compressed, int length, int numbersLength)
        {
            Compressed = compressed;
            Length = length;
            NumbersLength = numbersLength;
        }

        public byte[] Compressed { get; }

        public int Length { get; }

        public int NumbersLength { get; }
    }

    public static Table Encode(Catalog catalog, CollectionCatalog collection)
    {
        // Sized from the document count, as every large buffer here: growing by doubling leaves its earlier arrays on the
        // large-object heap, which only a full collection frees, in the compiler server that runs this.
        var strings = new StringTable(collection.Documents.Count * 8);
        var fields = collection.Spec.Fields;
        var documents = new PayloadWriter(collection.Documents.Count * 160);
        documents.WriteInt(collection.Documents.Count);
        // Per field, how a reference is written: the slot of the named document in its collection's All (one table per
        // collection referred to, shared by its fields).
        System.Func<string, int> stringIndex = strings.Index;
        var slotOf = new System.Func<string, int>[fields.Count];
        var slotTables = new Dictionary<string, Dictionary<string, int>>(System.StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].RefCollection is not { } target)
            {
                continue;
            }

            if (!slotTables.TryGetValue(target, out var targetSlots))
            {
                slotTables.Add(target, targetSlots = SlotsOf(catalog, target));
            }

            slotOf[i] = slug => targetSlots[slug];
        }

        foreach (var d in collection.Documents)
        {
            documents.WriteInt(strings.Index(d.Slug));
            documents.WriteInt(strings.Index(d.SourcePath));
            for (var i = 0; i < fields.Count; i++)
            {
                FieldCodec.Write(documents, fields[i], d.Values[i], stringIndex, slotOf[i]);
            }
        }

        documents.WriteInt(collection.Lookups.Count);
        foreach (var lookup in collection.Lookups)
        {
            documents.WriteInt(lookup.Count);
            foreach (var posting in lookup)
            {
                documents.WriteInt(strings.Index(posting.Term));
                documents.WriteInt(posting.Slots.Count);
                foreach (var slot in posting.Slots)
                {
                    documents.WriteInt(slot);
                }
            }
        }

        // The numbers start with the strings' lengths in UTF-8 (the run time decodes each string from its bytes); the
        // strings follow the numbers. Measured first, so that the table is written into a buffer of its exact size.
        var numbersLength = PayloadWriter.VariableLength(strings.Count) + (int)documents.Length;
        var bytes = 0;
        foreach (var s in strings.InOrder)
        {
            var length = PayloadWriter.Utf8Length(s);
            numbersLength += PayloadWriter.VariableLength(length);
            bytes += length;
        }

        var all = new PayloadWriter(numbersLength + bytes);
        all.WriteInt(strings.Count);
        foreach (var s in strings.InOrder)
        {
            all.WriteInt(PayloadWriter.Utf8Length(s));
        }

        all.WriteBytes(documents);
        if (all.Length != numbersLength)
        {
            throw new System.InvalidOperationException("The metadata table's numbers took " + all.Length + " bytes, not the " + numbersLength + " measured.");
        }

        foreach (var s in strings.InOrder)
        {
            all.WriteUtf8(s);
        }

        // Compressed from the writer's buffer: a copy of the whole table first would be garbage as large as the table.
        var table = all.Written;
        return new Table(Lz4Block.Compress(table.Array!, table.Offset, table.Count), table.Count, numbersLength);
    }

    /// <summary>The slot of each generated document of a collection, by slug: what a reference is written as.</summary>
    private static Dictionary<string, int> SlotsOf(Catalog catalog, string collection)
    {
        var documents = catalog.Find(collection)?.Documents ?? EquatableArray<DocumentMetadata>.Empty;
        var slots = new Dictionary<string, int>(documents.Count, System.StringComparer.Ordinal);
        for (var slot = 0; slot < documents.Count; slot++)
        {
            slots.Add(documents[slot].Slug, slot);
        }

        return slots;
    }

    /// <summary>Each distinct string once, numbered in order of first use.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _indexes;

        public StringTable(int capacity)
        {
            _indexes = new Dictionary<string, int>(capacity, System.StringComparer.Ordinal);
            InOrder = new List<string>(capacity);
        }

        public List<string> InOrder { get; }

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
    }
}
