using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>The traffic view, the kernel-native comparison and the named eBPF values, walked as a user would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrafficAndIdentityTests(BrowserSession browser)
{
    private static async Task ChooseNodeAsync(PreviewPage preview, string node)
    {
        await preview.Main.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await preview.Page.GetByRole(AriaRole.Option, new() { Name = node, Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task Traffic_of_a_node_lists_services_and_workloads_and_charts_rates()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.OpenFromSidebarAsync("/kmesh/traffic");
        await preview.SeesAsync("Choose a node");

        await ChooseNodeAsync(preview, "kmesh-worker");

        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}/kmesh/traffic/kmesh-worker");
        await preview.SeesAsync("through the pod proxy");
        string text = await preview.MainTextAsync();
        Assert.Contains("reviews", text);
        Assert.Contains("As server", text);
        Assert.DoesNotContain("Workload metrics are off", text);
        // The second sample comes 10 s later (only while the page is visible); then the chart has a line.
        await preview.Main.Locator(".recharts-line").First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("2 samples", await preview.MainTextAsync());
        await preview.ScreenshotAsync("traffic");
    }

    [Fact]
    public async Task Traffic_says_when_workload_metrics_are_off()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await preview.OpenFromSidebarAsync("/kmesh/traffic");
        await ChooseNodeAsync(preview, "kmesh-worker");

        await preview.SeesAsync("Workload metrics are off");
        Assert.Contains("kmeshctl monitoring --workload-metrics enable", await preview.MainTextAsync());
        await preview.ScreenshotAsync("traffic-workload-metrics-off");

        await ChooseNodeAsync(preview, "kmesh-worker2");
        await preview.SeesAsync("The daemon's metrics could not be read");
        Assert.Contains("Nothing listens on port 15020", await preview.MainTextAsync());
        await preview.ScreenshotAsync("traffic-unreachable");
    }

    [Fact]
    public async Task Kernel_native_config_is_compared_with_the_bpf_read_back()
    {
        await using var preview = await browser.OpenAsync("kernel-native");
        await preview.OpenFromSidebarAsync("/kmesh/kernel-native");
        await ChooseNodeAsync(preview, "kmesh-worker");

        await preview.SeesAsync("entries differ between the config and BPF");
        Assert.Contains("missing from BPF", await preview.MainTextAsync());
        await preview.ScreenshotAsync("kernel-native-compare");

        await preview.Main.GetByRole(AriaRole.Tab, new() { Name = "Clusters (1)" }).ClickAsync();
        await preview.SeesAsync("only in BPF");
        Assert.Contains("reviews-legacy", await preview.MainTextAsync());
        await preview.Main.GetByRole(AriaRole.Tab, new() { Name = "Routes" }).ClickAsync();
        await preview.SeesAsync("does not read routes back from BPF");
    }

    [Fact]
    public async Task Bpf_values_are_named_and_tab_and_search_survive_a_node_switch()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.OpenFromSidebarAsync("/kmesh/bpf-maps");
        await ChooseNodeAsync(preview, "kmesh-worker");
        await preview.SeesAsync("Config-dump names");

        await preview.Main.GetByRole(AriaRole.Tab, new() { Name = "Backends", Exact = true }).ClickAsync();
        await preview.Main.GetByRole(AriaRole.Textbox, new() { Name = "Search" }).FillAsync("reviews");
        await preview.Page.WaitForURLAsync("**/kmesh/bpf-maps/kmesh-worker?tab=Backends&q=reviews");
        Assert.True(await preview.Main.GetByRole(AriaRole.Link, new() { Name = "default/reviews", Exact = true }).First.IsVisibleAsync());
        await preview.ScreenshotAsync("bpf-maps-named");

        await ChooseNodeAsync(preview, "kmesh-worker2");
        await preview.Page.WaitForURLAsync("**/kmesh/bpf-maps/kmesh-worker2?tab=Backends&q=reviews");
        await preview.SeesAsync("Node kmesh-worker2 runs Kmesh");
        Assert.Equal("reviews", await preview.Main.GetByRole(AriaRole.Textbox, new() { Name = "Search" }).InputValueAsync());
        Assert.True(await preview.Main.GetByRole(AriaRole.Tab, new() { Name = "Backends", Exact = true, Selected = true }).IsVisibleAsync());

        string? href = await preview.Main.GetByRole(AriaRole.Link, new() { Name = "default/reviews", Exact = true }).First.GetAttributeAsync("href");
        Assert.Equal($"/c/{PreviewPage.Cluster}/services/default/reviews", href);
    }
}
