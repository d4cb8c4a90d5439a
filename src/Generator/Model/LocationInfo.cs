using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Model;

/// <summary>Where in a content file something is: an equatable stand-in for <see cref="Location"/>.</summary>
internal readonly record struct LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
