using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Model;

/// <summary>
/// One content file as it enters the pipeline: the collection it belongs to, its absolute path, its path relative to
/// the content root, and its text as the compiler already holds it. The driver keeps this value between runs (and the
/// compiler server between builds) and compares it with the next run's: the compiler's <see cref="SourceText"/> is
/// compared by content without a string copy of every file, which made a rebuild after one edit faster (the server's
/// peak memory was measured unchanged; see docs/performance.md). Equal when the paths and the text's content are equal.
/// </summary>
internal sealed record ContentSource(string Collection, string FilePath, string SourcePath, SourceText Text)
{
    /// <summary>The <see cref="Collection"/> of a Markdown file under the content root that no collection holds.</summary>
    public const string NoCollection = "";

    public bool Equals(ContentSource? other)
        => other is not null
            && string.Equals(Collection, other.Collection, System.StringComparison.Ordinal)
            && string.Equals(FilePath, other.FilePath, System.StringComparison.Ordinal)
            && string.Equals(SourcePath, other.SourcePath, System.StringComparison.Ordinal)
            && (ReferenceEquals(Text, other.Text) || Text.ContentEquals(other.Text));

    public override int GetHashCode() => System.StringComparer.Ordinal.GetHashCode(FilePath);

    /// <summary>The file with its text as a string, for the parser.</summary>
    public ContentFile ToContentFile() => new(FilePath, SourcePath, Text.ToString());
}
