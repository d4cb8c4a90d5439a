using System;
using SampleApp.Site;

namespace ContentGen.Tests.Sample;

/// <summary>
/// Site content whose every text value tries to break out of its place in a page: a title that closes the
/// <c>title</c> element and opens a script, quotes that would end an attribute, a term that is an image with an
/// <c>onerror</c> handler, a <c>javascript:</c> URL. Only the export's seam takes it; the repository's content
/// stays clean.
/// </summary>
internal static class HostileContent
{
    public const string Title = "</title><script>window.pwned = 1</script> \"Quoted\" & 'single' <b>bold</b> </h1>";
    public const string Author = "\"><script>window.pwned = 2</script>, X.";
    public const string Tag = "<img src=x onerror=\"window.pwned = 3\">";
    public const string Summary = "</p><script>window.pwned = 4</script><p>";
    public const string Publication = "Journal of '\"><svg onload=window.pwned=5>";
    public const string NoteTitle = "Note on </title><script>window.pwned = 6</script>";

    public static readonly SiteTaxonomy Tags = new("tags", "Tags", "Tag");
    public static readonly SiteTaxonomy Topics = new("topics", "Topics", "Topic");

    public static SiteContent Create()
    {
        var hostile = new SitePaper(
            "hostile-2024-paper",
            Title,
            new DateOnly(2024, 5, 1),
            [Author, "Doe, J."],
            Publication,
            2024,
            "10.1000/\"><script>window.pwned=7</script>",
            "2405.00001",
            new Uri("javascript:window.pwned=8"),
            Summary,
            [new SiteTerms(Tags, [Tag, "safe tag"])],
            "<p>The body as the generator rendered it: &lt;script&gt; arrives escaped.</p>",
            "The body as plain text: <script>window.pwned = 9</script>",
            12,
            TimeSpan.FromMinutes(1),
            "@misc{hostile,\n  title = {{" + Title + "}},\n}");
        var plain = new SitePaper(
            "plain-2023-paper", "A plain paper", new DateOnly(2023, 1, 1), ["Doe, J."], null, null, null, null, null, null,
            [new SiteTerms(Tags, ["safe tag"])], "<p>Plain.</p>", "Plain.", 1, TimeSpan.FromMinutes(1), "@misc{plain}");
        var note = new SiteNote(
            "hostile-note", NoteTitle, new DateOnly(2025, 1, 1), "read\"><script>window.pwned=10</script>", 4,
            ["hostile-2024-paper"], [new SiteTerms(Topics, [Tag])], "<p>Note body.</p>", "Note body.");
        return new SiteContent("Site <script>window.pwned = 11</script>", [plain, hostile], [note], [Tags, Topics]);
    }
}
