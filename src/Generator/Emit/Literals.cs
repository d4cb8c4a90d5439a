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

    /// <summary>A C# string literal of Base64 text, which needs no escaping; anything but Base64 in <paramref name="base64"/> throws.</summary>
    public static string Base64(string base64)
    {
        CheckBase64(base64);
        return "\"" + base64 + "\"";
    }

    /// <summary>
    /// A C# string literal of Base64 texts joined by <paramref name="separator"/> (a character that is not Base64 and
    /// needs no escaping); anything but Base64 in a part throws.
    /// </summary>
    public static string Base64Joined(System.Collections.Generic.IEnumerable<string> parts, char separator)
    {
        var builder = new StringBuilder().Append('"');
        var first = true;
        foreach (var part in parts)
        {
            if (!first)
            {
                builder.Append(separator);
            }

            first = false;
            CheckBase64(part);
            builder.Append(part);
        }

        return builder.Append('"').ToString();
    }

    private static void CheckBase64(string text)
    {
        foreach (var c in text)
        {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c is '+' or '/' or '='))
            {
                throw new System.ArgumentException("Not Base64 text.", nameof(text));
            }
        }
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for an XML doc comment (see <see cref="Naming.XmlText.Escape"/>, the one implementation).</summary>
    public static string XmlDoc(string value) => Naming.XmlText.Escape(value);

    /// <summary>A link in an XML doc comment, <c>&lt;see href="..."&gt;text&lt;/see&gt;</c>, both escaped.</summary>
    public static string XmlDocLink(string href, string text) => "<see href=\"" + Naming.XmlText.EscapeAttribute(href) + "\">" + XmlDoc(text) + "</see>";
}
