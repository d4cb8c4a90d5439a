using ContentGen.Model;
using ContentGen.Schema;

namespace ContentGen.Tests.Infrastructure;

/// <summary>A paper's typed values by front-matter key, for assertions.</summary>
internal static class MetadataFields
{
    public static string? Value(this DocumentMetadata metadata, string key) => metadata.Text(PaperSchema.Collection.IndexOf(key));

    public static EquatableArray<string> List(this DocumentMetadata metadata, string key) => metadata.Items(PaperSchema.Collection.IndexOf(key));
}
