using System;
using System.Linq;
using ContentGen.Emit;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using RuntimePayload = ContentGen.Runtime.Payload;

namespace ContentGen.Tests.Emit;

public sealed class LiteralsTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" and backslash \\")]
    [InlineData("\"; } public class Pwned { } //")]
    [InlineData("line\nbreak\r\nand\u2028separators\u2029\u0085")]
    [InlineData("nul\0char")]
    [InlineData("lone \uD800 surrogate")]
    [InlineData("\"\"\" raw { } */ <tag> & ")]
    public void String_literal_parses_back_to_the_same_value(string value)
    {
        var literal = Literals.String(value);

        var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        Assert.Equal(value, expression.Token.ValueText);
    }

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("sep\u2028arator\u2029\u0085", "sep arator  ")]
    [InlineData("rtl\u202Eoverride", "rtl override")]
    [InlineData("emoji \U0001F600 kept", "emoji \U0001F600 kept")]
    public void Xml_doc_text_is_escaped_and_never_breaks_the_comment_line(string value, string expected)
        => Assert.Equal(expected, Literals.XmlDoc(value));

    [Fact]
    public void A_packed_literal_holds_15_bits_a_character_from_U3400_low_bits_first()
    {
        // 0xFF 0xFF: the first 15 bits are all ones (U+3400 + 0x7FFF), the 16th is the next character's lowest bit.
        Assert.Equal("\"\uB3FF\u3401\"", Packed(new byte[] { 0xFF, 0xFF }, 0, 2));
        // 0x01 0x00 0x80: bit 0 set, then bit 23, which is bit 8 of the second character.
        Assert.Equal("\"\u3401\u3500\"", Packed(new byte[] { 0x01, 0x00, 0x80 }, 0, 3));
        Assert.Equal("\"\"", Packed(new byte[] { 7 }, 1, 0));
    }

    [Fact]
    public void A_packed_literal_parses_as_one_string_token_and_unpacks_to_the_same_bytes()
        => Gen.Byte.Array[0, 200].Select(Gen.Int[0, 3]).Sample((bytes, skip) =>
        {
            var offset = System.Math.Min(skip, bytes.Length);
            var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(Packed(bytes, offset, bytes.Length - offset));
            var table = new byte[bytes.Length - offset];
            var written = 0;
            RuntimePayload.Unpack(expression.Token.ValueText, table.Length, table, ref written);
            return !expression.GetDiagnostics().Any() && written == table.Length && table.AsSpan().SequenceEqual(bytes.AsSpan(offset));
        }, iter: 5_000);

    /// <summary>The packed literal as the generated file gets it, checked to take the length it is sized for.</summary>
    private static string Packed(byte[] bytes, int offset, int count)
    {
        var literal = new System.Text.StringBuilder();
        Literals.AppendPacked(literal, bytes, offset, count);
        Assert.Equal(Literals.PackedLength(count), literal.Length);
        return literal.ToString();
    }

    [Fact]
    public void The_packed_characters_start_where_the_run_time_reads_them_from()
        => Assert.Equal(Literals.PackedBase, RuntimePayload.PackedBase);

    [Theory]
    [InlineData("\u33FF")]
    [InlineData("\uB400")]
    [InlineData("\u3400\u3400\u3400")]
    public void Unpacking_a_damaged_literal_throws(string packed)
    {
        var table = new byte[2];
        var written = 0;
        Assert.Throws<System.InvalidOperationException>(() => RuntimePayload.Unpack(packed, 2, table, ref written));
    }
}
