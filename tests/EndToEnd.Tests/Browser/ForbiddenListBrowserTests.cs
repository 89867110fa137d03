using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>
/// One list forbidden at a time (<c>--forbid</c>), and the restricted scenarios: every Kmesh page still renders what it
/// can read, each page that reads the forbidden list warns naming the resource and its scope, nothing else breaks.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ForbiddenListBrowserTests(BrowserSession browser)
{
    [Theory]
    [MemberData(nameof(KmeshPages.ForbidCases), MemberType = typeof(KmeshPages))]
    public async Task Every_page_warns_precisely_when_one_list_is_forbidden(string forbid)
    {
        await using var preview = await browser.OpenAsync("healthy", forbid);
        await KmeshPages.WalkAsync(preview, KmeshPages.ForbidSpecs[forbid], $"{forbid} forbidden");
    }

    [Fact]
    public async Task Restricted_pods_shows_what_is_readable_on_every_page()
    {
        await using var preview = await browser.OpenAsync("restricted-pods");
        await KmeshPages.WalkAsync(preview, KmeshPages.ForbidSpecs["pods@kmesh-system"], "restricted-pods");
        // The IPsec state comes from kmeshnodeinfos, which this user may read.
        await preview.SeesAsync("all nodes agree on the SPI");
    }

    [Fact]
    public async Task Restricted_warns_about_kmeshnodeinfos_and_exec_where_they_are_needed()
    {
        await using var preview = await browser.OpenAsync("restricted");
        await KmeshPages.WalkAsync(preview, new[] { "kmeshnodeinfos" }, "restricted");
        // The daemon's /version and dumps need pods/exec, which this user lacks.
        await KmeshPages.VisitAsync(preview, KmeshPages.NodeDetail);
        await preview.SeesAsync("pods/exec");
        await preview.Page.GotoAsync($"/c/{PreviewPage.Cluster}/kmesh/bpf-maps/kmesh-worker");
        await preview.SeesAsync("pods/exec");
        await preview.Guard.AssertCleanAsync("restricted exec pages");
    }
}
