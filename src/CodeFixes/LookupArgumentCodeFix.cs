using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using ContentGen.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContentGen.CodeFixes;

/// <summary>
/// Fixes a lookup argument (CG0701, CG0702): writes the generated name in its place (<c>Papers.Get("x")</c> becomes
/// <c>Papers.X</c>, <c>WithTag("x")</c> becomes <c>WithTag(Taxonomies.Tags.X)</c>), or, for a value that finds nothing
/// and has no generated name, the nearest value. The analyzer has already worked out what to write (the diagnostic's
/// properties), so the fix only rewrites syntax.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LookupArgumentCodeFix))]
[Shared]
public sealed class LookupArgumentCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(LookupDiagnosticProperties.UnknownValueId, LookupDiagnosticProperties.GeneratedNameId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax argument
                || argument.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } })
            {
                continue;
            }

            var properties = diagnostic.Properties;
            properties.TryGetValue(LookupDiagnosticProperties.Replaces, out var replaces);
            properties.TryGetValue(LookupDiagnosticProperties.Name, out var name);
            properties.TryGetValue(LookupDiagnosticProperties.Value, out var value);
            if (replaces == LookupReplacement.Call && name is not null)
            {
                var property = PropertyAccess(invocation, name);
                Register(context, diagnostic, root, invocation, property, "Use " + property.ToString(), "ContentGen.UseProperty");
            }
            else if (replaces == LookupReplacement.Argument && name is not null)
            {
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                var constant = model is null ? SyntaxFactory.ParseExpression(name) : ShortestName(model, argument.SpanStart, name);
                Register(context, diagnostic, root, argument, constant, "Use " + ShortName(name), "ContentGen.UseConstant");
            }
            else if (value is not null && diagnostic.Id == LookupDiagnosticProperties.UnknownValueId)
            {
                var literal = properties.TryGetValue(LookupDiagnosticProperties.Kind, out var kind) && kind == LookupMatch.Year
                    && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(year))
                    : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
                Register(context, diagnostic, root, argument, literal, "Change to " + literal.ToString(), "ContentGen.UseNearestValue");
            }
        }
    }

    /// <summary><c>Papers.Get("x")</c> → <c>Papers.X</c>; <c>Get("x")</c> (under <c>using static</c>) → <c>X</c>.</summary>
    private static ExpressionSyntax PropertyAccess(InvocationExpressionSyntax invocation, string name)
        => invocation.Expression is MemberAccessExpressionSyntax access
            ? access.WithName(SyntaxFactory.IdentifierName(name))
            : SyntaxFactory.IdentifierName(name);

    /// <summary>The name as a user reads it: <c>global::App.Taxonomies.Tags.X</c> → <c>Taxonomies.Tags.X</c>.</summary>
    private static string ShortName(string name)
    {
        var taxonomies = name.LastIndexOf(".Taxonomies.", System.StringComparison.Ordinal);
        return taxonomies >= 0 ? name.Substring(taxonomies + 1) : name;
    }

    /// <summary>
    /// <c>Taxonomies.Tags.X</c> where that binds to the constant at the argument (the usual case: the code already uses
    /// the collection's namespace), else the fully qualified name.
    /// </summary>
    private static ExpressionSyntax ShortestName(SemanticModel model, int position, string qualified)
    {
        var full = SyntaxFactory.ParseExpression(qualified);
        var target = model.GetSpeculativeSymbolInfo(position, full, SpeculativeBindingOption.BindAsExpression).Symbol;
        var shortName = SyntaxFactory.ParseExpression(ShortName(qualified));
        return target is not null && SymbolEqualityComparer.Default.Equals(target, model.GetSpeculativeSymbolInfo(position, shortName, SpeculativeBindingOption.BindAsExpression).Symbol)
            ? shortName
            : full;
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode old, ExpressionSyntax replacement, string title, string key)
        => context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(old, replacement.WithTriviaFrom(old)))),
                key),
            diagnostic);
}
