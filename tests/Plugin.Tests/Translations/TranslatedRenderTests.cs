using System.Linq;
using Kmesh.Plugin.Tests.Harness;
using Kmesh.Plugin.Tests.Rendering;
using Xunit;

namespace Kmesh.Plugin.Tests.Translations;

/// <summary>The built main.js under Headlamp's translation hook (the genuine i18next over the shipped locale files):
/// views render in the chosen language and follow a language switch without being remounted.</summary>
public class TranslatedRenderTests
{
    [Fact]
    public void OverviewRendersInChinese()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        host.UseLanguage("zh");

        string text = host.Render("kmesh-overview").Text;

        Assert.Contains("Kmesh 概览", text);
        Assert.Contains("网格健康状况", text);
        Assert.Contains("预期 3 个，已纳管 3 个", text);
        Assert.Contains("1 个节点密钥过期（SPI 1（1 个节点）; SPI 2（2 个节点））", text);
        Assert.DoesNotContain("Kmesh overview", text);
    }

    [Fact]
    public void SwitchingTheLanguageReRendersTheShownView()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        var english = host.Render("kmesh-nodes").Single("Table");
        Assert.Equal(new[] { "Node", "Daemon pod", "Status", "Version", "Mode", "IPsec SPI", "Addresses", "Pod CIDRs", "Age" }, english.Header);

        var chinese = host.ChangeLanguage("zh");
        Assert.Equal(new[] { "节点", "守护进程 Pod", "状态", "版本", "模式", "IPsec SPI", "地址", "Pod CIDR", "存在时间" }, chinese.Single("Table").Header);
        Assert.Contains("Kmesh 节点", chinese.Text);
        Assert.Equal("就绪", chinese.Single("Table").RowTexts()[0][2]);

        var back = host.ChangeLanguage("en");
        Assert.Equal(english.Header, back.Single("Table").Header);
    }

    [Fact]
    public void TheModelsSentencesRenderInChinese()
    {
        // ratings-v1 is enrolled by its namespace but not managed: its node's daemon crash-loops.
        Scenario scenario = SectionsRenderTests.Degraded();
        var host = new PluginHost(scenario) { TimerWindowMs = 0 };
        host.UseLanguage("zh");

        string pod = host.RenderDetails("Pod", SectionsRenderTests.PodOf(scenario, "ratings-v1-7c9bd4b87f-qwz5t")).Text;

        Assert.Contains("未纳管：其所在节点 kmesh-worker2 上的 Kmesh 守护进程未就绪（容器 kmesh 处于 CrashLoopBackOff 状态（重启 14 次））。", pod);
        Assert.DoesNotContain("not ready", pod);
        Assert.DoesNotContain("restarts", pod);
    }

    [Fact]
    public void SwitchingTheLanguageReWordsTheOverviewsHealthReason()
    {
        var host = new PluginHost(SectionsRenderTests.Degraded()) { TimerWindowMs = 0 };
        string english = host.Render("kmesh-overview").Text;
        Assert.Contains("node kmesh-worker2: container kmesh is in CrashLoopBackOff (14 restarts), and 2 more kinds of problem", english);

        string chinese = host.ChangeLanguage("zh").Text;
        Assert.Contains("节点 kmesh-worker2：容器 kmesh 处于 CrashLoopBackOff 状态（重启 14 次），另有 2 类问题", chinese);
        Assert.Contains("IPsec 密钥过期（SPI 1）；其守护进程未就绪：容器 kmesh 处于 CrashLoopBackOff 状态（重启 14 次）", chinese);
        Assert.DoesNotContain("restarts", chinese);

        Assert.Equal(english, host.ChangeLanguage("en").Text);
    }

    [Fact]
    public void UntranslatedLanguageFallsBackToEnglish()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        host.UseLanguage("de");

        Assert.Contains("Kmesh overview", host.Render("kmesh-overview").Text);
    }
}
