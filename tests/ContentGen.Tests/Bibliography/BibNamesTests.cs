using System.Linq;
using ContentGen.Bibliography;
using ContentGen.Model;
using Xunit;

namespace ContentGen.Tests.Bibliography;

/// <summary>Every BibTeX name form, split into given | von | family | suffix, and the display helpers.</summary>
public sealed class BibNamesTests
{
    [Theory]
    [InlineData("Hubinger, Evan", "Evan||Hubinger||person")]
    [InlineData("Evan Hubinger", "Evan||Hubinger||person")]
    [InlineData("Evan J. Hubinger", "Evan J.||Hubinger||person")]
    [InlineData("Hubinger, E.", "E.||Hubinger||person")]
    [InlineData("D.~E. Knuth", "D. E.||Knuth||person")]
    [InlineData("Plato", "||Plato||person")]
    [InlineData("Jean-Paul Sartre", "Jean-Paul||Sartre||person")]
    [InlineData("Brinch Hansen, Per", "Per||Brinch Hansen||person")]
    [InlineData("van der Berg, Jan", "Jan|van der|Berg||person")]
    [InlineData("Jan van der Berg", "Jan|van der|Berg||person")]
    [InlineData("Ludwig van Beethoven", "Ludwig|van|Beethoven||person")]
    [InlineData("Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin", "Charles Louis Xavier Joseph|de la|Vallée Poussin||person")]
    [InlineData("John von Neumann", "John|von|Neumann||person")]
    [InlineData("John {von Neumann}", "John||von Neumann||person")]
    [InlineData("{von Neumann}, John", "John||von Neumann||person")]
    [InlineData("Van der Berg, Jan", "Jan|Van der|Berg||person")]
    [InlineData("de la Cruz, Jr., José", "José|de la|Cruz|Jr.|person")]
    [InlineData("King, Jr., Martin Luther", "Martin Luther||King|Jr.|person")]
    [InlineData("King, III, Martin Luther", "Martin Luther||King|III|person")]
    [InlineData("{\\'E}mile Zola", "Émile||Zola||person")]
    [InlineData("Zola, {\\'E}mile", "Émile||Zola||person")]
    [InlineData("{\\v S}koda, Jan", "Jan||Škoda||person")]
    [InlineData("Hans Christian {\\O}rsted", "Hans Christian||Ørsted||person")]
    [InlineData("M{\\\"u}ller, J{\\\"o}rg", "Jörg||Müller||person")]
    [InlineData("{Anthropic}", "||Anthropic||corporate")]
    [InlineData("{Bill and Melinda Gates Foundation}", "||Bill and Melinda Gates Foundation||corporate")]
    [InlineData("{The {LLM} Team \\& Co.}", "||The LLM Team & Co.||corporate")]
    [InlineData("{OpenAI} Team", "OpenAI||Team||person")]
    [InlineData("ng, andrew", "andrew||ng||person")]
    [InlineData("Ludwig van", "Ludwig||van||person")]
    [InlineData("others", "||others||person")]
    public void Name_form_is_split_into_its_parts(string raw, string expected)
    {
        var names = BibNames.Parse(raw);

        var name = Assert.Single(names);
        Assert.Equal(expected, $"{name.Given}|{name.Von}|{name.Family}|{name.Suffix}|{(name.IsCorporate ? "corporate" : "person")}");
    }

    [Theory]
    [InlineData("Doe, John and Roe, Jane and others", "Doe, John;Roe, Jane;others")]
    [InlineData("Doe, J. AND Roe, R.", "Doe, J.;Roe, R.")]
    [InlineData("Alice and Bob", "Alice;Bob")]
    [InlineData("{Barnes and Noble} and Smith, A.", "Barnes and Noble;Smith, A.")]
    [InlineData("Anderson, Sandra and Brandt, Andy", "Anderson, Sandra;Brandt, Andy")]
    [InlineData("Doe, J.\n\tand Roe, R.", "Doe, J.;Roe, R.")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Name_lists_split_on_and_at_brace_depth_zero(string raw, string expected)
        => Assert.Equal(expected, string.Join(";", BibNames.Parse(raw).Select(n => n.FamilyFirst)));

    [Theory]
    [InlineData("Hubinger, Evan", "Hubinger, E.", "Hubinger, Evan", "Evan Hubinger", "E.")]
    [InlineData("van Beethoven, Ludwig", "van Beethoven, L.", "van Beethoven, Ludwig", "Ludwig van Beethoven", "L.")]
    [InlineData("King, Jr., Martin Luther", "King, M. L., Jr.", "King, Martin Luther, Jr.", "Martin Luther King, Jr.", "M. L.")]
    [InlineData("Sartre, Jean-Paul", "Sartre, J.-P.", "Sartre, Jean-Paul", "Jean-Paul Sartre", "J.-P.")]
    [InlineData("Tolkien, J.R.R.", "Tolkien, J. R. R.", "Tolkien, J.R.R.", "J.R.R. Tolkien", "J. R. R.")]
    [InlineData("Zola, {\\'E}mile", "Zola, É.", "Zola, Émile", "Émile Zola", "É.")]
    [InlineData("Plato", "Plato", "Plato", "Plato", "")]
    [InlineData("{Anthropic}", "Anthropic", "Anthropic", "Anthropic", "")]
    public void Display_forms(string raw, string display, string familyFirst, string givenFirst, string initials)
    {
        var name = Assert.Single(BibNames.Parse(raw));

        Assert.Equal(display, name.Display);
        Assert.Equal(familyFirst, name.FamilyFirst);
        Assert.Equal(givenFirst, name.GivenFirst);
        Assert.Equal(initials, name.Initials);
    }

    [Fact]
    public void Problems_are_reported_with_the_name_as_written()
    {
        var problems = new System.Collections.Generic.List<(string Name, string Problem)>();

        var names = BibNames.Parse("and Doe, John, Jr, Extra and , Smith and", problems);

        Assert.Equal(
            new[]
            {
                "|before the first 'and'",
                "Doe, John, Jr, Extra|has 3 commas, at most 2 are allowed (the extra parts are read as given names)",
                ", Smith|has nothing before its comma (it is read without the commas)",
                "|after the last 'and'",
            },
            problems.Select(p => p.Name + "|" + p.Problem));
        Assert.Equal(new[] { "Doe, Jr, Extra, John", "Smith" }, names.Select(n => n.FamilyFirst));
    }

    [Fact]
    public void Deep_braces_in_a_name_list_do_not_overflow_the_stack()
    {
        var raw = new string('{', 100_000) + "Deep" + new string('}', 100_000) + " and Doe, J.";

        var names = BibNames.Parse(raw);

        Assert.Equal(new[] { "Deep", "Doe, J." }, names.Select(n => n.Display));
        Assert.True(names[0].IsCorporate);
    }

    [Fact]
    public void Names_are_equatable_records()
        => Assert.Equal(BibNames.Parse("Doe, John and {ACME}"), new EquatableArray<BibName>(new[] { new BibName("John", string.Empty, "Doe", string.Empty, false), new BibName(string.Empty, string.Empty, "ACME", string.Empty, true) }));
}
