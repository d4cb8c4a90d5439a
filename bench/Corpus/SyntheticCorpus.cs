using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ContentGen.Corpus;

/// <summary>
/// A synthetic collection of paper summaries in the seed's format, for benchmarks and the scale test: quoted titles
/// with colons, 1 to 20 authors, dates over ten years with matching arXiv ids, a DOI on a third of them, taxonomy
/// terms drawn from skewed pools (a few terms are common, most are rare), and bodies of about 8 KB with a
/// <c>## Summary</c>, a <c>## Key Findings</c> list and commentary sections with emphasis and links.
/// The same count and seed always give the same files.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Words =
    (
        "model models language deception training safety alignment behavior behaviour evaluation agent agents goal goals " +
        "reward policy human feedback preference oversight monitor monitoring chain thought reasoning honest honesty lie " +
        "lies detection probe probes activation activations representation internal state belief beliefs strategic " +
        "capability capabilities risk risks benchmark dataset fine tuning pressure incentive incentives situational " +
        "awareness scheming sandbagging sycophancy manipulation persuasion trust transparency interpretability circuit " +
        "feature features layer layers scale scaling larger smaller emergent robust robustness adversarial attack defense " +
        "the a of to and in that is for on with as by this we it are be from at an not which but can our these results " +
        "show shows suggest suggests find finds paper study evidence argue claim method approach experiment experiments"
    ).Split(' ');

    private static readonly string[] Surnames =
        "Hubinger Denison Mu Lambert Tong MacDiarmid Lanham Ziegler Maxwell Cheng Jermyn Askell Radhakrishnan Amodei Kaplan Olah Perez Ganguli Hernandez Park Goldstein Chen Hendrycks Scheurer Balesni Hobbhahn Greenblatt Wright Meinke Pacchiardi Hagendorff Azaria Mitchell Burns Ye Klein Steinhardt Evans Christiano Leike Shah Krakovna Irving Steinhardt Wei Bowman Ngo Carlsmith Cotra"
            .Split(' ');

    private static readonly string[] DeceptionTypes =
        { "Strategic Deception", "Deceptive Alignment", "Sycophancy", "Lying", "Sandbagging", "Scheming", "Manipulation", "Alignment Faking", "Goal Preservation", "Reward Hacking", "Imitative Falsehood", "Hallucination" };

    private static readonly string[] ResearchAreas =
        { "AI Safety", "AI Alignment", "Interpretability", "Adversarial Robustness", "Evaluation", "Lie Detection", "Governance", "Cognitive Science", "Philosophy of Mind", "Machine Ethics", "Security", "Multi-Agent Systems", "Reinforcement Learning", "Natural Language Processing", "Human-AI Interaction" };

    private static readonly string[] SystemTypes =
        { "Large Language Models", "LLM Agents", "Reinforcement Learning Agents", "Multimodal Models", "Recommender Systems", "Game-Playing Agents", "Chatbots", "Code Models" };

    private static readonly string[] Venues =
        { "NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "AAAI", "PNAS", "Nature", "Patterns", "Anthropic", "OpenAI", "DeepMind", "Apollo Research", "arXiv" };

    /// <summary>Generates <paramref name="count"/> papers: file name and text.</summary>
    public static IEnumerable<(string FileName, string Text)> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        // Distinct also by spelling (no "agent" next to "agents"): a clean corpus has no CG0407 warnings.
        var tags = Enumerable.Range(0, 300)
            .Select(i => Phrase(new Random(seed + i), 1, 3).ToLowerInvariant())
            .GroupBy(t => t.Replace(" ", string.Empty).TrimEnd('s'))
            .Select(g => g.First())
            .ToArray();
        for (var i = 0; i < count; i++)
        {
            yield return Paper(random, i, tags);
        }
    }

    private static (string FileName, string Text) Paper(Random random, int index, string[] tags)
    {
        var date = new DateTime(2015, 1, 1).AddDays(random.Next(0, 3650));
        var firstAuthor = Surnames[random.Next(Surnames.Length)];
        var slug = string.Create(CultureInfo.InvariantCulture, $"{firstAuthor.ToLowerInvariant()}-{date.Year}-{Slugify(Phrase(random, 2, 3))}-{index:00000}");
        var title = Capitalize(Phrase(random, 2, 5)) + ": " + Capitalize(Phrase(random, 3, 8));
        var authors = Enumerable.Range(0, 1 + (int)Math.Min(19, -Math.Log(1 - random.NextDouble()) * 4))
            .Select(a => (a == 0 ? firstAuthor : Surnames[random.Next(Surnames.Length)]) + ", " + (char)('A' + random.Next(26)) + ".")
            .Distinct()
            .ToArray();
        // arXiv numbers have five digits: past 90,000 papers they would repeat, which is an error (CG0404), so those papers have none.
        var arxiv = index < 90000 ? string.Create(CultureInfo.InvariantCulture, $"{date:yyMM}.{index + 10000:00000}") : string.Empty;
        var hasDoi = random.Next(3) == 0;
        var front = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(Quote(title)).Append('\n')
            .Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("draft: false\n\n# Paper metadata\n")
            .Append("authors: [").Append(string.Join(", ", authors.Select(Quote))).Append("]\n")
            .Append("publication: ").Append(Quote(Venues[random.Next(Venues.Length)])).Append('\n')
            .Append("publication_year: ").Append(Math.Min(date.Year + random.Next(0, 2), 2025).ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("doi: ").Append(hasDoi ? Quote(string.Create(CultureInfo.InvariantCulture, $"10.{1000 + (index % 9000)}/synthetic.{index}")) : "\"\"").Append('\n')
            .Append("arxiv: ").Append(Quote(arxiv)).Append('\n')
            .Append("paper_url: ").Append(Quote(arxiv.Length > 0 ? "https://arxiv.org/abs/" + arxiv : "https://example.org/papers/" + index.ToString(CultureInfo.InvariantCulture))).Append("\n\n# Taxonomies\n")
            .Append("deception_types: ").Append(Terms(random, DeceptionTypes, 1, 3)).Append('\n')
            .Append("research_areas: ").Append(Terms(random, ResearchAreas, 1, 3)).Append('\n')
            .Append("system_types: ").Append(Terms(random, SystemTypes, 1, 2)).Append('\n')
            .Append("tags: ").Append(Terms(random, tags, 2, 6)).Append("\n\n# Summary\n")
            .Append("summary: ").Append(Quote(Capitalize(Phrase(random, 15, 30)) + ".")).Append('\n')
            .Append("---\n\n");
        return (slug + ".md", front.Append(Body(random)).ToString());
    }

    private static string Body(Random random)
    {
        var body = new StringBuilder(9000);
        body.Append("## Summary\n\n");
        for (var p = 0; p < 4; p++)
        {
            body.Append(Paragraph(random)).Append("\n\n");
        }

        body.Append("## Key Findings\n\n");
        for (var f = 0; f < random.Next(4, 8); f++)
        {
            body.Append("- ").Append(Capitalize(Phrase(random, 8, 16))).Append('\n');
        }

        body.Append("\n## Philosophical & CogSci Commentary\n\n");
        foreach (var heading in new[] { "Conceptual Issues", "Cognitive Parallels", "Broader Implications" })
        {
            body.Append("### ").Append(heading).Append("\n\n");
            for (var p = 0; p < 3; p++)
            {
                body.Append(Paragraph(random)).Append("\n\n");
            }
        }

        return body.ToString();
    }

    private static string Paragraph(Random random)
    {
        var sentences = new List<string>();
        for (var s = 0; s < random.Next(3, 6); s++)
        {
            var words = Phrase(random, 10, 22).Split(' ');
            var emphasised = random.Next(words.Length);
            words[emphasised] = random.Next(4) switch
            {
                0 => "**" + words[emphasised] + "**",
                1 => "*" + words[emphasised] + "*",
                2 => "[" + words[emphasised] + "](https://example.org/" + words[emphasised] + ")",
                _ => words[emphasised],
            };
            sentences.Add(Capitalize(string.Join(" ", words)) + ".");
        }

        return string.Join(" ", sentences);
    }

    private static string Terms(Random random, string[] pool, int min, int max)
    {
        // Skewed: low indexes are drawn far more often, as real taxonomies have a few common terms and many rare ones.
        var picked = Enumerable.Range(0, random.Next(min, max + 1))
            .Select(_ => pool[(int)(Math.Pow(random.NextDouble(), 2.5) * pool.Length)])
            .Distinct();
        return "[" + string.Join(", ", picked.Select(Quote)) + "]";
    }

    private static string Phrase(Random random, int min, int max)
        => string.Join(" ", Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Words[random.Next(Words.Length)]));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slugify(string text) => text.Replace(' ', '-');

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
