// ContentGen sample: everything the commands show was compiled from content/papers and content/notes (declared in
// contentgen.yaml) into typed records at build time. Nothing is parsed at run time and nothing is read by reflection.
using SampleApp.Cli;

namespace SampleApp;

/// <summary>Browses, searches, cites and publishes the papers of the content collection and the notes that read them.</summary>
internal static class Program
{
    private static int Main(string[] args) => SampleCli.Run(args, AppConsole.ForProcess());
}
