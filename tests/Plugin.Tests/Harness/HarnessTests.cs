using System.Linq;
using Xunit;

namespace Kmesh.Plugin.Tests.Harness;

/// <summary>The harness itself, driven by small hand-written plugins: hooks, effects, promises, exec frames,
/// error detection and text extraction behave like React + Headlamp where the plugin tests rely on them.</summary>
public class HarnessTests
{
    private const string CounterPlugin = """
        (function () {
          "use strict";
          const { React, MuiMaterial: M, CommonComponents: C, K8s } = pluginLib;
          function Counter() {
            const [n, setN] = React.useState(0);
            const [loaded, setLoaded] = React.useState(null);
            const list = K8s.ResourceClasses.Pod.useList({ namespace: "kmesh-system", labelSelector: "app=kmesh" });
            React.useEffect(() => { Promise.resolve("done").then(setLoaded); }, []);
            if (list.items === null) return React.createElement(C.Loader, { title: "Loading pods" });
            return React.createElement(C.SectionBox, { title: "Pods" },
              React.createElement(M.Button, { onClick: () => setN(n + 1) }, "clicked " + n),
              React.createElement(C.StatusLabel, { status: "success" }, loaded || "pending"),
              React.createElement(C.SimpleTable, { columns: [{ label: "Name", getter: (p) => p.getName() }], data: list.items }));
          }
          pluginLib.registerRoute({ path: "/x", name: "x", component: Counter });
        })();
        """;

    [Fact]
    public void EffectsPromisesAndListsSettleIntoTheRenderedTree()
    {
        var scenario = Clusters.HealthyDualEngine();
        var host = new PluginHost(scenario, CounterPlugin);

        RenderResult result = host.Render("x");

        Assert.Contains("Pods", result.Text);
        Assert.Equal(new[] { ("success", "done") }, result.Statuses);
        var table = result.Single("SimpleTable");
        Assert.Equal(new[] { "Name" }, table.Header);
        Assert.Equal(new[] { "kmesh-7dq2x", "kmesh-b9kfm", "kmesh-zt4wp" }, table.RowTexts().Select(r => r[0]));
    }

    [Fact]
    public void InvokingAHandlerReRendersWithTheNewState()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine(), CounterPlugin);
        RenderResult first = host.Render("x");

        RenderResult second = host.Invoke(first.Single("Button"), "onClick");

        Assert.Contains("clicked 1", second.Text);
    }

    [Fact]
    public void ListsStillLoadingRenderTheLoader()
    {
        var host = new PluginHost(new Scenario().ListLoading("Pod"), CounterPlugin);

        Assert.Equal("Loading pods", host.Render("x").Single("Loader").VisibleText());
    }

    [Fact]
    public void CallingAForwardRefComponentFails()
    {
        const string plugin = """
            pluginLib.registerRoute({ path: "/y", name: "y", component: () => pluginLib.CommonComponents.StatusLabel({ status: "error" }) });
            """;
        var host = new PluginHost(new Scenario(), plugin);

        var error = Assert.Throws<System.InvalidOperationException>(() => host.Render("y"));
        Assert.Contains("is not a function", error.Message);
    }

    [Fact]
    public void ConditionalHooksAreCaught()
    {
        const string plugin = """
            (function () {
              const R = pluginLib.React;
              function Flaky() {
                const [on, setOn] = R.useState(false);
                if (on) R.useMemo(() => 1, []);
                R.useEffect(() => { setOn(true); }, []);
                return null;
              }
              pluginLib.registerRoute({ path: "/z", name: "z", component: Flaky });
            })();
            """;
        var host = new PluginHost(new Scenario(), plugin);

        var error = Assert.Throws<System.InvalidOperationException>(() => host.Render("z"));
        Assert.Contains("Hook order changed", error.Message);
    }

    [Fact]
    public void ExecFramesCarryTheAdminServersHttpResponse()
    {
        const string plugin = """
            (function () {
              const R = pluginLib.React;
              function Exec() {
                const [out, setOut] = R.useState("");
                R.useEffect(() => {
                  let text = "";
                  const pod = new pluginLib.K8s.ResourceClasses.Pod({ metadata: { name: "kmesh-7dq2x", namespace: "kmesh-system" } });
                  pod.exec("kmesh", (m) => { const b = new Uint8Array(m); if (b[0] === 1) text += new TextDecoder().decode(b.subarray(1)); },
                    { command: ["/bin/sh", "-c", "curl -sS -i 'http://127.0.0.1:15200/version'"], tty: false, stdin: false, failCb: () => setOut(text) });
                }, []);
                return R.createElement(pluginLib.MuiMaterial.Box, null, out);
              }
              pluginLib.registerRoute({ path: "/e", name: "e", component: Exec });
            })();
            """;
        var host = new PluginHost(Clusters.HealthyDualEngine(), plugin);

        string text = host.Render("e").Text;

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", text);
        Assert.Contains("\"gitVersion\": \"v1.2.0\"", text);
        Assert.Equal("kmesh", host.Execs.Single()!["container"]!.GetValue<string>());
    }
}
