using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>A healthy dual-engine cluster, walked through the sidebar as a user would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HealthyScenarioTests(BrowserSession browser)
{
    [Fact]
    public async Task Overview_summarises_the_mesh()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.OpenFromSidebarAsync("/kmesh");

        await preview.SeesAsync("Kmesh is healthy");
        string text = await preview.MainTextAsync();
        Assert.Contains("Daemons ready\n3/3", text);
        Assert.Contains("Mode\ndual-engine", text);
        Assert.Contains("Waypoints programmed\n1/1", text);
        Assert.Contains("6 managed of 6 intended", text);
        Assert.Contains("IPsec\nOn\n\nSPI 1 on 3 nodes", text);
        await preview.ScreenshotAsync("overview");
    }

    [Fact]
    public async Task Nodes_list_leads_to_a_node_with_its_daemon_reached_through_exec()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.OpenFromSidebarAsync("/kmesh/nodes");

        await preview.SeesAsync("kmesh-worker2");
        Assert.Equal(3, await preview.Main.Locator("tbody tr").CountAsync());
        Assert.Equal(3, await preview.Main.GetByText("Ready", new() { Exact = true }).CountAsync());
        await preview.ScreenshotAsync("nodes");

        // Headlamp's table: the list opens sorted by node; a click on that column's sort label turns it around.
        await Assertions.Expect(preview.Main.Locator("tbody tr").First).ToContainTextAsync("kmesh-control-plane");
        await preview.SortByAsync("Node");
        await Assertions.Expect(preview.Main.Locator("tbody tr").First).ToContainTextAsync("kmesh-worker2");
        // The search lives in the URL like Headlamp's own lists.
        await preview.SearchAsync("worker2");
        await preview.Page.WaitForURLAsync("**/kmesh/nodes?*filter=worker2*");
        await Assertions.Expect(preview.Main.Locator("tbody tr")).ToHaveCountAsync(1);
        await preview.SearchAsync("");

        await preview.ClickLinkAsync("kmesh-worker");
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}/kmesh/nodes/kmesh-worker");
        await preview.SeesAsync("Reported version");
        string text = await preview.MainTextAsync();
        Assert.Contains("Kmesh node kmesh-worker", text);
        Assert.Contains("Reached through\npod exec", text);
        Assert.Contains("Pod CIDRs\n10.244.1.0/24", text);
        await preview.ScreenshotAsync("node-detail");

        // Headlamp's header action: View YAML opens the daemon pod in Headlamp's editor, in an activity window.
        await preview.Main.GetByRole(AriaRole.Button, new() { Name = "View YAML" }).ClickAsync();
        var editor = preview.Page.Locator(".monaco-editor").First;
        await editor.WaitForAsync(new() { Timeout = 30_000 });
        // The editor draws only the lines in view: the pod's metadata comes first.
        await Assertions.Expect(editor).ToContainTextAsync(new Regex(@"name:\s+kmesh-[a-z0-9]{5}\s"));
        await Assertions.Expect(editor).ToContainTextAsync(new Regex(@"namespace:\s+kmesh-system"));
        await preview.ScreenshotAsync("node-detail-yaml");
        await preview.Page.GetByRole(AriaRole.Complementary).GetByRole(AriaRole.Button, new() { Name = "Close" }).First.ClickAsync();
        await Assertions.Expect(editor).ToHaveCountAsync(0);

        // Back returns to the list, as on Headlamp's own details pages.
        await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}/kmesh/nodes");
        await preview.SeesAsync("kmesh-worker2");

        // A daemon pod's name links to Headlamp's own Pod page.
        var podLink = preview.Main.Locator("tbody tr").First.Locator("a").Nth(1);
        string pod = (await podLink.InnerTextAsync()).Trim();
        Assert.EndsWith($"/c/{PreviewPage.Cluster}/pods/kmesh-system/{pod}", await podLink.GetAttributeAsync("href"));
    }

    [Fact]
    public async Task Waypoints_list_leads_to_the_waypoint_and_what_uses_it()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.OpenFromSidebarAsync("/kmesh/waypoints");

        await preview.SeesAsync("10.96.143.232");
        Assert.Contains("Programmed", await preview.Main.Locator("tbody tr").First.InnerTextAsync());
        await preview.ScreenshotAsync("waypoints");

        await preview.ClickLinkAsync("waypoint");
        await preview.SeesAsync("What uses this waypoint");
        string text = await preview.MainTextAsync();
        Assert.Contains("Waypoint default/waypoint", text);
        Assert.Contains("details, productpage, ratings, reviews", text);
        Assert.Contains("HBONE", text);
        await preview.ScreenshotAsync("waypoint-detail");

        await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}/kmesh/waypoints");
        await preview.SeesAsync("10.96.143.232");
        var ns = preview.Main.GetByRole(AriaRole.Link, new() { Name = "default", Exact = true });
        Assert.Equal($"/c/{PreviewPage.Cluster}/namespaces/default", await ns.GetAttributeAsync("href"));
    }

    [Fact]
    public async Task A_gateway_that_is_not_a_waypoint_says_so_on_the_waypoint_url()
    {
        await using var preview = await browser.OpenAsync("healthy");
        string gateways = $"/clusters/{PreviewPage.Cluster}/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways";
        var created = await preview.Page.APIRequest.PostAsync(gateways, new()
        {
            DataObject = new
            {
                apiVersion = "gateway.networking.k8s.io/v1",
                kind = "Gateway",
                metadata = new { name = "e2e-ingress" },
                spec = new { gatewayClassName = "istio", listeners = new[] { new { name = "http", port = 80, protocol = "HTTP" } } },
            },
        });
        Assert.Equal(201, created.Status);
        try
        {
            await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/waypoints/default/e2e-ingress");

            await preview.SeesAsync("Gateway default/e2e-ingress is not a waypoint: its class is \"istio\"");
            Assert.DoesNotContain("What uses this waypoint", await preview.MainTextAsync());
            await preview.ScreenshotAsync("not-a-waypoint");
            var gateway = preview.Main.GetByRole(AriaRole.Link, new() { Name = "Open it on Headlamp's Gateway page" });
            Assert.Equal($"/c/{PreviewPage.Cluster}/gateways/default/e2e-ingress", await gateway.GetAttributeAsync("href"));
        }
        finally
        {
            await preview.Page.APIRequest.DeleteAsync(gateways + "/e2e-ingress");
        }
    }

    [Fact]
    public async Task Bpf_maps_of_a_chosen_node_are_read_through_exec_and_filterable()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.OpenFromSidebarAsync("/kmesh/bpf-maps");
        await preview.SeesAsync("Choose a node");

        await preview.Main.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await preview.Page.GetByRole(AriaRole.Option, new() { Name = "kmesh-worker", Exact = true }).ClickAsync();

        await preview.SeesAsync("7 entries");
        Assert.Contains("Read through pod exec", await preview.MainTextAsync());
        foreach (string tab in new[] { "Services", "Backends", "Endpoints", "Frontends", "Workload policies" })
        {
            Assert.True(await preview.Main.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true }).IsVisibleAsync(), tab);
        }
        await preview.Main.GetByRole(AriaRole.Textbox, new() { Name = "Search" }).FillAsync("FAILOVER");
        await preview.SeesAsync("1 of 7 entries");
        Assert.DoesNotContain("UNSPECIFIED_MODE", await preview.MainTextAsync());
        await preview.ScreenshotAsync("bpf-maps");
    }
}
