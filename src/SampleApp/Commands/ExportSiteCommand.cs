using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using SampleApp.Cli;
using SampleApp.Site;
using Spectre.Console;

namespace SampleApp.Commands;

/// <summary><c>export-site &lt;dir&gt;</c>: the papers and notes as a static website that works from disk.</summary>
internal static class ExportSiteCommand
{
    public static Command Create(AppConsole console)
    {
        var directory = new Argument<string>("dir") { Description = "The folder to write the site to (created when missing)" };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "Where the site will be served, for sitemap.xml (default: the folder's file:// URL)",
            HelpName = "url",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                {
                    return url;
                }

                result.AddError($"'{text}' is not an absolute http or https URL.");
                return null;
            },
        };
        var command = new Command("export-site", "Write the papers and notes as a static website: pages, taxonomy pages, search and sitemap") { directory, baseUrl };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(directory), parse.GetValue(baseUrl)));
        return command;
    }

    public static int Run(AppConsole console, string directory, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ExportResult result;
        try
        {
            result = SiteExporter.Export(GeneratedSiteContent.Create(), directory, baseUrl);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.MarkupLine($"[red]Could not write the site to '{Markup.Escape(directory)}'[/]: {Markup.Escape(exception.Message)}");
            return ExitCodes.Failure;
        }

        var pages = result.Files.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
        console.Out.MarkupLine($"Wrote {result.Files.Count} files ({pages} pages) to [bold]{Markup.Escape(result.Directory)}[/]");
        console.Out.MarkupLine($"Open [link]{Markup.Escape(new Uri(result.IndexPage).AbsoluteUri)}[/]");
        return ExitCodes.Success;
    }
}
