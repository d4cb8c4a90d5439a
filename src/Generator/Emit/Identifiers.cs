using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ContentGen.Emit;

/// <summary>
/// Turns slugs and taxonomy terms into C# identifiers. Letters and digits of any script are kept (C# allows them);
/// everything else, invisible format characters included, separates words. The result is PascalCase, so it is never
/// a keyword; a leading digit gets a <c>_</c> prefix; a name already used by the generated class gets a suffix.
/// </summary>
internal static class Identifiers
{
    /// <summary>Members of <c>Papers</c> (and of every object) that a paper's property must not take.</summary>
    private static readonly HashSet<string> ReservedInPapers = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "Papers", "All", "Count", "Get", "TryGet", "WithTag", "WithDeceptionType", "WithResearchArea", "WithSystemType",
        "ByAuthor", "InYear", "FindByDoi", "FindByArxiv", "Slugs", "Store",
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <summary>Members of a taxonomy class (and of every object) that a term's constant must not take.</summary>
    private static readonly HashSet<string> ReservedInTaxonomy = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "All", "Counts", "DeceptionTypes", "ResearchAreas", "SystemTypes", "Tags", "Taxonomies",
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <summary>The PascalCase identifier for a name, or an empty string when it has no letter or digit.</summary>
    public static string ToPascalCase(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        var startOfWord = true;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (IsIdentifierCharacter(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>
    /// One dotted part of a namespace, kept as the user wrote it where it is valid: other characters become
    /// <c>_</c>, a leading digit gets a <c>_</c> prefix and a keyword an <c>@</c>.
    /// </summary>
    public static string ForNamespacePart(string part)
    {
        var builder = new StringBuilder(part.Length);
        foreach (var c in part.Trim())
        {
            builder.Append(IsIdentifierCharacter(c) || c == '_' ? c : '_');
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        var isKeyword = Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(identifier) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
            || identifier == "global";
        return isKeyword ? "@" + identifier : identifier;
    }

    /// <summary>The identifier for a paper's property in <c>Papers</c>.</summary>
    public static string ForPaper(string slug) => Avoid(ToPascalCase(slug), ReservedInPapers, "Paper");

    /// <summary>The identifier for a term's constant, before disambiguation.</summary>
    public static string ForTerm(string term) => Avoid(ToPascalCase(term), ReservedInTaxonomy, "Term");

    /// <summary>A stable hash (FNV-1a over UTF-16 code units), identical on every machine and run.</summary>
    public static uint StableHash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    private static string Avoid(string identifier, HashSet<string> reserved, string suffix)
        => identifier.Length > 0 && reserved.Contains(identifier) ? identifier + suffix : identifier;

    /// <summary>
    /// Letters (of any case or script), combining marks after the first character, and decimal digits.
    /// Format characters such as U+200B are deliberately not kept: C# ignores them, so two names that differ
    /// only by one would be the same identifier.
    /// </summary>
    private static bool IsIdentifierCharacter(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            default:
                return false;
        }
    }
}
