using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Infrastructure;

/// <summary>
/// What every generator test checks after its run, as NetEscapades.EnumGenerators' test helper does: running the
/// driver again on a clone of the compilation (a new object, the same code, the same files and options) re-runs
/// nothing that gives a different value, and no value a ContentGen stage keeps between runs holds a compilation,
/// a symbol or syntax, which would keep the whole compilation alive and never compare equal.
/// </summary>
internal static class CachedRerun
{
    /// <summary>Far deeper than any model; it only bounds walking into something unexpected.</summary>
    private const int MaxDepth = 64;

    private static readonly Lazy<HashSet<string>> Stages = new(() => typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>Runs <paramref name="driver"/> (which has run once) again on <paramref name="clone"/> and checks both runs.</summary>
    public static void Check(GeneratorDriver driver, Compilation clone)
    {
        var first = driver.GetRunResult().Results.Single();
        var second = driver.RunGenerators(clone).GetRunResult().Results.Single();

        var rerun = OurSteps(second)
            .Concat(second.TrackedOutputSteps.SelectMany(pair => pair.Value.Select(step => (Name: pair.Key, Step: step))))
            .SelectMany(s => s.Step.Outputs.Select((output, i) => (s.Name, Index: i, output.Reason)))
            .Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(o => o.Name + " (output " + o.Index + "): " + o.Reason)
            .Distinct()
            .ToList();

        var found = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, step) in OurSteps(first).Concat(OurSteps(second)))
        {
            for (var i = 0; i < step.Outputs.Length; i++)
            {
                Walk(step.Outputs[i].Value, name + "[" + i + "]", 0, visited, found);
            }
        }

        var problems = new List<string>();
        if (rerun.Count > 0)
        {
            problems.Add("Run again on compilation.Clone(), these steps gave new values (only Cached or Unchanged may): " + string.Join("; ", rerun));
        }

        if (found.Count > 0)
        {
            problems.Add("Values kept between runs hold Roslyn objects: " + string.Join("; ", found.Distinct()));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// The steps of ContentGen's stages. Roslyn's own input steps are left out: they hold the compilation by design, and
    /// the clone is a new one, so its Compilation step is Modified.
    /// </summary>
    private static IEnumerable<(string Name, IncrementalGeneratorRunStep Step)> OurSteps(GeneratorRunResult result)
        => result.TrackedSteps.Where(pair => Stages.Value.Contains(pair.Key)).SelectMany(pair => pair.Value.Select(step => (pair.Key, step)));

    /// <summary>
    /// Walks fields, not properties: fields are all the state an object keeps (auto-properties included), while a
    /// property may compute, allocate or throw.
    /// </summary>
    private static void Walk(object? value, string path, int depth, HashSet<object> visited, List<string> found)
    {
        if (value is null || depth > MaxDepth)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.IsPointer || value is string or Type or MemberInfo)
        {
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or IOperation or AdditionalText)
        {
            found.Add(path + " is a " + type.FullName);
            return;
        }

        if (value is DiagnosticDescriptor)
        {
            return; // Roslyn's own immutable, equatable data; it holds a resource manager, not a compilation.
        }

        if (value is Array array)
        {
            var elementType = type.GetElementType()!;
            if (elementType.IsPrimitive || elementType.IsEnum || elementType == typeof(string))
            {
                return;
            }

            var index = 0;
            foreach (var item in array)
            {
                Walk(item, path + "[" + index++ + "]", depth + 1, visited, found);
            }

            return;
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, depth + 1, visited, found);
            }
        }
    }
}
