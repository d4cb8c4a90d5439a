using System.Collections.Generic;
using ContentGen.Model;
using Microsoft.CodeAnalysis;

namespace ContentGen.Diagnostics;

/// <summary>
/// Collects the diagnostics of one parse, as data. At most <see cref="MaxPerFile"/> are kept; the rest are counted
/// and summed up in one CG0013, so a hostile file cannot flood the build output or the pipeline. Checks across files
/// keep every diagnostic (<see cref="AcrossFiles"/>): each is at its own document, which is no flood.
/// </summary>
internal sealed class DiagnosticList
{
    public const int MaxPerFile = 100;

    private readonly int _limit;

    public DiagnosticList()
        : this(MaxPerFile)
    {
    }

    private DiagnosticList(int limit) => _limit = limit;

    /// <summary>A list for checks across files, with no limit.</summary>
    public static DiagnosticList AcrossFiles() => new(int.MaxValue);

    private readonly List<DiagnosticInfo> _items = new();
    private int _dropped;
    private LocationInfo? _lastLocation;

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    public void Add(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
    {
        var info = DiagnosticInfo.Create(descriptor, location, arguments);
        HasErrors |= info.IsError;
        if (_items.Count >= _limit)
        {
            _dropped++;
            _lastLocation = location;
            return;
        }

        _items.Add(info);
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray()
    {
        if (_dropped == 0)
        {
            return _items.ToEquatableArray();
        }

        var items = new List<DiagnosticInfo>(_items)
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.TooManyDiagnostics, _lastLocation, _dropped.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        return items.ToEquatableArray();
    }
}
