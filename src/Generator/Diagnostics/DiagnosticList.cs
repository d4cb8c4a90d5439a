using System.Collections.Generic;
using ContentGen.Model;
using Microsoft.CodeAnalysis;

namespace ContentGen.Diagnostics;

/// <summary>Collects the diagnostics of one parse, as data.</summary>
internal sealed class DiagnosticList
{
    private readonly List<DiagnosticInfo> _items = new();

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    public void Add(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
    {
        var info = DiagnosticInfo.Create(descriptor, location, arguments);
        HasErrors |= info.IsError;
        _items.Add(info);
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
