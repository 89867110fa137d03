using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>The scenarios that are not healthy dual-engine: what the user sees must say precisely what is going on.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OtherScenarioTests(BrowserSession browser)
{
    [Fact]
    public async Task Kernel_native_shows_its_mode_and_decoded_listener_addresses()
    {
        await using var preview = await browser.OpenAsync("kernel-native");
        await preview.OpenFromSidebarAsync("/kmesh");
        await preview.SeesAsync("Kmesh is healthy");
        Assert.Contains("Mode\nkernel-native", await preview.MainTextAsync());

        await preview.OpenFromSidebarAsync("/kmesh/nodes");
        await preview.ClickLinkAsync("kmesh-worker");
        await preview.Main.GetByText("Inspect this node's eBPF maps").ClickAsync();

        await preview.SeesAsync("10.96.0.10:53");
        foreach (string tab in new[] { "Listeners", "Clusters", "Routes" })
        {
            Assert.True(await preview.Main.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true }).IsVisibleAsync(), tab);
        }
        Assert.Contains("Node kmesh-worker runs Kmesh in kernel-native mode", await preview.MainTextAsync());
        await preview.ScreenshotAsync("bpf-maps");
    }

    [Fact]
    public async Task Degraded_names_every_problem()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await preview.OpenFromSidebarAsync("/kmesh");
        await preview.SeesAsync("Daemons crash-looping");
        string text = await preview.MainTextAsync();
        Assert.Contains("Daemons ready\n2/3", text);
        Assert.Contains("CrashLoopBackOff", text);
        // The SPI disagreement is not a rotation while a daemon crash-loops: the lagging node is named.
        Assert.Contains("Stale key", text);
        Assert.Contains("Waypoints programmed\n0/1", text);
        // ratings-v1 sits in this group, collapsed because it is a warning, not an error.
        Assert.Contains("Pods whose Kmesh management differs from their labels (1)", text);
        await preview.ScreenshotAsync("overview");

        await preview.OpenFromSidebarAsync("/kmesh/nodes");
        await preview.SeesAsync("Not ready");
        Assert.Contains("Not ready", await preview.Main.Locator("tbody tr", new() { HasText = "kmesh-worker2" }).InnerTextAsync());
    }

    [Fact]
    public async Task Degraded_daemon_without_curl_is_read_over_dev_tcp()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/bpf-maps/kmesh-worker");
        await preview.SeesAsync("7 entries");
        Assert.Contains("Read through pod exec", await preview.MainTextAsync());
    }

    [Fact]
    public async Task Not_installed_gets_the_friendly_page_on_every_view()
    {
        await using var preview = await browser.OpenAsync("not-installed");
        // The sidebar hides the section here (HeadlampPagesBrowserTests); a bookmarked URL still explains.
        foreach (string url in new[] { "/kmesh", "/kmesh/nodes", "/kmesh/bpf-maps" })
        {
            await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}{url}");
            await preview.SeesAsync("Kmesh is not installed in this cluster");
        }
        Assert.True(await preview.Main.GetByRole(AriaRole.Link, new() { Name = "Kmesh installation guide" }).IsVisibleAsync());
        await preview.ScreenshotAsync("not-installed");
    }

    [Fact]
    public async Task Restricted_rbac_names_the_missing_permissions()
    {
        await using var preview = await browser.OpenAsync("restricted");
        await preview.OpenFromSidebarAsync("/kmesh");
        // Headlamp retries a forbidden list a few times before it reports the error.
        // One warning for the forbidden source; values that depend on it repeat its reason as "unknown".
        await preview.Main.GetByRole(AriaRole.Alert).GetByText("Your account may not list kmeshnodeinfos in namespace kmesh-system")
            .WaitForAsync(new() { Timeout = 60_000 });
        await preview.ScreenshotAsync("overview");

        await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/bpf-maps/kmesh-worker");
        await preview.SeesAsync("may not create pods/exec in namespace kmesh-system");
        Assert.Contains("Grant the verb \"create\" on resource \"pods/exec\"", await preview.MainTextAsync());
        await preview.ScreenshotAsync("bpf-maps-forbidden");
    }

    [Fact]
    public async Task Large_cluster_lists_thousands_of_nodes_a_page_at_a_time()
    {
        await using var preview = await browser.OpenAsync("large");
        await preview.OpenFromSidebarAsync("/kmesh/nodes");
        await preview.Main.GetByText("large-worker-0001").WaitForAsync(new() { Timeout = 60_000 });
        // The table holds every daemon (so no list is still arriving) and shows one page of them.
        // (Headlamp's table: its default page of 15 rows.)
        await preview.SeesAsync("1-15 of 5,000");
        int rows = await preview.Main.Locator("tbody tr").CountAsync();
        Assert.Equal(15, rows);
        await preview.ScreenshotAsync("nodes");
    }
}
