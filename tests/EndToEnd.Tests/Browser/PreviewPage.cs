using System;
using System.IO;
using System.Threading.Tasks;
using Kmesh.Preview;
using Microsoft.Playwright;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>One browser tab on the preview, with the moves a user makes: sidebar clicks, row clicks, typing.</summary>
public sealed class PreviewPage : IAsyncDisposable
{
    public const string Cluster = "kmesh-preview";

    private readonly IBrowserContext context;

    internal PreviewPage(string scenario, IBrowserContext context, IPage page, PreviewServer server)
    {
        Scenario = scenario;
        this.context = context;
        Page = page;
        Server = server;
        Guard = new PageGuard(page);
    }

    /// <summary>Records dialogs and page errors from the first navigation on.</summary>
    public PageGuard Guard { get; }

    public string Scenario { get; }
    public IPage Page { get; }
    public PreviewServer Server { get; }

    /// <summary>The main content area (right of the sidebar).</summary>
    public ILocator Main => Page.Locator("main");

    internal async Task LoadAsync()
    {
        await Page.GotoAsync("/");
        await Page.GetByTestId("preview-scenario-banner").WaitForAsync();
        // Where Kmesh is not installed the plugin hides its sidebar section (once its probe has answered).
        if (Scenario != "not-installed") await Sidebar("/kmesh").WaitForAsync();
        await Guard.BaselineAsync();
    }

    /// <summary>The sidebar link to a plugin route, as Headlamp renders it (cluster-prefixed URL).</summary>
    public ILocator Sidebar(string pluginUrl) => Page.Locator($"a[href='/c/{Cluster}{pluginUrl}']").First;

    public async Task OpenFromSidebarAsync(string pluginUrl)
    {
        if (!await Sidebar(pluginUrl).IsVisibleAsync())
        {
            await Sidebar("/kmesh").ClickAsync();
        }
        await Sidebar(pluginUrl).ClickAsync();
        await Page.WaitForURLAsync($"**/c/{Cluster}{pluginUrl}");
    }

    /// <summary>Clicks the link in the main area whose text is exactly <paramref name="name"/> (a row's name, a detail link).</summary>
    public Task ClickLinkAsync(string name) =>
        Main.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true }).ClickAsync();

    /// <summary>Waits until the main area shows <paramref name="text"/> (exact substring match).</summary>
    public Task SeesAsync(string text) => Main.GetByText(text, new LocatorGetByTextOptions { Exact = false }).First.WaitForAsync();

    /// <summary>Types into the search box of Headlamp's table (material-react-table debounces it, then filters).</summary>
    public async Task SearchAsync(string text) => await Main.Locator("#table-search-field").FillAsync(text);

    /// <summary>Clicks a column's sort label in Headlamp's table ("Sort by Node ascending", then "… descending").</summary>
    public async Task SortByAsync(string column) =>
        await Main.GetByLabel($"by {column} ", new() { Exact = false }).First.ClickAsync();

    public async Task<string> MainTextAsync() => await Main.InnerTextAsync();

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepositoryPaths.Screenshots, $"{Scenario}-{name}.png"),
            FullPage = false,
            // A page that has just rendered thousands of rows can take a while to paint on a busy machine.
            Timeout = 60_000,
        });

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
