using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SampleApp.Site;

/// <summary>
/// The file names of the site's pages: every slug and term mapped once to a lower-case ASCII name (letters, digits,
/// hyphens) that is unique in its folder, also on a file system that ignores case. Whatever a slug or term holds, the
/// name holds nothing that needs escaping in a link or a path.
/// </summary>
internal sealed class SiteNames
{
    private readonly Dictionary<string, Dictionary<string, string>> _byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _taken = new(StringComparer.Ordinal);

    /// <summary>The page of <paramref name="key"/> in <paramref name="folder"/>, relative to the site's root (<c>papers/x.html</c>); the same key always gets the same page.</summary>
    /// <param name="folder">The folder, one of the site's (<c>papers</c>, <c>tags</c>, …).</param>
    /// <param name="key">A slug or a term; terms are matched ignoring case, as the generated lookups match them.</param>
    public string Page(string folder, string key)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(key);
        if (!_byFolder.TryGetValue(folder, out var names))
        {
            names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            _byFolder[folder] = names;
            _taken[folder] = ["index"];
        }

        if (!names.TryGetValue(key, out var name))
        {
            var stem = Stem(key);
            name = stem;
            for (var n = 2; !_taken[folder].Add(name); n++)
            {
                name = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            names[key] = name;
        }

        return folder + "/" + name + ".html";
    }

    /// <summary>Lower-case ASCII letters and digits of <paramref name="key"/> (accents dropped), other runs as one hyphen; <c>page</c> when nothing is left.</summary>
    internal static string Stem(string key)
    {
        var builder = new StringBuilder();
        foreach (var c in key.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var stem = builder.ToString().Trim('-');
        if (stem.Length > 80)
        {
            stem = stem[..80].TrimEnd('-');
        }

        return stem.Length == 0 ? "page" : stem;
    }
}
