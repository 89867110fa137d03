using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>The plugin inside Headlamp's own pages, as a user walks them: the Kmesh column of the Pods and Namespaces
/// tables, the plugin's settings page, and the sidebar section hidden where
/// Kmesh is not installed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HeadlampPagesBrowserTests(BrowserSession browser)
{
    private static string Url(string path) => $"/c/{PreviewPage.Cluster}{path}";

    [Fact]
    public async Task Pods_table_has_the_Kmesh_column()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await preview.Page.GotoAsync(Url("/pods"));
        ILocator header = preview.Main.GetByRole(AriaRole.Columnheader, new() { Name = "Kmesh" });
        await header.WaitForAsync(new() { Timeout = 60_000 });
        ILocator ratings = preview.Main.Locator("tr", new() { HasText = "ratings-v1" }).First;
        await ratings.GetByText("intended, not managed").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("managed", await preview.Main.Locator("tr", new() { HasText = "productpage-v1" }).First.InnerTextAsync());
        await preview.ScreenshotAsync("pods-kmesh-column");

    }

    [Fact]
    public async Task Namespaces_table_has_the_Kmesh_column()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await preview.Page.GotoAsync(Url("/namespaces"));
        await preview.Main.GetByRole(AriaRole.Columnheader, new() { Name = "Kmesh" }).WaitForAsync(new() { Timeout = 60_000 });
        ILocator row = preview.Main.Locator("tr", new() { HasText = "default" }).First;
        await row.GetByText("intended, not managed").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("not enrolled", await preview.Main.Locator("tr", new() { HasText = "kube-system" }).First.InnerTextAsync());
        await preview.ScreenshotAsync("namespaces-kmesh-column");
    }

    [Fact]
    public async Task Settings_page_takes_a_new_Kmesh_namespace()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.Page.GotoAsync("/settings/plugins/kmesh-headlamp-plugin");
        ILocator field = preview.Page.GetByLabel("Kmesh namespace");
        await field.WaitForAsync(new() { Timeout = 60_000 });
        await field.FillAsync("mesh-dataplane");
        await preview.Page.GetByText("In force: namespace mesh-dataplane").WaitForAsync();
        await preview.ScreenshotAsync("plugin-settings");
    }

    [Fact]
    public async Task Sidebar_section_disappears_where_Kmesh_is_not_installed()
    {
        await using var preview = await browser.OpenAsync("not-installed");
        await preview.Page.GotoAsync(Url("/pods"));
        await preview.Main.GetByRole(AriaRole.Columnheader, new() { Name = "Kmesh" }).WaitForAsync(new() { Timeout = 60_000 });
        await preview.Sidebar("/kmesh").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 60_000 });
        Assert.Equal(0, await preview.Sidebar("/kmesh").CountAsync());
        await preview.ScreenshotAsync("sidebar-without-kmesh");
    }
}
