using System;
using System.IO;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download) against preview servers that serve the real
/// plugin-dist/main.js and the real page built around Headlamp's lib. One browser for the whole collection;
/// each test gets a fresh context, so nothing leaks between scenarios.
/// </summary>
public sealed class BrowserSession : PreviewServers, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserSession() : base(RepositoryPaths.PluginDist, RepositoryPaths.PageDist)
    {
    }

    public new async Task InitializeAsync()
    {
        Require(Path.Combine(PluginDir, "main.js"), "build the plugin: dotnet build src/Plugin/Kmesh.Plugin.csproj");
        Require(Path.Combine(PluginDir, "package.json"), "build the plugin: dotnet build src/Plugin/Kmesh.Plugin.csproj");
        Require(Path.Combine(PageDir, "index.html"), "build the page: npm run build:page");
        Require(ChromiumPath, "install Debian's chromium: apt-get install chromium");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A new page at the preview of <paramref name="scenario"/>, with the plugin loaded by Headlamp's loader.</summary>
    public Task<PreviewPage> OpenAsync(string scenario) => OpenAsync(scenario, null);

    /// <summary>The preview of <paramref name="scenario"/> seen by a user who may not read one list (<c>--forbid</c>), or null for none.</summary>
    public async Task<PreviewPage> OpenAsync(string scenario, string? forbid)
    {
        var server = forbid is null ? await GetAsync(scenario) : await GetForbiddingAsync(scenario, forbid);
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var preview = new PreviewPage(forbid is null ? scenario : $"{scenario}-forbid-{forbid.Replace('@', '-')}", context, page, server);
        await preview.LoadAsync();
        return preview;
    }

    public new async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        await base.DisposeAsync();
    }

    private static void Require(string path, string fix)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: {fix}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
