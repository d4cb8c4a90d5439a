using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;

namespace ContentGen.Parsing;

/// <summary>
/// A front-matter node with its offsets in the file, so every value can be reported at its exact place. The YAML,
/// TOML and JSON readers all produce these, so typing works the same for the three formats.
/// These live only inside the parse of one file; they never enter the pipeline.
/// </summary>
internal abstract class FrontMatterNode
{
    protected FrontMatterNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Offset of the node's first character in the file.</summary>
    public int Start { get; }

    /// <summary>Offset just past the node's last character in the file.</summary>
    public int End { get; internal set; }

    public abstract string KindName { get; }

    protected string Offsets => "@" + Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + End.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class FrontMatterScalar : FrontMatterNode
{
    public FrontMatterScalar(string value, ScalarStyle style, int start, int end, bool mayBeCutAtComment = true)
        : base(start, end)
    {
        Value = value;
        Style = style;
        MayBeCutAtComment = mayBeCutAtComment;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    public bool IsPlain => Style == ScalarStyle.Plain;

    /// <summary>
    /// Whether a <c> #</c> after the value on its line may have cut a longer value short: true for YAML's plain
    /// scalars; false for TOML's bare values (numbers, booleans, dates), which cannot hold a space, so a comment
    /// after them cuts nothing.
    /// </summary>
    public bool MayBeCutAtComment { get; }

    /// <summary>YAML's null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindName => "a single value";

    /// <summary>The node whole, for tests that compare the readers' trees: style, value, offsets.</summary>
    public override string ToString() => Style + "(" + Value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" + Value + Offsets;
}

internal sealed class FrontMatterList : FrontMatterNode
{
    public FrontMatterList(int start, int end)
        : base(start, end)
    {
    }

    public List<FrontMatterNode> Items { get; } = new();

    public override string KindName => "a list";

    public override string ToString() => "[" + string.Join(", ", Items) + "]" + Offsets;
}

internal sealed class FrontMatterMap : FrontMatterNode
{
    public FrontMatterMap(int start, int end)
        : base(start, end)
    {
    }

    public List<KeyValuePair<FrontMatterScalar, FrontMatterNode>> Entries { get; } = new();

    public override string KindName => "a mapping";

    public override string ToString() => "{" + string.Join(", ", Entries.Select(entry => entry.Key + ": " + entry.Value)) + "}" + Offsets;
}
