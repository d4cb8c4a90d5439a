using System.Collections.Immutable;
using System.Globalization;
using ContentGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContentGen.Analysis;

/// <summary>
/// Checks the constant arguments of the generated lookups (<c>Papers.Get("...")</c>, <c>WithTag("...")</c>,
/// <c>InYear(2024)</c>, a user collection's <c>FindBy&lt;Property&gt;</c>...): a value that finds nothing is CG0701 at
/// that argument, naming the nearest values; a value that has a generated name (a document's property, a taxonomy
/// constant) is CG0702, hidden, which carries the code fix to that name. What exists is read from the attributes the
/// generator put on each collection's class (<see cref="Emit.LookupCatalogEmitter"/>), once per class and compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LookupArgumentAnalyzer : DiagnosticAnalyzer
{
    /// <summary>A longer argument is no typo of a slug or a term: it gets the warning without suggestions.</summary>
    private const int MaxSuggestedLength = 200;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownLookupValue, DiagnosticDescriptors.LookupValueHasGeneratedName);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var lookups = new LookupTables(start.Compilation.Assembly);
            start.RegisterOperationAction(operation => Analyze(operation, lookups), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, LookupTables tables)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || method.Parameters.Length == 0 || tables.Of(method.ContainingType) is not { } lookups
            || !lookups.TryGetValue(method.Name, out var lookup))
        {
            return;
        }

        // The generated lookups take the value alone (TryGet and its out parameter): an overload a user declares in the
        // partial class with more parameters is theirs, and not checked.
        if (method.Parameters.Length != (method.Name == "TryGet" ? 2 : 1))
        {
            return;
        }

        IArgumentOperation? argument = null;
        foreach (var candidate in invocation.Arguments)
        {
            if (candidate.Parameter?.Ordinal == 0)
            {
                argument = candidate;
                break;
            }
        }

        if (argument is null || argument.ArgumentKind != ArgumentKind.Explicit || !argument.Value.ConstantValue.HasValue)
        {
            return;
        }

        var written = lookup.Match == LookupMatch.Year
            ? argument.Value.ConstantValue.Value is int year ? year.ToString(CultureInfo.InvariantCulture) : null
            : argument.Value.ConstantValue.Value as string;
        // A value the attribute cannot list is never checked: it might be one of the values left out of the list.
        if (written is null || !LookupAttribute.IsListable(written))
        {
            return;
        }

        // Get's name replaces the call; TryGet has an out parameter, so its slug stays a slug.
        var replaces = lookup.Replaces == LookupReplacement.Call && method.Name != "Get" ? LookupReplacement.None : lookup.Replaces;
        var location = argument.Value.Syntax.GetLocation();
        var found = lookup.IndexOf(written);
        if (found >= 0)
        {
            // Only a value written out: an argument that is already a constant is checked by the compiler.
            if (replaces != LookupReplacement.None && argument.Value is ILiteralOperation)
            {
                var name = lookup.Names[found];
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LookupValueHasGeneratedName, location, Properties(replaces, name, written, lookup),
                    written, replaces == LookupReplacement.Call ? method.ContainingType.Name + "." + name : name));
            }

            return;
        }

        var nearest = written.Length <= MaxSuggestedLength ? lookup.Nearest(written, 3) : (System.Collections.Generic.IReadOnlyList<string>)System.Array.Empty<string>();
        var suggestion = nearest.Count == 0 ? string.Empty : ": did you mean " + Schema.EditDistance.QuoteList(nearest) + "?";
        var properties = nearest.Count == 0 ? null
            : Properties(replaces, replaces == LookupReplacement.None ? null : lookup.Names[lookup.IndexOf(nearest[0])], nearest[0], lookup);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownLookupValue, location, properties,
            method.ContainingType.Name, method.Name, method.Parameters[0].Name, written, suggestion));
    }

    private static ImmutableDictionary<string, string?> Properties(string replaces, string? name, string value, LookupTable lookup)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder.Add(LookupDiagnosticProperties.Value, value);
        if (lookup.Match == LookupMatch.Year)
        {
            builder.Add(LookupDiagnosticProperties.Kind, LookupMatch.Year);
        }

        if (name is not null && replaces != LookupReplacement.None)
        {
            builder.Add(LookupDiagnosticProperties.Replaces, replaces);
            builder.Add(LookupDiagnosticProperties.Name, replaces == LookupReplacement.Argument ? lookup.NamePrefix + name : name);
        }

        return builder.ToImmutable();
    }
}
