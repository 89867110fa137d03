using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>One list a view reads, the words its warning must contain when it is forbidden, and the pages that read it.</summary>
public sealed record ViewList(string Name, string Resource, string Scope, IReadOnlyList<string> Pages);

/// <summary>Something a page shows from lists it can read (<see cref="Needs"/>): when those are readable it must be there, whatever else is forbidden.</summary>
public sealed record ReadableContent(string Page, string Text, IReadOnlyList<string> Needs);

/// <summary>Every Kmesh page, the lists each reads, and the walk a user makes through them.</summary>
public static class KmeshPages
{
    public const string Overview = "/kmesh";
    public const string Nodes = "/kmesh/nodes";
    public const string NodeDetail = "/kmesh/nodes/kmesh-worker";
    public const string Waypoints = "/kmesh/waypoints";
    public const string WaypointDetail = "/kmesh/waypoints/default/waypoint";
    public const string BpfMaps = "/kmesh/bpf-maps";

    public static readonly string[] Sidebar = { Overview, Nodes, Waypoints, BpfMaps };

    public static readonly string[] All = { Overview, Nodes, NodeDetail, Waypoints, WaypointDetail, BpfMaps };

    /// <summary>Each list the views read, its resource and scope words, and the pages that read it (from src/Plugin/Views).</summary>
    public static readonly IReadOnlyList<ViewList> Lists = new[]
    {
        new ViewList("daemon pods", "pods", "kmesh-system", new[] { Overview, Nodes, NodeDetail, BpfMaps }),
        new ViewList("all pods", "pods", "cluster-wide", new[] { Overview, Waypoints, WaypointDetail }),
        new ViewList("namespaces", "namespaces", "cluster-wide", new[] { Overview, Waypoints, WaypointDetail }),
        new ViewList("gateways", "gateways", "cluster-wide", new[] { Overview, Waypoints }),
        new ViewList("kmeshnodeinfos", "kmeshnodeinfos", "kmesh-system", new[] { Overview, Nodes, NodeDetail }),
        new ViewList("kmesh events", "events", "kmesh-system", new[] { Overview }),
        new ViewList("services", "services", "cluster-wide", new[] { Waypoints, WaypointDetail }),
        new ViewList("nodes", "nodes", "cluster-wide", Array.Empty<string>()),
    };

    /// <summary>
    /// The <c>--forbid</c> that makes each list forbidden, and what it forbids: pods@kmesh-system also forbids the
    /// cluster-wide pod list, as RBAC must (a grant across all namespaces would include kmesh-system).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> ForbidSpecs = new Dictionary<string, string[]>
    {
        ["pods@kmesh-system"] = new[] { "daemon pods", "all pods" },
        ["pods@cluster-wide"] = new[] { "all pods" },
        ["namespaces"] = new[] { "namespaces" },
        ["gateways"] = new[] { "gateways" },
        ["kmeshnodeinfos"] = new[] { "kmeshnodeinfos" },
        ["events"] = new[] { "kmesh events" },
        ["services"] = new[] { "services" },
        ["nodes"] = new[] { "nodes" },
    };

    /// <summary>What each page of the healthy cluster shows from the lists it can still read.</summary>
    public static readonly IReadOnlyList<ReadableContent> Readable = new[]
    {
        new ReadableContent(Overview, "Waypoints programmed", new[] { "gateways" }),
        new ReadableContent(Overview, "Started container kmesh", new[] { "kmesh events" }),
        new ReadableContent(Nodes, "kmesh-worker2", new[] { "daemon pods" }),
        new ReadableContent(NodeDetail, "Kmesh node kmesh-worker", new[] { "daemon pods" }),
        new ReadableContent(Waypoints, "10.96.143.232", new[] { "gateways" }),
        new ReadableContent(WaypointDetail, "Waypoint default/waypoint", new[] { "gateways" }),
        new ReadableContent(BpfMaps, "Choose a node", new[] { "daemon pods" }),
    };

    /// <summary>Facts a page must not state when a list it needs is forbidden (it cannot know them): text, or a regex on the page text.</summary>
    public static readonly IReadOnlyList<ReadableContent> Unknowable = new[]
    {
        new ReadableContent(Overview, "Kmesh is healthy", new[] { "daemon pods", "kmeshnodeinfos", "gateways" }),
        new ReadableContent(Waypoints, "0 namespaces", new[] { "namespaces" }),
        new ReadableContent(Waypoints, "0 services", new[] { "services" }),
        new ReadableContent(Waypoints, "0 pods", new[] { "all pods" }),
        new ReadableContent(NodeDetail, "IPsec SPI\noff", new[] { "kmeshnodeinfos" }),
    };

    public static IEnumerable<object[]> ForbidCases => ForbidSpecs.Keys.Select(f => new object[] { f });

