using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>The Workloads, Services and Authorization policies views in Chromium: a workload followed end to end,
/// the node choice in the URL, and every failure said inside the view.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeshViewTests(BrowserSession browser)
{
    [Fact]
    public async Task A_workload_is_followed_to_its_service_waypoint_and_policies_and_back()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.OpenFromSidebarAsync("/kmesh/workloads");
        await preview.SeesAsync("Config dump from the daemon on node kmesh-control-plane");
        Assert.True(await preview.Main.Locator("tbody tr").CountAsync() >= 9, "every Bookinfo, Istio and DNS workload");
        await preview.ScreenshotAsync("workloads");

        await preview.SearchAsync("reviews-v2");
        await preview.Page.WaitForURLAsync("**/kmesh/workloads?*filter=reviews-v2*");
        await preview.Main.Locator("tbody tr").Nth(1).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var row = preview.Main.Locator("tbody tr").First;
        string text = await row.InnerTextAsync();
        Assert.Contains("reviews.default.svc.cluster.local", text);
        Assert.Contains("default/reviews-viewer", text);

        await preview.ClickLinkAsync("reviews.default.svc.cluster.local");
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}/kmesh/services?filter=reviews.default.svc.cluster.local");
        Assert.Equal(1, await preview.Main.Locator("tbody tr").CountAsync());
        await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Show 3 workloads" }).ClickAsync();
        Assert.Contains("default/reviews-v2-", await preview.Main.Locator("tbody tr").First.InnerTextAsync());
        await preview.ScreenshotAsync("services");

        await preview.ClickLinkAsync("default/waypoint");
        await preview.SeesAsync("What uses this waypoint");

        await preview.OpenFromSidebarAsync("/kmesh/policies");
        await preview.SeesAsync("source namespace is none of default, istio-system AND source IP not in 10.244.0.0/16");
        await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Show JSON" }).First.ClickAsync();
        await preview.SeesAsync("\"not_namespaces\"");
        await preview.ScreenshotAsync("policies");
        await preview.Main.Locator("tbody tr", new() { HasText = "reviews-viewer" }).GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Show \d+ workloads?$") }).ClickAsync();
        await preview.Main.GetByRole(AriaRole.Link, new() { Name = "default/reviews-v2-", Exact = false }).First.ClickAsync();
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}/kmesh/workloads?filter=default*");
        await preview.SeesAsync("reviews-v2-");
        Assert.Equal(1, await preview.Main.Locator("tbody tr").CountAsync());
        Assert.Contains("reviews-v2-", await preview.Main.Locator("tbody tr").First.InnerTextAsync());
    }

    [Fact]
    public async Task Traffic_shows_in_a_workloads_row_and_details_and_in_a_services_details()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/workloads?node=kmesh-worker");
        await preview.SeesAsync("only workloads on node kmesh-worker are sampled");
        await preview.SearchAsync("reviews-v2");
        // Headlamp's table applies the search a moment after typing (debounced through the URL).
        await Assertions.Expect(preview.Main.Locator("tbody tr")).ToHaveCountAsync(1);
        var row = preview.Main.Locator("tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("reviews-v2");
        await Assertions.Expect(row).ToContainTextAsync(" opened · ");
        Assert.Matches("\\d[\\d,]* opened · \\d[\\d,]* closed\\s+sent [\\d.]+ \\S+ · received [\\d.]+ \\S+\\s+retransmits \\d+ · packet loss \\d+", await row.InnerTextAsync());

        await row.GetByRole(AriaRole.Button, new() { Name = "Details" }).ClickAsync();
        await preview.SeesAsync("Workload default/reviews-v2-");
        await preview.SeesAsync("Connections opened");
        await preview.Main.Locator(".recharts-surface").First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("Rates to this pod", await preview.MainTextAsync());
        await preview.ScreenshotAsync("workload-traffic");

        await preview.SearchAsync("ratings");
        await preview.SeesAsync("Not sampled: on node kmesh-worker2");

        await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/services?node=kmesh-worker");
        await preview.SearchAsync("reviews.default");
        await Assertions.Expect(preview.Main.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(preview.Main.Locator("tbody tr").First).ToContainTextAsync(" opened · ");
        await preview.Main.Locator("tbody tr").First.GetByRole(AriaRole.Button, new() { Name = "Details" }).ClickAsync();
        await preview.SeesAsync("Service reviews.default.svc.cluster.local (default)");
        await preview.SeesAsync("Connections opened");
        string text = await preview.MainTextAsync();
        Assert.Contains("these figures are that node's share, not the service's total", text);
        Assert.Contains("Traffic read from the daemon on node kmesh-worker", text);
        await preview.ScreenshotAsync("service-traffic");
    }

    [Fact]
    public async Task Picking_another_node_asks_its_daemon_and_keeps_the_choice_in_the_url()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.OpenFromSidebarAsync("/kmesh/services");
        await preview.SeesAsync("daemon on node kmesh-control-plane");

        await preview.Main.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await preview.Page.GetByRole(AriaRole.Option, new() { Name = "kmesh-worker2", Exact = true }).ClickAsync();

        await preview.SeesAsync("daemon on node kmesh-worker2");
        Assert.EndsWith("/kmesh/services?node=kmesh-worker2", preview.Page.Url);
        await preview.Page.ReloadAsync();
        await preview.SeesAsync("daemon on node kmesh-worker2");
    }

    [Fact]
    public async Task Degraded_a_cut_off_dump_is_malformed_and_the_next_ready_daemon_answers()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await preview.OpenFromSidebarAsync("/kmesh/workloads");

        await preview.SeesAsync("daemon on node kmesh-worker (pod");
        string text = await preview.MainTextAsync();
        Assert.Contains("The daemon on kmesh-control-plane", text);
        Assert.Contains("could not be read: UnexpectedEnd", text);
        await preview.ScreenshotAsync("workloads-fallback");

        await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/workloads?node=kmesh-worker2");
        await preview.SeesAsync("daemon on node kmesh-worker (pod");
        Assert.Contains("The daemon on kmesh-worker2", await preview.MainTextAsync());
    }

    [Fact]
    public async Task Restricted_names_the_missing_exec_permission()
    {
        await using var preview = await browser.OpenAsync("restricted");
        await preview.OpenFromSidebarAsync("/kmesh/policies");

        await preview.SeesAsync("Forbidden");
        string text = await preview.MainTextAsync();
        Assert.Contains("pods/exec", text);
        Assert.Equal(0, await preview.Main.Locator("tbody tr").CountAsync());
        await preview.ScreenshotAsync("policies-forbidden");
    }

    [Fact]
    public async Task Kernel_native_says_the_views_need_dual_engine()
    {
        await using var preview = await browser.OpenAsync("kernel-native");
        await preview.OpenFromSidebarAsync("/kmesh/services");

        await preview.SeesAsync("This view needs dual-engine mode");
    }

    [Fact]
    public async Task Not_installed_gets_the_friendly_page()
    {
        await using var preview = await browser.OpenAsync("not-installed");
        // The sidebar hides the section where Kmesh is not installed: open the bookmarked URL.
        await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/workloads");

        await preview.SeesAsync("Kmesh is not installed in this cluster");
    }

    [Fact]
    public async Task Large_twenty_thousand_workloads_are_searched_sorted_and_paged()
    {
        await using var preview = await browser.OpenAsync("large");
        await preview.OpenFromSidebarAsync("/kmesh/workloads");

        await preview.Main.GetByText("of 20,000").First.WaitForAsync(new() { Timeout = 120_000 });
        int perPage = await preview.Main.Locator("tbody tr").CountAsync();
        Assert.InRange(perPage, 5, 100); // one page of Headlamp's table, never 20,000 rows
        string first = await preview.Main.Locator("tbody tr").First.InnerTextAsync();

        await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Go to next page" }).ClickAsync();
        // Headlamp writes the page to the URL except page 2 (its default of initialPage + 1 is hidden).
        await preview.Main.GetByText("16-30 of 20,000").WaitForAsync();
        Assert.NotEqual(first, await preview.Main.Locator("tbody tr").First.InnerTextAsync());

        await preview.SortByAsync("Name");
        await preview.SortByAsync("Name");
        await preview.SearchAsync("team-07 strict");
        await preview.Page.WaitForURLAsync("**/kmesh/workloads?*filter=team-07*");
        await preview.Page.WaitForFunctionAsync("() => !document.querySelector('main').innerText.includes('of 20,000')");
        string text = await preview.MainTextAsync();
        Assert.Contains("team-07", text);
        await preview.ScreenshotAsync("workloads");
    }
}
