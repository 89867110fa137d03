using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>The plugin in Chinese, in Chromium: a user picks 简体中文 in Headlamp's own language selector (Settings →
/// General), goes back to the Kmesh overview (its labels and the model's health reason in Chinese) and opens the Nodes
/// page. Headlamp loads the plugin's
/// locales/zh/translation.json from the plugin folder (initializePluginI18n) and the plugin follows the switch.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TranslationBrowserTests(BrowserSession browser)
{
    [Fact]
    public async Task Healthy_choosing_chinese_in_headlamps_settings_translates_the_overview_and_the_nodes_page()
    {
        await using var preview = await browser.OpenAsync("healthy");
        await preview.OpenFromSidebarAsync(KmeshPages.Overview);
        await preview.SeesAsync("Kmesh overview");

        await preview.Page.GotoAsync("/settings/general");
        await preview.Page.Locator("[aria-label='Select locale']").First.ClickAsync();
        await preview.Page.GetByRole(AriaRole.Option, new() { Name = "简体中文", Exact = true }).ClickAsync();
        await preview.Page.GoBackAsync();
        await preview.Page.WaitForURLAsync($"**/c/{PreviewPage.Cluster}{KmeshPages.Overview}");

        await preview.SeesAsync("Kmesh 概览");
        await preview.SeesAsync("网格健康状况");
        await preview.SeesAsync("由 Kmesh 纳管的 Pod");
        // The health reason is the model's sentence (Say.T), worded through the plugin's translation.
        await preview.SeesAsync("Kmesh 运行正常");
        string overview = await preview.MainTextAsync();
        Assert.DoesNotContain("Kmesh overview", overview);
        Assert.DoesNotContain("Kmesh is healthy", overview);
        Assert.Equal("节点", (await preview.Sidebar(KmeshPages.Nodes).InnerTextAsync()).Trim());
        await preview.ScreenshotAsync("overview-zh");

        await preview.OpenFromSidebarAsync(KmeshPages.Nodes);
        await preview.SeesAsync("Kmesh 节点");
        await preview.SeesAsync("守护进程 Pod");
        await preview.SeesAsync("就绪");
        Assert.DoesNotContain("Daemon pod", await preview.MainTextAsync());
        await preview.ScreenshotAsync("nodes-zh");
        await preview.Guard.AssertCleanAsync("the Chinese walk");
    }
}
