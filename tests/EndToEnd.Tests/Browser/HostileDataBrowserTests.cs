using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kmesh.Preview.Scenarios;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>
/// The hostile scenario in Chromium: payloads in cluster data and daemon answers are shown as literal text, never run
/// (no dialog, no page error, no injected element), and each broken daemon gets its own precise failure.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileDataBrowserTests(BrowserSession browser)
{
    [Fact]
    public async Task Every_page_shows_hostile_data_as_literal_text()
    {
        await using var preview = await browser.OpenAsync("hostile");
        await KmeshPages.WalkAsync(preview, Array.Empty<string>(), "hostile");

        await KmeshPages.VisitAsync(preview, KmeshPages.Overview);
        await preview.SeesAsync(HostilePayloads.Script);
        var overview = await preview.MainTextAsync();
        foreach (var payload in HostilePayloads.Markup.Append(HostilePayloads.RightToLeft).Append(HostilePayloads.ZeroWidth))
        {
            Assert.Contains(payload, overview);
        }
        Assert.Contains("-long-end", overview);
        Assert.Contains(HostileCluster.LongNamespace, overview);
        await preview.ScreenshotAsync("overview-payloads");

        await KmeshPages.VisitAsync(preview, KmeshPages.Nodes);
        await preview.SeesAsync(HostileCluster.WrongTypesNode);
        Assert.Contains(HostileCluster.LongNode, await preview.MainTextAsync());
        Assert.Equal(7, await preview.Main.Locator("tbody tr").CountAsync());

        // kmesh-worker's daemon reports markup as its version.
        await KmeshPages.VisitAsync(preview, KmeshPages.NodeDetail);
        await preview.SeesAsync(HostilePayloads.ImageOnError);
        await preview.ScreenshotAsync("node-version-payloads");

        await KmeshPages.VisitAsync(preview, KmeshPages.Waypoints);
        await preview.SeesAsync(HostileCluster.LongWaypoint);
        await preview.Guard.AssertCleanAsync("hostile payload checks");
    }

    [Fact]
    public async Task Bpf_dump_with_hostile_strings_is_shown_as_text()
    {
        await using var preview = await browser.OpenAsync("hostile");
        await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/bpf-maps/{HostileCluster.HostileStringsNode}");
        await preview.Main.GetByRole(AriaRole.Tab).First.WaitForAsync(new() { Timeout = 60_000 });
        var seen = false;
        foreach (var tab in await preview.Main.GetByRole(AriaRole.Tab).AllAsync())
        {
            await tab.ClickAsync();
            var text = await preview.MainTextAsync();
            seen |= HostilePayloads.Markup.Any(text.Contains);
            await preview.Guard.AssertCleanAsync($"BPF maps tab {await tab.InnerTextAsync()}");
        }
        Assert.True(seen, "no payload from the hostile BPF dump is shown as text");
        await preview.ScreenshotAsync("bpf-maps-payloads");
    }

    public static TheoryData<string, string, string> BrokenDaemons => new()
    {
        // node, the page's words for the failure (status, kind), what its screenshot is called
        { HostileCluster.HtmlErrorNode, @"\b500\b", "html-500" },
        { HostileCluster.TruncatedNode, @"truncated|malformed|JSON", "truncated" },
        { HostileCluster.WrongModeNode, @"Invalid Client Mode|mode", "wrong-mode" },
        { HostileCluster.WrongTypesNode, @"type|unreadable|expected", "wrong-types" },
    };

    [Theory]
    [MemberData(nameof(BrokenDaemons))]
    public async Task Each_broken_daemon_gets_a_precise_failure_on_the_pages_that_ask_it(string node, string words, string name)
    {
        await using var preview = await browser.OpenAsync("hostile");
        var failure = new Regex(words, RegexOptions.IgnoreCase);

        await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/bpf-maps/{node}");
        await SeesFailureAsync(preview, failure, $"BPF maps of {node}");
        await preview.ScreenshotAsync($"bpf-maps-{name}");
        await preview.Guard.AssertCleanAsync($"BPF maps of {node}");

        if (node != HostileCluster.WrongModeNode)
        {
            // /version is not a dump: the wrong-mode daemon answers it normally.
            await KmeshPages.VisitAsync(preview, KmeshPages.Nodes);
            await preview.ClickLinkAsync(node);
            await SeesFailureAsync(preview, failure, $"node {node}");
            await preview.ScreenshotAsync($"node-{name}");
            await preview.Guard.AssertCleanAsync($"node {node}");
        }
        await KmeshPages.HeadlampSidebarWorksAsync(preview);
    }

    private static async Task SeesFailureAsync(PreviewPage preview, Regex words, string where)
    {
        var alert = preview.Main.GetByRole(AriaRole.Alert).Filter(new() { HasTextRegex = words });
        try
        {
            await alert.First.WaitForAsync(new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            var alerts = await preview.Main.GetByRole(AriaRole.Alert).AllInnerTextsAsync();
            Assert.Fail($"{where}: no alert matching /{words}/. Alerts: [{string.Join(" | ", alerts)}]. Page: {KmeshPages.Shorten(await preview.MainTextAsync())}");
        }
    }
}
