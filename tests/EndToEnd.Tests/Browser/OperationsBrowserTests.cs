using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>Operating Kmesh from the UI as a user does it: diagnosing a crash-looping daemon, switching access logs on
/// for every node behind a confirmation, creating and deleting a waypoint, and every control refused without RBAC.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OperationsBrowserTests(BrowserSession browser)
{
    private static async Task OpenNodeAsync(PreviewPage preview, string node)
    {
        await preview.OpenFromSidebarAsync("/kmesh/nodes");
        await preview.ClickLinkAsync(node);
        await preview.SeesAsync("Daemon diagnosis");
    }

    private static ILocator Dialog(PreviewPage preview) => preview.Page.GetByRole(AriaRole.Dialog);

    private static async Task ChooseAsync(PreviewPage preview, ILocator combobox, string option)
    {
        await combobox.ClickAsync();
        await preview.Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        for (int i = 0; i < 80; i++)
        {
            if (await condition()) return;
            await Task.Delay(250);
        }
        throw new TimeoutException(what);
    }

    [Fact]
    public async Task Crash_looping_daemon_shows_exit_code_failing_line_and_named_cause()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await OpenNodeAsync(preview, "kmesh-worker2");

        await preview.SeesAsync("Known cause: istiod (xDS) refused the connection");
        string text = await preview.MainTextAsync();
        Assert.Contains("exit code 1 (Error)", text);
        Assert.Contains("waiting (CrashLoopBackOff)", text);
        Assert.Contains("failed to get xds client: dial tcp 10.96.52.140:15012: connect: connection refused", text);
        Assert.Contains("Fix: Check that istiod runs", text);
        Assert.Contains("Previous container log (last 200 lines)", text);
        await preview.ScreenshotAsync("node-diagnosis");
    }

    [Fact]
    public async Task Enabling_access_logs_on_all_nodes_asks_reports_each_node_and_the_lines_appear()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await OpenNodeAsync(preview, "kmesh-worker");
        await preview.SeesAsync("Runtime switches");
        var accessLogs = preview.Main.Locator("tr", new() { HasTextRegex = new Regex("^\\s*Access logs") });
        await accessLogs.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).Locator("xpath=self::*[not(@disabled)]").WaitForAsync();
        await ChooseAsync(preview, preview.Main.GetByRole(AriaRole.Combobox, new() { Name = "Apply to" }).Last, "all 3 nodes");

        await accessLogs.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();

        string asked = await Dialog(preview).InnerTextAsync();
        Assert.Contains("Enable access logs: POST /accesslog?enable=true", asked);
        Assert.Contains("kmesh-control-plane (daemon pod", asked);
        Assert.Contains("kmesh-worker2 (daemon pod", asked);
        Assert.Contains("Nothing has been sent yet.", asked);
        await preview.ScreenshotAsync("switch-confirm");

        await Dialog(preview).GetByRole(AriaRole.Button, new() { Name = "Confirm and send" }).ClickAsync();

        await Dialog(preview).GetByText("3 of 3 nodes succeeded").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(3, await Dialog(preview).Locator("tbody tr", new() { HasText = "Succeeded" }).CountAsync());
        await preview.ScreenshotAsync("switch-results");
        await Dialog(preview).GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await preview.SeesAsync("confirmed by logs at");
        string text = await preview.MainTextAsync();
        Assert.Contains("accesslog: ", text);
        Assert.Contains("on (confirmed)", text);
        await preview.ScreenshotAsync("access-logs-on");
    }

    [Fact]
    public async Task Enabling_workload_metrics_is_confirmed_by_the_metrics_read_after_it()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await OpenNodeAsync(preview, "kmesh-worker");
        var row = preview.Main.Locator("tr", new() { HasTextRegex = new Regex("^\\s*Workload metrics") });
        await row.GetByText("no kmesh_tcp_workload_* series").First.WaitForAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).Locator("xpath=self::*[not(@disabled)]").WaitForAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Dialog(preview).GetByRole(AriaRole.Button, new() { Name = "Confirm and send" }).ClickAsync();
        await Dialog(preview).GetByText("1 of 1 node succeeded").WaitForAsync(new() { Timeout = 60_000 });
        await Dialog(preview).GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await row.GetByText("confirmed by metrics at").First.WaitForAsync();
        string text = await row.InnerTextAsync();
        Assert.Contains("on (confirmed)", text);
        Assert.Contains("kmesh_tcp_workload_* series present", text);
        await preview.ScreenshotAsync("workload-metrics-confirmed");
    }

    [Fact]
    public async Task Restricted_user_sees_every_mutating_control_disabled_with_the_missing_permission()
    {
        await using var preview = await browser.OpenAsync("restricted");
        await OpenNodeAsync(preview, "kmesh-worker");
        await preview.SeesAsync("Not allowed: your account may not create pods/exec in namespace kmesh-system");
        var switches = preview.Main.GetByRole(AriaRole.Button, new() { Name = "Turn on" });
        Assert.Equal(5, await switches.CountAsync());
        for (int i = 0; i < 5; i++) Assert.True(await switches.Nth(i).IsDisabledAsync());
        await preview.ScreenshotAsync("node-operations-forbidden");

        await preview.OpenFromSidebarAsync("/kmesh/waypoints");
        await preview.SeesAsync("Not allowed: your account may not create gateways (gateway.networking.k8s.io) cluster-wide");
        Assert.True(await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Create waypoint" }).IsDisabledAsync());
        await preview.ClickLinkAsync("waypoint");
        await preview.SeesAsync("Not allowed: your account may not delete gateways (gateway.networking.k8s.io) in namespace default");
        Assert.True(await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Delete waypoint" }).IsDisabledAsync());
        await preview.ScreenshotAsync("waypoint-delete-forbidden");
    }

    [Fact]
    public async Task Read_only_setting_hides_every_mutating_control()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.Page.EvaluateAsync("() => new window.pluginLib.ConfigStore('kmesh-headlamp-plugin').update({ readOnly: true })");
        await OpenNodeAsync(preview, "kmesh-worker");
        await preview.SeesAsync("The plugin is in read-only mode");
        Assert.Equal(0, await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).CountAsync());
        await preview.OpenFromSidebarAsync("/kmesh/waypoints");
        await preview.SeesAsync("waypoint");
        Assert.Equal(0, await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Create waypoint" }).CountAsync());
    }

    [Fact]
    public async Task Waypoint_created_for_a_namespace_is_listed_gets_programmed_and_its_deletion_warns_about_its_users()
    {
        await using var preview = await browser.OpenAsync("healthy");
        using var http = new HttpClient { BaseAddress = preview.Server.BaseAddress };
        string detailsPath = $"clusters/{PreviewPage.Cluster}/api/v1/namespaces/default/services/details";
        var originalLabel = JsonNode.Parse(await http.GetStringAsync(detailsPath))!["metadata"]!["labels"]?["istio.io/use-waypoint"]?.DeepClone();
        await preview.OpenFromSidebarAsync("/kmesh/waypoints");
        var create = preview.Main.GetByRole(AriaRole.Button, new() { Name = "Create waypoint" });
        await create.Locator("xpath=self::*[not(@disabled)]").WaitForAsync();
        await create.ClickAsync();
        var name = Dialog(preview).GetByLabel("Name", new() { Exact = true });
        await name.FillAsync("e2e-wp");
        await ChooseAsync(preview, Dialog(preview).GetByRole(AriaRole.Combobox, new() { Name = "Route through it" }), "service details");
        string yaml = await Dialog(preview).InnerTextAsync();
        Assert.Contains("name: e2e-wp", yaml);
        Assert.Contains("gatewayClassName: istio-waypoint", yaml);
        Assert.Contains("# label service default/details", yaml);
        await preview.ScreenshotAsync("waypoint-create-preview");

        await Dialog(preview).GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Dialog(preview).GetByText("Gateway default/e2e-wp created").WaitForAsync();
        Assert.Equal(2, await Dialog(preview).Locator("tbody tr", new() { HasText = "Succeeded" }).CountAsync());
        await Dialog(preview).GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        var row = preview.Main.Locator("tbody tr", new() { HasText = "e2e-wp" });
        await WaitForAsync(async () => await row.CountAsync() == 1 && !(await row.InnerTextAsync()).Contains("Not programmed")
            && (await row.InnerTextAsync()).Contains("Programmed"), "e2e-wp programmed in the list");
        Assert.Contains("0 namespaces, 1 services, 0 pods", await row.InnerTextAsync());
        await preview.ScreenshotAsync("waypoint-programmed");

        await preview.ClickLinkAsync("e2e-wp");
        await preview.Main.GetByRole(AriaRole.Button, new() { Name = "Delete waypoint" }).ClickAsync();
        string warning = await Dialog(preview).InnerTextAsync();
        Assert.Contains("Still labelled istio.io/use-waypoint for this waypoint: service details.", warning);
        await preview.ScreenshotAsync("waypoint-delete-warning");
        await Dialog(preview).GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Dialog(preview).GetByText("Gateway default/e2e-wp deleted").WaitForAsync();
        await Dialog(preview).GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await preview.OpenFromSidebarAsync("/kmesh/waypoints");
        await WaitForAsync(async () => await preview.Main.Locator("tbody tr", new() { HasText = "e2e-wp" }).CountAsync() == 0, "e2e-wp gone from the list");

        // Leave the shared server as the other tests expect it: the service's label as it was before.
        var restore = new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["istio.io/use-waypoint"] = originalLabel } } };
        using var relabel = new StringContent(restore.ToJsonString(), Encoding.UTF8, "application/merge-patch+json");
        (await http.PatchAsync(detailsPath, relabel)).EnsureSuccessStatusCode();
    }
}
