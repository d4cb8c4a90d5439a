namespace SampleApp.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Something failed while running (the export could not write its folder).</summary>
    public const int Failure = 1;

    /// <summary>A slug or term that names nothing, or a command line that does not parse: nothing was done.</summary>
    public const int NotFound = 2;
}
