using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Kmesh.Preview;
using Kmesh.Preview.Cli;
using Microsoft.Playwright;

namespace Kmesh.Preview.Benchmarks;

/// <summary>
/// The preview's figures, measured in Debian's Chromium against the real page, plugin and simulated cluster:
/// time until Headlamp's loader has registered the plugin's routes, time to first render of each view (from
/// navigation start), HTTP requests each view makes on load, and filter latency per keystroke in the eBPF inspector
/// and in the Workloads view.
/// Prints a table; asserts nothing. Run: dotnet run -c Release --project tests/Preview.Benchmarks [-- healthy large]
/// </summary>
public static class Program
{
    private const string Cluster = "kmesh-preview";

    public static async Task<int> Main(string[] args)
    {
        string[] scenarios = args.Length > 0 ? args : ["healthy", "large"];
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; figures are single runs in milliseconds since navigation start");
        foreach (string scenario in scenarios)
        {
            // The default plugin and page folders are found from the clone, like the preview CLI's.
            await using var server = await PreviewServer.StartAsync(new PreviewOptions { Scenario = scenario, Port = 0 });
            await server.WarmUp;
            string node = await DaemonNodes.First(server.BaseAddress, Cluster);
            Console.WriteLine();
            Console.WriteLine($"scenario {scenario} (eBPF inspector on node {node})");
            Console.WriteLine($"  {"measure",-44} {"ms",8} {"requests",9}");
            await Measure(browser, server, scenario, "plugin routes registered", "/kmesh", RoutesRegistered);
            await Measure(browser, server, scenario, "Overview first render", "/kmesh", page => Visible(page, "main >> text=Daemons ready"));
            await Measure(browser, server, scenario, "Nodes first render (table rows)", "/kmesh/nodes", page => Visible(page, "main tbody tr"));
            await Measure(browser, server, scenario, "Waypoints first render", "/kmesh/waypoints", Settled);
            await Measure(browser, server, scenario, "eBPF inspector first render (table rows)", $"/kmesh/bpf-maps/{node}", page => Visible(page, "main tbody tr"));
            await FilterLatency(browser, server, node);
            await Measure(browser, server, scenario, "Workloads first render (table rows)", "/kmesh/workloads", page => Visible(page, "main tbody tr"));
            await Measure(browser, server, scenario, "Services first render (table rows)", "/kmesh/services", page => Visible(page, "main tbody tr"));
            await Measure(browser, server, scenario, "Authorization policies first render (rows)", "/kmesh/policies", page => Visible(page, "main tbody tr"));
            await MeshFilterLatency(browser, server, scenario == "large" ? "team-07 svc-07" : "reviews");
        }
        return 0;
    }

    private static async Task Measure(IBrowser browser, PreviewServer server, string scenario, string label, string url, Func<IPage, Task<double>> ready)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        server.Requests.Clear();
        await page.GotoAsync($"/c/{Cluster}{url}");
        double ms = await ready(page);
        await Task.Delay(2000); // let the view's requests and watches settle before counting
        int requests = (int)server.Requests.Snapshot()["total"]!;
        Console.WriteLine($"  {label,-44} {ms,8:F0} {requests,9}");
        await context.CloseAsync();
    }

    private static async Task<double> RoutesRegistered(IPage page)
    {
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('headlamp-plugins-loaded').length > 0");
        return await page.EvaluateAsync<double>("() => performance.getEntriesByName('headlamp-plugins-loaded')[0].startTime");
    }

    private static async Task<double> Visible(IPage page, string selector)
    {
        await page.Locator(selector).First.WaitForAsync();
        return await page.EvaluateAsync<double>("() => performance.now()");
    }

    /// <summary>The view has drawn its content (no loader left); used where the content may be a table or an empty message.</summary>
    private static async Task<double> Settled(IPage page)
    {
        await page.WaitForFunctionAsync("() => { const m = document.querySelector('main'); return !!m && m.innerText.trim().length > 20 && !m.querySelector('[role=progressbar]'); }");
        return await page.EvaluateAsync<double>("() => performance.now()");
    }

    /// <summary>Types into the inspector's search box key by key; each figure is key press to the next painted frame.</summary>
    private static async Task FilterLatency(IBrowser browser, PreviewServer server, string node)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync($"/c/{Cluster}/kmesh/bpf-maps/{node}");
        await page.Locator("main tbody tr").First.WaitForAsync();
        var search = page.Locator("main").GetByRole(AriaRole.Textbox, new() { Name = "Search" });
        await search.ClickAsync();
        var latencies = new List<double>();
        foreach (char key in "10.96")
        {
            var watch = Stopwatch.StartNew();
            await page.Keyboard.TypeAsync(key.ToString());
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
        string entries = await page.Locator("main").GetByText(" entries").First.InnerTextAsync();
        Console.WriteLine($"  {"filter per keystroke (\"10.96\", to paint)",-44} {latencies.Average(),8:F0}   max {latencies.Max():F0}, shows \"{entries}\"");
        await context.CloseAsync();
    }

    /// <summary>Types into the Workloads view's search key by key (the dump already loaded); min/median/max of key
    /// press to the next painted frame.</summary>
    private static async Task MeshFilterLatency(IBrowser browser, PreviewServer server, string text)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync($"/c/{Cluster}/kmesh/workloads");
        await page.Locator("main tbody tr").First.WaitForAsync();
        var search = page.Locator("main").GetByRole(AriaRole.Textbox, new() { Name = "Search" });
        await search.ClickAsync();
        var latencies = new List<double>();
        foreach (char key in text)
        {
            var watch = Stopwatch.StartNew();
            await page.Keyboard.TypeAsync(key.ToString());
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
        latencies.Sort();
        string shown = await page.Locator("main").GetByText(" of ").First.InnerTextAsync();
        Console.WriteLine($"  {$"workloads filter per keystroke (\"{text}\")",-44} min {latencies[0]:F0} median {latencies[latencies.Count / 2]:F0} max {latencies[^1]:F0}, shows \"{shown}\"");
        await context.CloseAsync();
    }
}
