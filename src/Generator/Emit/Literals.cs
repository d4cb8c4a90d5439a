using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Emit;

/// <summary>
/// The only way content reaches generated code: C# literals and XML doc text, escaped so that no value can end a
/// string, a comment or a line early.
/// </summary>
internal static class Literals
{
    /// <summary>A C# string literal, or <c>null</c>. Roslyn's formatter escapes quotes, backslashes, every line
    /// break (U+2028, U+2029 and U+0085 included), NUL and lone surrogates.</summary>
    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// The first of the 32,768 characters a packed literal is written in, U+3400 to U+B3FF: no quote, backslash, line
    /// break or surrogate is among them, so none needs an escape. The run time's <c>Payload.PackedBase</c> is the same.
    /// </summary>
    public const char PackedBase = '\u3400';

    /// <summary>
    /// Appends a C# string literal of <paramref name="count"/> bytes from <paramref name="offset"/>, 15 bits a
    /// character: each character is <see cref="PackedBase"/> plus the next 15 bits, low bits first, the last padded
    /// with zeros. It takes two fifths of the characters Base64 takes, and the compiler holds every character of a
    /// literal several times over (the generated text, the token's text and value), so a large table costs it that much
    /// less. Appended straight into the generated file, without a string of its own on the large-object heap first.
    /// </summary>
    public static void AppendPacked(StringBuilder to, byte[] bytes, int offset, int count)
    {
        to.Append('"');
        uint bits = 0;
        var held = 0;
        for (var i = offset; i < offset + count; i++)
        {
            bits |= (uint)bytes[i] << held;
            held += 8;
            if (held >= 15)
            {
                to.Append((char)(PackedBase + (bits & 0x7FFF)));
                bits >>= 15;
                held -= 15;
            }
        }

        if (held > 0)
        {
            to.Append((char)(PackedBase + bits));
        }

        to.Append('"');
    }

    /// <summary>How many characters the packed literal of <paramref name="count"/> bytes takes, quotes included.</summary>
    public static int PackedLength(int count) => ((count * 8) + 14) / 15 + 2;

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for an XML doc comment (see <see cref="Naming.XmlText.Escape"/>, the one implementation).</summary>
    public static string XmlDoc(string value) => Naming.XmlText.Escape(value);

    /// <summary>A link in an XML doc comment, <c>&lt;see href="..."&gt;text&lt;/see&gt;</c>, both escaped.</summary>
    public static string XmlDocLink(string href, string text) => "<see href=\"" + Naming.XmlText.EscapeAttribute(href) + "\">" + XmlDoc(text) + "</see>";
}
