using System;
using System.Collections.Generic;

namespace ContentGen.Model;

/// <summary>
/// Decides which additional files are papers: Markdown files under a folder named <c>papers</c> anywhere below the
/// content root, except Hugo section pages (<c>_index.md</c>). Paths are compared with <c>/</c> separators.
/// </summary>
internal static class ContentSelection
{
    /// <summary>The path of a paper relative to the content root, or null when the file is not a paper.</summary>
    public static string? PaperSourcePath(string filePath, string contentRoot)
    {
        var path = NormalizePath(filePath);
        var root = contentRoot.Length == 0 ? string.Empty : NormalizePath(contentRoot).TrimEnd('/') + "/";
        string relative;
        if (root.Length == 0)
        {
            relative = path;
        }
        else if (path.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            relative = path.Substring(root.Length);
        }
        else
        {
            // A relative root (no project directory known): find it as a run of folders inside the path.
            var index = root.StartsWith("/", StringComparison.Ordinal) ? -1 : path.IndexOf("/" + root, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return null;
            }

            relative = path.Substring(index + root.Length + 1);
        }

        var segments = relative.Split('/');
        var fileName = segments[segments.Length - 1];
        if (!fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || string.Equals(fileName, "_index.md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (string.Equals(segments[i], "papers", StringComparison.OrdinalIgnoreCase))
            {
                return relative;
            }
        }

        return null;
    }

    /// <summary>Forward slashes, no <c>.</c> or <c>..</c> segments, no doubled separators.</summary>
    public static string NormalizePath(string path)
    {
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
