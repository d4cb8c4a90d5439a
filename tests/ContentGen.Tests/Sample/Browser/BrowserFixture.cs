using System;
using System.Collections.Generic;
using System.IO;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using SampleApp.Site;

namespace ContentGen.Tests.Sample.Browser;

/// <summary>
/// One headless Chromium for the browser tests, driven through Debian's chromedriver, and the two sites it opens:
/// the repository's content and the hostile content. Screenshots go to <c>screenshots/</c> in the test output.
/// </summary>
public sealed class BrowserFixture : IDisposable
{
    private readonly ChromeDriver? _driver;
    private readonly string _profile;

    public BrowserFixture()
    {
        ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(ScreenshotFolder);
        _profile = Path.Combine(Path.GetTempPath(), "contentgen-chromium-" + Guid.NewGuid().ToString("N")[..10]);
        Site = SiteFolder.OfGeneratedContent();
        HostileSite = SiteFolder.Export(HostileContent.Create());

        var executables = ChromiumInstall.Find(out var whyNot);
        if (executables is not { } found)
        {
            // CI must run this test: there, a browser that cannot be installed is a failure, not a skip.
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI needs Chromium for the browser tests: " + whyNot);
            }

            SkipReason = whyNot;
            return;
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(found.Driver)!, Path.GetFileName(found.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = found.Browser };

        // Without the background-networking flags Chromium opens connections that this closed network refuses.
        options.AddArguments(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--window-size=1280,900",
            "--user-data-dir=" + _profile);
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        _driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    /// <summary>Why the browser tests skip: no browser, and none could be installed here. Null when they run.</summary>
    public string? SkipReason { get; }

    public ChromeDriver Driver => _driver ?? throw new InvalidOperationException(SkipReason);

    public SiteFolder Site { get; }

    public SiteFolder HostileSite { get; }

    public string ScreenshotFolder { get; }

    /// <summary>Saves what the browser shows as <c>screenshots/&lt;name&gt;.png</c> and gives its path.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>Emulates a device or media feature through the DevTools protocol.</summary>
    public void Cdp(string command, Dictionary<string, object?> parameters) => Driver.ExecuteCdpCommand(command, parameters);

    public void Dispose()
    {
        _driver?.Quit();
        _driver?.Dispose();
        Site.Dispose();
        HostileSite.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile as it exits; the folder is under the temp directory.
        }
    }
}
