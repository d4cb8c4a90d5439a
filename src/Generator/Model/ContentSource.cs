using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Model;

/// <summary>
/// One content file as it enters the pipeline, with everything its parse depends on: the collection that holds it
/// (null for a Markdown file under the content root that none holds), its absolute path, its path relative to the
/// content root, the parse's limits, and its text as the compiler already holds it. The parse is a function of this
/// value alone, so it re-runs exactly when this value changes.
/// </summary>
/// <remarks>
/// The driver keeps this value between runs (and the compiler server between builds). When the next run's value is
/// equal, the driver keeps the earlier one, so a value that kept its text would keep the text of the build that first
/// read the file for as long as the file stays unchanged: a second copy of every file beside the one the server holds
/// of the latest build. The text is therefore handed over once, to the parse (<see cref="TakeText"/>), and two values
/// are compared by the text's content hash and length, not by the text.
/// </remarks>
internal sealed class ContentSource : IEquatable<ContentSource>
{
    private readonly ImmutableArray<byte> _contentHash;
    private readonly int _length;
    private SourceText? _text;

    public ContentSource(CollectionSpec? collection, string filePath, string sourcePath, (int MaxFileSize, int MaxNestingDepth) limits, SourceText text, bool condensed = false)
    {
        Condensed = condensed;
        Collection = collection;
        FilePath = filePath;
        SourcePath = sourcePath;
        Limits = limits;
        _text = text;
        _length = text.Length;

        // Roslyn's hash of the characters (XxHash128), computed once per text and kept by it.
        _contentHash = text.GetContentHash();
    }

    /// <summary>The collection that holds the file, or null for a Markdown file no collection holds (only its body is wanted).</summary>
    public CollectionSpec? Collection { get; }

    /// <summary>The path of the Markdown file (a condensed file's own path when it is too damaged to name one).</summary>
    public string FilePath { get; }

    /// <summary>Whether the text is the build step's condensed file for the Markdown file at <see cref="FilePath"/> (<see cref="Parsing.CondensedDocument"/>).</summary>
    public bool Condensed { get; }

    public string SourcePath { get; }

    public (int MaxFileSize, int MaxNestingDepth) Limits { get; }

    /// <summary>
    /// The file's text, handed over once: the parse takes it and the value keeps none. Null when it was taken, which
    /// the pipeline never does twice (the parse runs only on a value this run read).
    /// </summary>
    public SourceText? TakeText()
    {
        // Exchanged, so that two threads asking at once cannot both get it.
        return System.Threading.Interlocked.Exchange(ref _text, null);
    }

    public bool Equals(ContentSource? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (_length == other._length
                    && Limits == other.Limits
                    && Condensed == other.Condensed
                    && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal)
                    && string.Equals(SourcePath, other.SourcePath, StringComparison.Ordinal)
                    && Equals(Collection, other.Collection)
                    && _contentHash.SequenceEqual(other._contentHash)));

    public override bool Equals(object? obj) => Equals(obj as ContentSource);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(FilePath);
}
