using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>The Kmesh sections on Headlamp's own Pod, Namespace, Service and Node pages, in Chromium: a user who opens
/// a namespace, follows its one mismatched pod and reads why it is not managed, then its node's daemon.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SectionsBrowserTests(BrowserSession browser)
{
    private static string Headlamp(string path) => $"/c/{PreviewPage.Cluster}/{path}";

    /// <summary>Scrolls the Kmesh section into view (it sits below Headlamp's own sections) and waits for it.</summary>
    private static async Task KmeshSectionAsync(PreviewPage preview)
    {
        ILocator heading = preview.Main.GetByRole(AriaRole.Heading, new() { Name = "Kmesh", Exact = true });
        await heading.WaitForAsync();
        await heading.ScrollIntoViewIfNeededAsync();
    }

    /// <summary>The names of the objects a list answers, from the preview's API server, as the user's cluster has them.</summary>
    private static async Task<string[]> NamesAsync(PreviewPage preview, string path)
    {
        IAPIResponse response = await preview.Page.APIRequest.GetAsync($"/clusters/{PreviewPage.Cluster}{path}");
        using JsonDocument doc = JsonDocument.Parse(await response.TextAsync());
        return doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("metadata").GetProperty("name").GetString()!).ToArray();
    }

    [Fact]
    public async Task Degraded_an_enrolled_but_unmanaged_pod_explains_why_from_its_namespace_to_its_node()
    {
        await using var preview = await browser.OpenAsync("degraded");
        await preview.Page.GotoAsync(Headlamp("namespaces/default"));
        await KmeshSectionAsync(preview);
        await preview.SeesAsync("1 pod where intent and state differ");
        await preview.SeesAsync("istio.io/dataplane-mode=Kmesh");
        await preview.ScreenshotAsync("namespace-section");

        // The mismatched pod links to Headlamp's own Pod page (opened here as a new tab would: Headlamp may show a
        // clicked pod in its details drawer instead).
        ILocator link = preview.Main.GetByRole(AriaRole.Link, new() { Name = "ratings-v1-", Exact = false }).Last;
        string href = (await link.GetAttributeAsync("href"))!;
        Assert.Matches($"^/c/{PreviewPage.Cluster}/pods/default/ratings-v1-[a-z0-9]+-[a-z0-9]+$", href);
        await preview.Page.GotoAsync(href);
        await KmeshSectionAsync(preview);
        await preview.SeesAsync("Meant to be in the mesh, but Kmesh does not manage it");
        string text = await preview.MainTextAsync();
        Assert.Contains("Not managed: the Kmesh daemon on its node kmesh-worker2 is not ready (container kmesh is in CrashLoopBackOff", text);
        Assert.Contains("yes: namespace label istio.io/dataplane-mode=Kmesh", text);
        Assert.Contains("no: the pod has no kmesh.net/redirection=enabled annotation", text);
        await preview.Main.GetByText("Meant to be in the mesh, but Kmesh does not manage it").First.ScrollIntoViewIfNeededAsync();
        await preview.ScreenshotAsync("pod-section-unmanaged");

        await preview.ClickLinkAsync("Kmesh node kmesh-worker2");
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}/kmesh/nodes/kmesh-worker2");
        await preview.SeesAsync("CrashLoopBackOff");
        await preview.Guard.AssertCleanAsync("the degraded pod walk");
    }

    [Fact]
    public async Task Degraded_a_managed_pod_shows_its_workload_entry_and_the_service_and_node_pages_their_sections()
    {
        await using var preview = await browser.OpenAsync("degraded");
        string pod = (await NamesAsync(preview, "/api/v1/namespaces/default/pods")).First(n => n.StartsWith("productpage-v1-"));
        await preview.Page.GotoAsync(Headlamp("pods/default/" + pod));
        await KmeshSectionAsync(preview);
        await preview.SeesAsync("From the config dump of the daemon on node kmesh-worker");
        await preview.SeesAsync("productpage.default.svc.cluster.local");
        await preview.ScreenshotAsync("pod-section-managed");

        await preview.Page.GotoAsync(Headlamp("services/default/reviews"));
        await KmeshSectionAsync(preview);
        await preview.SeesAsync("(its own label)");
        // kmesh-control-plane's daemon cuts its dump off: the section says so and the next Ready daemon answers.
        await preview.SeesAsync("Workloads behind it");
        Assert.Contains("could not be read", await preview.MainTextAsync());
        await preview.ScreenshotAsync("service-section");

        await preview.Page.GotoAsync(Headlamp("nodes/kmesh-worker"));
        await KmeshSectionAsync(preview);
        await preview.SeesAsync("IPsec SPI");
        await preview.SeesAsync("dual-engine");
        await preview.ScreenshotAsync("node-section");
        await preview.Page.GotoAsync(Headlamp("nodes/kmesh-worker2"));
        await KmeshSectionAsync(preview);
        await preview.SeesAsync("Not ready");
        await preview.ScreenshotAsync("node-section-crashloop");
        await preview.Guard.AssertCleanAsync("the degraded sections");
    }

    [Theory]
    [InlineData("restricted", "default")]
    [InlineData("large", "team-00")]
    [InlineData("not-installed", "default")]
    public async Task Each_section_renders_on_every_scenario_and_says_what_it_could_not_read(string scenario, string ns)
    {
        await using var preview = await browser.OpenAsync(scenario);
        string pod = (await NamesAsync(preview, $"/api/v1/namespaces/{ns}/pods")).First();
        string service = (await NamesAsync(preview, $"/api/v1/namespaces/{ns}/services")).First();
        string node = (await NamesAsync(preview, "/api/v1/nodes")).First();
        const string quiet = "Kmesh is not installed in this cluster (there is no kmesh-system namespace).";

        foreach ((string page, string name) in new[] { ($"pods/{ns}/{pod}", "pod"), ($"namespaces/{ns}", "namespace"), ($"services/{ns}/{service}", "service"), ($"nodes/{node}", "node") })
        {
            await preview.Page.GotoAsync(Headlamp(page));
            if (scenario == "not-installed")
            {
                await preview.SeesAsync(quiet);
                await preview.Main.GetByText(quiet).First.ScrollIntoViewIfNeededAsync();
                Assert.Equal(0, await preview.Main.GetByRole(AriaRole.Heading, new() { Name = "Kmesh", Exact = true }).CountAsync());
            }
            else
            {
                await KmeshSectionAsync(preview);
                await preview.SeesAsync(name == "pod" ? "In the mesh" : name == "namespace" ? "Enrollment" : name == "service" ? "Waypoint" : "Kmesh daemon on its node");
            }
            await preview.ScreenshotAsync(name + "-section");
        }
        if (scenario == "restricted")
        {
            // No pods/exec and no kmeshnodeinfos: the node page says both, precisely, and shows the rest.
            await preview.SeesAsync("Your account may not get kmeshnodeinfos");
        }
        await preview.Guard.AssertCleanAsync(scenario + " sections");
    }
}