    /// <summary>
    /// Walks every page: each forbidden list a page reads gets its warning, everything the page can still read is shown,
    /// nothing it cannot know is stated, nothing hostile happens, and a screenshot of each page is kept. Missing warnings
    /// and content are collected over the whole walk and reported together; hostile effects fail at once.
    /// </summary>
    public static async Task WalkAsync(PreviewPage preview, IReadOnlyCollection<string> forbiddenLists, string label)
    {
        var forbidden = Lists.Where(l => forbiddenLists.Contains(l.Name)).ToList();
        var problems = new List<string>();
        foreach (var page in All)
        {
            await VisitAsync(preview, page);
            foreach (var list in forbidden.Where(l => l.Pages.Contains(page)))
            {
                problems.AddRange(await MissingForbiddenWarningAsync(preview, page, list));
            }
            foreach (var content in Readable.Where(r => r.Page == page && !r.Needs.Any(forbiddenLists.Contains)))
            {
                problems.AddRange(await MissingReadableAsync(preview, page, content, label));
            }
            var text = await preview.MainTextAsync();
            problems.AddRange(Unknowable.Where(u => u.Page == page && u.Needs.Any(forbiddenLists.Contains) && text.Contains(u.Text))
                .Select(u => $"{page} ({label}) states \"{u.Text}\" though it may not read {string.Join(" or ", u.Needs)}"));
            await preview.ScreenshotAsync(page.Trim('/').Replace('/', '-'));
            await preview.Guard.AssertCleanAsync($"{page} ({label})");
        }
        await HeadlampSidebarWorksAsync(preview);
        await preview.Guard.AssertCleanAsync($"Headlamp's own pages ({label})");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IEnumerable<string>> MissingReadableAsync(PreviewPage preview, string page, ReadableContent content, string label)
    {
        try
        {
            await preview.Main.GetByText(content.Text).First.WaitForAsync(new() { Timeout = 30_000 });
            return Array.Empty<string>();
        }
        catch (TimeoutException)
        {
            return new[] { $"{page} ({label}): \"{content.Text}\" is readable ({string.Join(", ", content.Needs)}) but not shown. "
                + $"Page: {Shorten(await preview.MainTextAsync())}" };
        }
    }

    /// <summary>Waits (Headlamp retries a failed list for a while) for an alert naming the resource and its scope.</summary>
    private static async Task<IEnumerable<string>> MissingForbiddenWarningAsync(PreviewPage preview, string page, ViewList list)
    {
        var alert = preview.Main.GetByRole(AriaRole.Alert)
            .Filter(new() { HasTextRegex = new Regex($@"\b{Regex.Escape(list.Resource)}\b") })
            .Filter(new() { HasTextRegex = new Regex(Regex.Escape(list.Scope), RegexOptions.IgnoreCase) });
        try
        {
            await alert.First.WaitForAsync(new() { Timeout = 60_000 });
            return Array.Empty<string>();
        }
        catch (TimeoutException)
        {
            var alerts = await preview.Main.GetByRole(AriaRole.Alert).AllInnerTextsAsync();
            return new[] { $"{page} with {list.Name} forbidden: no alert naming \"{list.Resource}\" and \"{list.Scope}\". "
                + $"Alerts: [{string.Join(" | ", alerts.Select(Shorten))}]. Page: {Shorten(await preview.MainTextAsync())}" };
        }
    }

    /// <summary>Opens a page as a user does: sidebar entries by click, detail pages by their link in the list (or the URL when the list cannot show it).</summary>
    public static async Task VisitAsync(PreviewPage preview, string page)
    {
        if (Sidebar.Contains(page))
        {
            await preview.OpenFromSidebarAsync(page);
            return;
        }
        var (list, link) = page == NodeDetail ? (Nodes, "kmesh-worker") : (Waypoints, "waypoint");
        await preview.OpenFromSidebarAsync(list);
        var anchor = preview.Main.GetByRole(AriaRole.Link, new() { Name = link, Exact = true });
        try
        {
            await anchor.WaitForAsync(new() { Timeout = 30_000 });
            await anchor.ClickAsync();
        }
        catch (TimeoutException)
        {
            await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}{page}");
        }
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}{page}");
    }

    /// <summary>Headlamp's own sidebar still works: its Namespaces entry (under Cluster) opens Headlamp's page.</summary>
    public static async Task HeadlampSidebarWorksAsync(PreviewPage preview)
    {
        var namespaces = preview.Page.Locator($"a[href='/c/{PreviewPage.Cluster}/namespaces']").First;
        if (!await namespaces.IsVisibleAsync())
        {
            // Headlamp's top entry, "Clusters" with the cluster's name under it, opens its cluster section.
            await preview.Page.Locator("a", new() { HasText = "Clusters" }).First.ClickAsync();
        }
        await namespaces.ClickAsync();
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}/namespaces");
        await preview.Main.GetByText("Namespaces").First.WaitForAsync();
        await preview.OpenFromSidebarAsync(Overview);
    }

    public static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
