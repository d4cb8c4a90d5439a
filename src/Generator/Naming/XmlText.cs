using System.Text;

namespace ContentGen.Naming;

/// <summary>
/// Text made safe for an XML doc comment. Here rather than in <c>Emit/</c> so that the config reader, which turns a
/// field's <c>description:</c> into the property's doc, and the emitters share one implementation.
/// </summary>
internal static class XmlText
{
    /// <summary>
    /// Text for an XML doc comment: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped, and every character that C#
    /// reads as a line break (which would end the <c>///</c> comment and let the rest run as code) or any other
    /// control character, lone surrogate or bidirectional override (a "Trojan Source" trick) replaced by a space.
    /// </summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        builder.Append(IsUnsafeInComment(c) ? ' ' : c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsUnsafeInComment(char c)
        => char.IsControl(c) || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Text for an XML attribute value in double quotes: <see cref="Escape"/>, and <c>"</c> as <c>&amp;quot;</c>.</summary>
    public static string EscapeAttribute(string value) => Escape(value).Replace("\"", "&quot;");
}
