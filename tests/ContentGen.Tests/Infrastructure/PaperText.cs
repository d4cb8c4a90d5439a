namespace ContentGen.Tests.Infrastructure;

/// <summary>Builds paper files for tests, so each test states only what it is about.</summary>
internal static class PaperText
{
    public const string DefaultBody = """
        ## Summary

        A short summary of the paper.

        ## Key Findings

        - First finding
        - Second finding with *emphasis*
        """;

    /// <summary>
    /// A valid paper. Line 1 is <c>---</c>, line 2 the title, line 3 the date, then the other fields in the order
    /// given (from line 4), then <c>authors</c> unless the extra fields set it, so diagnostics land on known lines.
    /// </summary>
    public static string Create(string title = "\"A Test Paper\"", string date = "2024-01-10", string extraFields = "", string body = DefaultBody)
    {
        var extra = extraFields.Length == 0 ? string.Empty : extraFields.TrimEnd('\n') + "\n";
        var authors = extraFields.Contains("authors:", System.StringComparison.Ordinal) ? string.Empty : "authors: [\"Doe, J.\"]\n";
        return "---\ntitle: " + title + "\ndate: " + date + "\n" + extra + authors + "---\n\n" + body + "\n";
    }
}
