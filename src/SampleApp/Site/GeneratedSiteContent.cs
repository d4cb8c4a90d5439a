using System.Collections.Generic;
using System.Linq;
using SampleApp.Content;

namespace SampleApp.Site;

/// <summary>The site's content from the records the generator compiled from content/papers and content/notes.</summary>
internal static class GeneratedSiteContent
{
    public static readonly SiteTaxonomy Tags = new("tags", "Tags", "Tag");
    public static readonly SiteTaxonomy DeceptionTypes = new("deception-types", "Deception types", "Deception type");
    public static readonly SiteTaxonomy ResearchAreas = new("research-areas", "Research areas", "Research area");
    public static readonly SiteTaxonomy SystemTypes = new("system-types", "System types", "System type");
    public static readonly SiteTaxonomy Topics = new("topics", "Note topics", "Topic");

    /// <summary>Every paper and note of the generated API.</summary>
    public static SiteContent Create() => new(
        "Papers on AI deception",
        Papers.All.Select(ToSite).ToList(),
        Notes.All.Select(ToSite).ToList(),
        [DeceptionTypes, ResearchAreas, SystemTypes, Tags, Topics]);

    private static SitePaper ToSite(Paper paper) => new(
        paper.Slug,
        paper.Title,
        paper.Date,
        paper.Authors,
        paper.Publication,
        paper.PublicationYear,
        paper.Doi,
        paper.Arxiv,
        paper.PaperUrl,
        paper.Summary,
        [
            new SiteTerms(DeceptionTypes, paper.DeceptionTypes),
            new SiteTerms(ResearchAreas, paper.ResearchAreas),
            new SiteTerms(SystemTypes, paper.SystemTypes),
            new SiteTerms(Tags, paper.Tags),
        ],
        paper.Html,
        paper.PlainText,
        paper.WordCount,
        paper.ReadingTime,
        paper.ToBibTeX());

    private static SiteNote ToSite(Note note) => new(
        note.Slug,
        note.Title,
        note.Date,
        NoteStatusName(note.Status),
        note.Rating,
        note.Papers.Select(paper => paper.Slug).ToList(),
        [new SiteTerms(Topics, note.Topics)],
        note.Html,
        note.PlainText);

    /// <summary>The status as contentgen.yaml spells it.</summary>
    public static string NoteStatusName(NoteStatus status) => status switch
    {
        NoteStatus.Reading => "reading",
        NoteStatus.Read => "read",
        NoteStatus.Revisit => "revisit",
        _ => status.ToString(),
    };
}
