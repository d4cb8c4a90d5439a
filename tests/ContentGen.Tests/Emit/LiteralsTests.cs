using ContentGen.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

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
    public void Base64_literal_parses_back_to_the_same_bytes()
    {
        var bytes = new byte[] { 0, 1, 2, 250, 251, 252, 253, 254, 255, 62, 63 };

        var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(Literals.Base64(System.Convert.ToBase64String(bytes)));

        Assert.Empty(expression.GetDiagnostics());
        Assert.Equal(bytes, System.Convert.FromBase64String(expression.Token.ValueText));
    }

    [Theory]
    [InlineData("QUJD\"; }")]
    [InlineData("QUJD\n")]
    [InlineData("QUJD\\")]
    public void Base64_literal_refuses_anything_but_base64(string text)
        => Assert.Throws<System.ArgumentException>(() => Literals.Base64(text));
}
