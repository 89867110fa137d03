using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>The plugin inside Headlamp's own pages, as a user walks them: the Kmesh column of the Pods and Namespaces
/// tables (shown and sorted), the map's Kmesh chain, the plugin's settings page moving the views, and the sidebar
/// section hidden where Kmesh is not installed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HeadlampPagesBrowserTests(BrowserSession browser)
{
    private static string Url(string path) => $"/c/{PreviewPage.Cluster}{path}";

    [Fact]
    public async Task Pods_table_has_a_sortable_Kmesh_column()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await preview.Page.GotoAsync(Url("/pods"));
        ILocator header = preview.Main.GetByRole(AriaRole.Columnheader, new() { Name = "Kmesh" });
        await header.WaitForAsync(new() { Timeout = 60_000 });
        ILocator ratings = preview.Main.Locator("tr", new() { HasText = "ratings-v1" }).First;
        await ratings.GetByText("intended, not managed").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("managed", await preview.Main.Locator("tr", new() { HasText = "productpage-v1" }).First.InnerTextAsync());
        await preview.ScreenshotAsync("pods-kmesh-column");

        // Ascending by the verdict word, then descending.
        await SortByKmeshAsync(preview, header, "ascending");
        Assert.Equal("intended, not managed", await FirstRowKmeshAsync(preview));
        await SortByKmeshAsync(preview, header, "descending");
        Assert.Equal("not enrolled", await FirstRowKmeshAsync(preview));
        await preview.ScreenshotAsync("pods-sorted-by-kmesh");
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

        ILocator header = preview.Main.GetByRole(AriaRole.Columnheader, new() { Name = "Kmesh" });
        await SortByKmeshAsync(preview, header, "ascending");
        Assert.Equal("intended, not managed", await FirstRowKmeshAsync(preview));
        await SortByKmeshAsync(preview, header, "descending");
        Assert.Equal("not enrolled", await FirstRowKmeshAsync(preview));
    }

    /// <summary>Clicks the column's title (where Headlamp's table toggles the sort) until it reports
    /// <paramref name="direction"/>.</summary>
    private static async Task SortByKmeshAsync(PreviewPage preview, ILocator header, string direction)
    {
        for (int i = 0; i < 3 && await header.GetAttributeAsync("aria-sort") != direction; i++)
        {
            await header.Locator(".Mui-TableHeadCell-Content-Labels").ClickAsync();
        }
        Assert.Equal(direction, await header.GetAttributeAsync("aria-sort"));
    }

    /// <summary>The Kmesh cell of the table's first row.</summary>
    private static async Task<string> FirstRowKmeshAsync(PreviewPage preview)
    {
        int column = await preview.Main.Locator("thead th").EvaluateAllAsync<int>(
            "ths => ths.findIndex(th => th.innerText.trim().startsWith('Kmesh'))");
        return (await preview.Main.Locator("tbody tr").First.Locator("td").Nth(column).InnerTextAsync()).Trim();
    }

    [Fact]
    public async Task Map_shows_namespace_waypoint_service_pods_and_node_daemon()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.Page.GotoAsync(Url("/map"));
        // Only the Kmesh sources, ungrouped and expanded: every node and edge on the map is ours.
        ILocator sources = preview.Page.Locator(".MuiChip-root", new() { HasText = "Workloads" }).First;
        await sources.WaitForAsync(new() { Timeout = 90_000 });
        await sources.ClickAsync();
        ILocator picker = preview.Page.Locator(".MuiPopover-paper");
        ILocator kmeshGroup = picker.Locator("[role=button]", new() { HasText = "Kmesh" }).Last;
        await kmeshGroup.WaitForAsync();
        foreach (string group in new[] { "Workloads", "Storage", "Network" })
        {
            // Headlamp applies the selection through a throttled memo (up to a second later): click, then wait.
            ILocator box = picker.Locator("[role=button]", new() { HasText = group }).First.Locator("input[type=checkbox]").First;
            await box.ClickAsync();
            for (int i = 0; i < 50 && await box.IsCheckedAsync(); i++) await Task.Delay(200);
            Assert.False(await box.IsCheckedAsync(), group + " is still selected");
        }
        Assert.True(await kmeshGroup.Locator("input[type=checkbox]").First.IsCheckedAsync());
        await preview.Page.Keyboard.PressAsync("Escape");
        await preview.Page.GetByRole(AriaRole.Button, new() { Name = "Namespace", Exact = true }).ClickAsync();
        ILocator expand = preview.Page.GetByRole(AriaRole.Button, new() { Name = "Expand All", Exact = true });
        if (await expand.IsVisibleAsync()) await expand.ClickAsync();

        ILocator map = preview.Page.Locator(".react-flow");
        foreach (string node in new[] { "waypoint", "productpage", "kmesh-worker2", "kmesh-control-plane" })
        {
            await map.Locator(".react-flow__node", new() { HasText = node }).First.WaitForAsync(new() { Timeout = 60_000 });
        }
        string[] kinds = (await map.Locator(".react-flow__node").AllInnerTextsAsync()).Select(t => t.Split('\n')[0].Trim()).Distinct().ToArray();
        foreach (string kind in new[] { "Namespace", "Gateway", "Service", "Pod", "Node", "KmeshNodeInfo" }) Assert.Contains(kind, kinds);
        // healthy: default → waypoint → its services → their pods, and 3 × (node → daemon → KmeshNodeInfo).
        Assert.True(await map.Locator(".react-flow__edge").CountAsync() >= 16, "edges: " + await map.Locator(".react-flow__edge").CountAsync());
        Assert.True(await map.Locator(".react-flow__node", new() { HasText = "waypoint" }).First.IsVisibleAsync());
        await preview.ScreenshotAsync("map-kmesh-chain");
    }

    [Fact]
    public async Task Changing_the_Kmesh_namespace_in_settings_moves_the_overview_and_the_lists()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.Page.GotoAsync(Url("/kmesh"));
        await preview.SeesAsync("Daemons");
        await preview.SeesAsync("3/3");

        // In-app navigation (no reload): the store, the query cache and the sidebar stay as they were.
        await NavigateInAppAsync(preview, "/settings/plugins/kmesh-headlamp-plugin");
        ILocator field = preview.Page.GetByLabel("Kmesh namespace");
        await field.WaitForAsync(new() { Timeout = 60_000 });
        await field.FillAsync("mesh-dataplane");
        await preview.Page.GetByText("In force: namespace mesh-dataplane").WaitForAsync();
        await preview.ScreenshotAsync("plugin-settings");

        await preview.Page.GoBackAsync();
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}/kmesh");
        await preview.SeesAsync("No Kmesh daemon pods (label app=kmesh) were found in namespace mesh-dataplane.");
        Assert.DoesNotContain("kmesh-system", await preview.MainTextAsync());
        Assert.DoesNotContain("3/3", await preview.MainTextAsync());
        await preview.ScreenshotAsync("overview-after-namespace-change");
        // The sidebar asks again where the settings now point, and hides the section there.
        await preview.Sidebar("/kmesh").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 60_000 });

        await NavigateInAppAsync(preview, $"/c/{PreviewPage.Cluster}/kmesh/nodes");
        await preview.SeesAsync("mesh-dataplane");
        Assert.DoesNotContain("kmesh-system", await preview.MainTextAsync());

        // Back to the default: the same tab finds the daemons again.
        await NavigateInAppAsync(preview, "/settings/plugins/kmesh-headlamp-plugin");
        await preview.Page.GetByLabel("Kmesh namespace").FillAsync("");
        await preview.Page.GetByText("In force: namespace kmesh-system").WaitForAsync();
        await NavigateInAppAsync(preview, $"/c/{PreviewPage.Cluster}/kmesh");
        await preview.SeesAsync("3/3");
        await preview.Sidebar("/kmesh").WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>What a link click does in Headlamp's single-page app: a history entry, no page load.</summary>
    private static async Task NavigateInAppAsync(PreviewPage preview, string path)
    {
        await preview.Page.EvaluateAsync("path => { window.history.pushState({}, '', path); window.dispatchEvent(new PopStateEvent('popstate')); }", path);
        await preview.Page.WaitForURLAsync("**" + path);
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
