using System;
using System.Collections.Generic;
using ContentGen.Model;

namespace ContentGen.Input;

/// <summary>
/// Decides which additional files are documents and of which collection: Markdown files under a collection's folder
/// below the content root (papers: under a folder named <c>papers</c> anywhere below it), except Hugo section pages
/// (<c>_index.md</c>). Paths are compared with <c>/</c> separators, ignoring case.
/// </summary>
internal static class ContentSelection
{
    /// <summary>Each folder pattern's segments, kept as long as the folder's text (a collection's description holds it).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string[]> Patterns = new();

    /// <summary>The path of a file relative to the content root, or null when it is not a Markdown file below it.</summary>
    public static string? RelativeContentPath(string filePath, string contentRoot)
    {
        var relative = RelativePath(filePath, contentRoot);
        if (relative is null)
        {
            return null;
        }

        return relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !HasFileName(relative, "_index.md")
            ? relative
            : null;
    }

    /// <summary>The path of a <c>.bib</c> file relative to the content root, <c>/</c>-separated; null for a file outside it or of another kind.</summary>
    public static string? RelativeBibPath(string filePath, string contentRoot)
        => filePath.EndsWith(".bib", StringComparison.OrdinalIgnoreCase) ? RelativePath(filePath, contentRoot) : null;

    /// <summary>Whether a path's file name is <paramref name="fileName"/>, ignoring case, with either separator; allocates nothing.</summary>
    public static bool HasFileName(string filePath, string fileName)
        => filePath.EndsWith(fileName, StringComparison.OrdinalIgnoreCase)
            && (filePath.Length == fileName.Length || filePath[filePath.Length - fileName.Length - 1] is '/' or '\\');

    /// <summary>The path of any file relative to the content root, <c>/</c>-separated, or null when it is not under it.</summary>
    private static string? RelativePath(string filePath, string contentRoot)
    {
        var path = NormalizePath(filePath);
        if (contentRoot.Length == 0)
        {
            return path;
        }

        // The root without its last '/', compared in place: this runs for every file of the build.
        var root = NormalizePath(contentRoot).TrimEnd('/');
        if (path.Length > root.Length && path[root.Length] == '/' && path.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            return path.Substring(root.Length + 1);
        }

        // A relative root (no project directory known): find it as a run of folders inside the path.
        var index = root.StartsWith("/", StringComparison.Ordinal) || root.Length == 0 ? -1 : path.IndexOf("/" + root + "/", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : path.Substring(index + root.Length + 2);
    }

    /// <summary>The path of a paper relative to the content root, or null when the file is not a paper.</summary>
    public static string? PaperSourcePath(string filePath, string contentRoot)
        => RelativeContentPath(filePath, contentRoot) is { } relative && InFolder(relative, Schema.PaperSchema.Collection.Folder) ? relative : null;

    /// <summary>
    /// The collection a content file belongs to: the first whose folder holds it, folders without <c>**</c> before
    /// those with it (so <c>posts</c> wins over papers' <c>**/papers</c> for <c>posts/papers/x.md</c>).
    /// </summary>
    public static CollectionSpec? CollectionOf(string relativePath, EquatableArray<CollectionSpec> collections)
    {
        // Runs for every additional file of every build: the path is split once, each folder's pattern once per folder.
        var segments = relativePath.Split('/');
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < collections.Count; i++)
            {
                var collection = collections[i];
                if ((collection.Folder.IndexOf("**", StringComparison.Ordinal) >= 0) == (pass == 1) && InFolder(segments, collection.Folder))
                {
                    return collection;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a path lies below a folder pattern: segments matched ignoring case, <c>*</c> within a segment,
    /// <c>**</c> for any number of segments; the file may sit in a sub-folder of the match.
    /// </summary>
    public static bool InFolder(string relativePath, string folder) => InFolder(relativePath.Split('/'), folder);

    private static bool InFolder(string[] segments, string folder)
    {
        var pattern = Patterns.GetValue(folder, static f => NormalizePath(f).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries));
        return MatchPrefix(pattern, 0, segments, 0, segments.Length - 1);
    }

    private static bool MatchPrefix(string[] pattern, int p, string[] segments, int s, int folderCount)
    {
        if (p == pattern.Length)
        {
            return true;
        }

        if (pattern[p] == "**")
        {
            for (var skip = s; skip <= folderCount; skip++)
            {
                if (MatchPrefix(pattern, p + 1, segments, skip, folderCount))
                {
                    return true;
                }
            }

            return false;
        }

        return s < folderCount && SegmentMatches(pattern[p], segments[s]) && MatchPrefix(pattern, p + 1, segments, s + 1, folderCount);
    }

    private static bool SegmentMatches(string pattern, string segment)
    {
        if (pattern.IndexOf('*') < 0)
        {
            return string.Equals(pattern, segment, StringComparison.OrdinalIgnoreCase);
        }

        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(segment, regex, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    /// <summary>Forward slashes, no <c>.</c> or <c>..</c> segments, no doubled separators.</summary>
    public static string NormalizePath(string path)
    {
        if (IsNormal(path))
        {
            // Nearly every path the compiler gives is already so: it is called for every file of the build.
            return path;
        }

        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in unified.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join("/", parts);
        return rooted ? "/" + joined : joined;
    }

    /// <summary>Whether <see cref="NormalizePath"/> would return the path as it is: <c>/</c>-separated, no empty, <c>.</c> or <c>..</c> segment.</summary>
    private static bool IsNormal(string path)
    {
        if (path.Length == 0 || path.IndexOf('\\') >= 0)
        {
            return path.Length == 0;
        }

        var start = path[0] == '/' ? 1 : 0;
        while (true)
        {
            var end = path.IndexOf('/', start);
            var length = (end < 0 ? path.Length : end) - start;
            if (length == 0 || (length == 1 && path[start] == '.') || (length == 2 && path[start] == '.' && path[start + 1] == '.'))
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            start = end + 1;
        }
    }

    /// <summary>The content root: absolute under the project directory unless already rooted.</summary>
    public static string ResolveRoot(string? projectDirectory, string? contentRoot)
    {
        var root = string.IsNullOrWhiteSpace(contentRoot) ? "content" : contentRoot!.Trim();
        var unified = root.Replace('\\', '/');
        var isRooted = unified.StartsWith("/", StringComparison.Ordinal) || (unified.Length > 1 && unified[1] == ':');
        if (isRooted || string.IsNullOrWhiteSpace(projectDirectory))
        {
            return NormalizePath(unified);
        }

        return NormalizePath(projectDirectory!.Replace('\\', '/').TrimEnd('/') + "/" + unified);
    }
}
