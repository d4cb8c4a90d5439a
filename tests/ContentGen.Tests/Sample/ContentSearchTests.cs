using System;
using System.Linq;
using SampleApp.Search;
using Xunit;

namespace ContentGen.Tests.Sample;

public sealed class ContentSearchTests
{
    private static readonly SearchDocument InBody = new("paper", "in-body", "Unrelated", "Nothing here.", "A long text that mentions reward hacking once.", new DateOnly(2024, 1, 1));
    private static readonly SearchDocument InSummary = new("paper", "in-summary", "Also unrelated", "About reward hacking.", "Body.", new DateOnly(2023, 1, 1));
    private static readonly SearchDocument InTitle = new("paper", "in-title", "Reward Hacking in the Wild", null, "Body.", new DateOnly(2022, 1, 1));
    private static readonly SearchDocument OneWord = new("note", "one-word", "Reward models", null, "Only one of the words.", new DateOnly(2025, 1, 1));

    [Fact]
    public void A_match_in_the_title_ranks_above_the_summary_above_the_body()
    {
        var hits = ContentSearch.Search([InBody, InSummary, InTitle, OneWord], "reward hacking");

        Assert.Equal(["in-title", "in-summary", "in-body"], hits.Select(h => h.Document.Slug));
    }

    [Fact]
    public void Every_word_must_occur_somewhere_and_case_and_punctuation_do_not_matter()
    {
        Assert.Single(ContentSearch.Search([InBody, OneWord], "REWARD, hacking!"));
        Assert.Empty(ContentSearch.Search([InBody], "reward gaming"));
        Assert.Empty(ContentSearch.Search([InBody], " -- "));
    }

    [Fact]
    public void Snippet_is_cut_around_the_match_and_marks_the_phrase_once()
    {
        var text = string.Concat(Enumerable.Repeat("filler words here ", 30)) + "the safety training result " + string.Concat(Enumerable.Repeat("more filler ", 40));
        var hit = Assert.Single(ContentSearch.Search([new SearchDocument("paper", "x", "X", null, text, default)], "safety training"));

        Assert.StartsWith("…", hit.Snippet);
        Assert.EndsWith("…", hit.Snippet);
        Assert.True(hit.Snippet.Length <= ContentSearch.SnippetLength + 2, hit.Snippet);
        var mark = Assert.Single(hit.Highlights);
        Assert.Equal("safety training", hit.Snippet.Substring(mark.Start, mark.Length));
    }
}
