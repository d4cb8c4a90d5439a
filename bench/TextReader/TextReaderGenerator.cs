using Microsoft.CodeAnalysis;

namespace ContentGen.Bench;

/// <summary>
/// Reads the text of every additional file and generates nothing: the compiler's part of what any generator over
/// these files costs (its UTF-16 copy of them), which bench/build-scale.sh measures as the memory baseline.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TextReaderGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider
            .Select(static (text, cancellationToken) => text.GetText(cancellationToken)?.Length ?? 0)
            .Collect();
        context.RegisterSourceOutput(lengths, static (_, _) => { });
    }
}
