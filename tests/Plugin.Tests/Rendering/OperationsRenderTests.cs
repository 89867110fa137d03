using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

/// <summary>The node page's operations: diagnosis, logger levels and runtime switches, each action behind a
/// confirmation and an access review, with per-node results.</summary>
public class OperationsRenderTests
{
    private const string LogBase = "/api/v1/namespaces/kmesh-system/pods/";

    private const string CrashLog =
        "time=\"2025-12-10T08:56:19Z\" level=info msg=\"FLAG: --mode=\\\"dual-engine\\\"\" subsys=manager\n"
        + "time=\"2025-12-10T08:56:20Z\" level=info msg=\"bpf loader start successfully\" subsys=manager\n"
        + "time=\"2025-12-10T08:56:21Z\" level=error msg=\"failed to start controller: failed to get xds client: dial tcp 10.96.52.140:15012: connect: connection refused\" subsys=manager\n"
        + "time=\"2025-12-10T08:56:21Z\" level=fatal msg=\"failed to start kmesh daemon, exit\" subsys=manager\n";

    private const string HealthyLog =
        "time=\"2025-12-03T09:14:02Z\" level=info msg=\"controller start successfully\" subsys=manager\n";

    private static string LogPath(string pod, bool previous) => $"{LogBase}{pod}/log?container=kmesh&tailLines=200&previous={(previous ? "true" : "false")}";

    private static Scenario OnNode(Scenario scenario, string node) => scenario.RouteParams(new JsonObject { ["name"] = node });

    /// <summary>The healthy cluster on node kmesh-worker, with logs and loggers answering.</summary>
    private static Scenario Worker()
    {
        var scenario = OnNode(Clusters.HealthyDualEngine(), "kmesh-worker")
            .Admin("/debug/loggers", 200, Scenario.Fixture("loggers-list.json"))
            .Admin("/debug/loggers?name=default", 200, Scenario.Fixture("logger-default.json"))
            .Admin("/debug/loggers?name=bpf", 200, Scenario.Fixture("logger-bpf.json"))
            .Admin("/debug/loggers?name=fileOnly", 200, "{\n    \"name\": \"fileOnly\",\n    \"level\": \"info\"\n}")
            .Admin("/accesslog?enable=true", 200, "")
            .Admin("/debug/loggers", 200, Scenario.Fixture("loggers-list.json"));
        foreach (string pod in new[] { "kmesh-7dq2x", "kmesh-b9kfm", "kmesh-zt4wp" })
        {
            scenario.Request(LogPath(pod, false), 200, HealthyLog);
            scenario.Request(LogPath(pod, true), 400, "{\"kind\":\"Status\",\"message\":\"previous terminated container \\\"kmesh\\\" in pod \\\"" + pod + "\\\" not found\",\"code\":400}");
        }
        return scenario;
    }

    private static RenderedNode SwitchTable(RenderResult page) => page.All("SimpleTable").Single(t => t.Header.Contains("Switch"));

    private static RenderedNode Section(RenderResult page, string title) => page.All("SectionBox").Single(s => s.Children.FirstOrDefault()?.Text == title);

    private static RenderedNode Button(RenderedNode within, string text) => within.All("Button").Single(b => b.VisibleText() == text);

    private static RenderedNode Button(RenderResult page, string text) => page.All("Button").Single(b => b.VisibleText() == text);

    private static JsonArray Posts(PluginHost host, string fragment) =>
        new(host.Execs.Where(e => string.Join(" ", e!["command"]!.AsArray().Select(a => a!.GetValue<string>())).Contains(fragment)).Select(e => e!.DeepClone()).ToArray());

    [Fact]
    public void CrashLoopingDaemonShowsExitCodeFailingLineAndNamedCause()
    {
        var crashing = Clusters.DaemonPod("kmesh-worker2", 2, ready: false, restarts: 7);
        var status = crashing["status"]!["containerStatuses"]![0]!.AsObject();
        status["state"] = new JsonObject { ["waiting"] = new JsonObject { ["reason"] = "CrashLoopBackOff", ["message"] = "back-off 5m0s restarting failed container=kmesh pod=kmesh-zt4wp" } };
        status["lastState"] = new JsonObject { ["terminated"] = new JsonObject { ["exitCode"] = 1, ["reason"] = "Error", ["startedAt"] = "2025-12-10T08:56:19Z", ["finishedAt"] = "2025-12-10T08:56:59Z" } };
        var scenario = OnNode(Clusters.HealthyDualEngine(), "kmesh-worker2")
            .List("Pod", new[] { Clusters.DaemonPod("kmesh-control-plane", 0), Clusters.DaemonPod("kmesh-worker", 1), crashing })
            .Request(LogPath("kmesh-zt4wp", false), 200, CrashLog)
            .Request(LogPath("kmesh-zt4wp", true), 200, CrashLog.Replace("08:56:2", "08:51:2"));
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-node");

        string text = page.Text;
        Assert.Contains("exit code 1 (Error)", text);
        Assert.Contains("2025-12-10T08:56:59Z", text);
        Assert.Contains("waiting (CrashLoopBackOff): back-off 5m0s", text);
        Assert.Contains("Known cause: istiod (xDS) refused the connection", text);
        Assert.Contains("Line 3 of the previous log: time=\"2025-12-10T08:51:21Z\" level=error msg=\"failed to start controller: failed to get xds client: dial tcp 10.96.52.140:15012: connect: connection refused\"", text);
        var errorLines = page.All("Typography").Where(t => t.Prop("color") == "error" && t.VisibleText().Contains("level=")).ToList();
        Assert.Equal(4, errorLines.Count);
        Assert.Equal(new[] { "pod" }, page.All("Link").Where(l => l.VisibleText().Contains("full log")).Select(l => l.Prop("routeName")));
        Assert.Contains(host.Requests, r => r!["path"]!.GetValue<string>() == LogPath("kmesh-zt4wp", true));
    }

    [Fact]
    public void LogSearchFiltersBothTails()
    {
        var scenario = Worker().Request(LogPath("kmesh-b9kfm", false), 200, Scenario.Fixture("daemon-stdout-sample.log"));
        var host = new PluginHost(scenario);
        RenderResult page = host.Render("kmesh-node");
        Assert.Contains("controller start successfully", page.Text);

        page = host.Type(page.All("TextField").Single(t => t.VisibleText() == "Search the logs"), "ACCESSLOG:");

        Assert.DoesNotContain("controller start successfully", page.Text);
        Assert.Contains("accesslog: 2025-12-03 10:02:46", page.Text);
        Assert.Contains("There is no previous container: kmesh has not restarted.", page.Text);
        Assert.Contains("Log tail: 3 access-log lines.", page.Text);
        // Never set from here, yet the tail shows it on: read, with the newest line's time.
        Assert.Contains("Read from the log tail: an access-log line at 2025-12-03 10:02:48 UTC. It was not set from this page.", page.Text);
    }

    [Fact]
    public void EnablingAccessLogsOnAllNodesAsksFirstThenReportsEachNodeAndRetriesTheFailedOne()
    {
        var host = new PluginHost(Worker().ExecFor("kmesh-zt4wp", ExecBehaviour.Forbidden));
        RenderResult page = host.Render("kmesh-node");
        Assert.Equal("unknown", SwitchTable(page).Rows[1][2].All("StatusLabel").Single().VisibleText());
        page = host.Type(Section(page, "Runtime switches").All("TextField").Single(t => t.Prop("label") == "Apply to"), "all");
        page = host.Invoke(Button(SwitchTable(page).Rows[1][4], "Turn on"), "onClick");

        var dialog = page.Single("Dialog");
        string asked = dialog.VisibleText();
        Assert.Contains("Enable access logs: POST /accesslog?enable=true to the Kmesh daemon", asked);
        Assert.Contains("kmesh-control-plane (daemon pod kmesh-7dq2x)", asked);
        Assert.Contains("kmesh-worker2 (daemon pod kmesh-zt4wp)", asked);
        Assert.Contains("Nothing has been sent yet.", asked);
        Assert.Empty(Posts(host, "/accesslog"));

        page = host.Invoke(Button(page.Single("Dialog"), "Confirm and send"), "onClick");

        var results = page.Single("Dialog").All("SimpleTable").Single().RowTexts();
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-7dq2x", "Succeeded", "done" }, results[0]);
        Assert.Equal(new[] { "kmesh-worker", "kmesh-b9kfm", "Succeeded", "done" }, results[1]);
        Assert.Equal("Unreachable", results[2][2]);
        Assert.Contains("kmesh-zt4wp", results[2][3]);
        Assert.Contains("2 of 3 nodes succeeded, 1 unreachable", page.Single("Dialog").VisibleText());
        Assert.Equal(3, Posts(host, "/accesslog?enable=true").Count);

        page = host.Invoke(Button(page.Single("Dialog"), "Retry the failed nodes (1)"), "onClick");

        var retried = Posts(host, "/accesslog?enable=true");
        Assert.Equal(4, retried.Count);
        Assert.Equal("kmesh-zt4wp", retried[3]!["pod"]!.GetValue<string>());
        page = host.Invoke(Button(page.Single("Dialog"), "Close"), "onClick");
        var state = SwitchTable(page).Rows[1][2];
        Assert.Equal("on (remembered)", state.All("StatusLabel").Single().VisibleText());
        Assert.Contains("remembered, not yet confirmed. The log tail read at", state.VisibleText());
    }

    [Fact]
    public void DaemonRefusalIsShownAsItsMessage()
    {
        var host = new PluginHost(Worker().Admin("/workload_metrics?enable=true", 400, "Kmesh monitoring is disabled, cannot enable workload metrics.\n"));
        RenderResult page = host.Render("kmesh-node");

        page = host.Invoke(Button(SwitchTable(page).Rows[2][4], "Turn on"), "onClick");
        page = host.Invoke(Button(page.Single("Dialog"), "Confirm and send"), "onClick");

        var row = page.Single("Dialog").All("SimpleTable").Single().RowTexts().Single();
        Assert.Equal(new[] { "kmesh-worker", "kmesh-b9kfm", "Refused by the daemon", "the daemon answered 400: Kmesh monitoring is disabled, cannot enable workload metrics." }, row);
        Assert.Equal("unknown", SwitchTable(page).Rows[2][2].All("StatusLabel").Single().VisibleText());
    }

    [Fact]
    public void CancellingTheConfirmationSendsNothing()
    {
        var host = new PluginHost(Worker());
        RenderResult page = host.Render("kmesh-node");

        page = host.Invoke(Button(SwitchTable(page).Rows[0][4], "Turn off"), "onClick");
        page = host.Invoke(Button(page.Single("Dialog"), "Cancel"), "onClick");

        Assert.Empty(page.All("Dialog"));
        Assert.Empty(Posts(host, "/monitoring"));
    }

    [Fact]
    public void LoggersShowLevelsAndOfferOnlyWhatEachLoggerAccepts()
    {
        var host = new PluginHost(Worker());
        RenderResult page = host.Render("kmesh-node");
        var table = page.All("SimpleTable").Single(t => t.Header.Contains("Logger"));

        Assert.Equal(new[] { "bpf", "default", "fileOnly" }, table.RowTexts().Select(r => r[0]));
        Assert.Equal(new[] { "error", "warn", "info", "debug" }, table.Rows[0][2].All("MenuItem").Select(m => m.VisibleText()));
        Assert.Equal(new[] { "panic", "fatal", "error", "warning", "info", "debug", "trace" }, table.Rows[1][2].All("MenuItem").Select(m => m.VisibleText()));

        page = host.Type(page.All("SimpleTable").Single(t => t.Header.Contains("Logger")).Rows[0][2].All("TextField").Single(), "debug");
        page = host.Invoke(Button(page.All("SimpleTable").Single(t => t.Header.Contains("Logger")).Rows[0][2], "Change"), "onClick");
        Assert.Contains("Set logger \"bpf\" to level \"debug\": POST /debug/loggers with {\"name\":\"bpf\",\"level\":\"debug\"}.", page.Single("Dialog").VisibleText());
        Assert.Empty(Posts(host, "--data-binary"));
        page = host.Invoke(Button(page.Single("Dialog"), "Confirm and send"), "onClick");

        var sent = Posts(host, "--data-binary").Single()!;
        Assert.Contains("'{\"name\":\"bpf\",\"level\":\"debug\"}'", string.Join(" ", sent["command"]!.AsArray().Select(a => a!.GetValue<string>())));
        Assert.Equal("kmesh-b9kfm", sent["pod"]!.GetValue<string>());
    }

    [Fact]
    public void WithoutPodsExecEveryMutatingControlIsDisabledAndNamesThePermission()
    {
        var host = new PluginHost(Worker().Deny("create pods/exec"));
        RenderResult page = host.Render("kmesh-node");

        var buttons = SwitchTable(page).All("Button").Concat(page.All("SimpleTable").Single(t => t.Header.Contains("Logger")).All("Button")).ToList();
        Assert.Equal(13, buttons.Count);
        Assert.All(buttons, b => Assert.Equal("true", b.Prop("disabled")));
        Assert.Contains("Not allowed: your account may not create pods/exec in namespace kmesh-system. Ask for the verb \"create\" on \"pods/exec\" in namespace kmesh-system.", page.Text);
        Assert.Empty(page.All("Dialog"));
    }

    [Fact]
    public void ReadOnlySettingHidesEveryMutatingControl()
    {
        var host = new PluginHost(Worker().Config("kmesh-headlamp-plugin", new JsonObject { ["readOnly"] = true }));
        RenderResult page = host.Render("kmesh-node");

        Assert.DoesNotContain(page.All("Button"), b => b.VisibleText() is "Turn on" or "Turn off" or "Change");
        Assert.Contains("The plugin is in read-only mode", page.Text);
        Assert.Contains("Runtime switches", page.Text);
    }

    [Fact]
    public void KernelNativeDaemonSaysWhySwitchesAreNotOffered()
    {
        var host = new PluginHost(OnNode(Clusters.HealthyDualEngine("kernel-native"), "kmesh-worker"));

        RenderResult page = host.Render("kmesh-node");

        Assert.Contains("Runtime switches exist only in dual-engine mode. This daemon runs kernel-native", page.Text);
        Assert.DoesNotContain(page.All("Button"), b => b.VisibleText() == "Turn on");
    }

    private static string MetricsPath(string pod) => $"/api/v1/namespaces/kmesh-system/pods/{pod}:15020/proxy/status/metric";

    [Fact]
    public void EnablingWorkloadMetricsIsConfirmedByTheMetricsReadAfterIt()
    {
        string metrics = Scenario.Fixture("metrics.prom");
        string without = string.Join("\n", metrics.Split('\n').Where(l => !l.Contains("kmesh_tcp_workload_")));
        var host = new PluginHost(Worker().Admin("/workload_metrics?enable=true", 200, "")
            .RequestSequence(MetricsPath("kmesh-b9kfm"), (200, without), (200, metrics)));
        RenderResult page = host.Render("kmesh-node");
        Assert.Equal("unknown", SwitchTable(page).Rows[2][2].All("StatusLabel").Single().VisibleText());
        Assert.StartsWith("Metrics read at ", SwitchTable(page).Rows[2][3].VisibleText());
        Assert.EndsWith(": no kmesh_tcp_workload_* series.", SwitchTable(page).Rows[2][3].VisibleText());

        page = host.Invoke(Button(SwitchTable(page).Rows[2][4], "Turn on"), "onClick");
        page = host.Invoke(Button(page.Single("Dialog"), "Confirm and send"), "onClick");
        page = host.Invoke(Button(page.Single("Dialog"), "Close"), "onClick");

        var state = SwitchTable(page).Rows[2][2];
        Assert.Equal("on (confirmed)", state.All("StatusLabel").Single().VisibleText());
        Assert.Matches("Set to on from this page at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC; confirmed by metrics at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC: kmesh_tcp_workload_\\* series\\.", state.VisibleText());
        Assert.Equal(2, host.Requests.Count(r => r!["path"]!.GetValue<string>() == MetricsPath("kmesh-b9kfm")));
    }

    [Fact]
    public void AnAccessLogLineNewerThanSwitchingOffContradictsWhatWasRemembered()
    {
        string later = System.DateTime.UtcNow.AddMinutes(2).ToString("yyyy-MM-dd HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture);
        var host = new PluginHost(Worker().Admin("/accesslog?enable=false", 200, "")
            .RequestSequence(LogPath("kmesh-b9kfm", false), (200, HealthyLog),
                (200, HealthyLog + "accesslog: " + later + "00 +0000 UTC src.addr=10.244.1.8:52914, src.workload=productpage-v1-d5789fdfb-4l8sm, src.namespace=default, direction=OUTBOUND, state=BPF_TCP_CLOSE\n")));
        RenderResult page = host.Render("kmesh-node");

        page = host.Invoke(Button(SwitchTable(page).Rows[1][4], "Turn off"), "onClick");
        page = host.Invoke(Button(page.Single("Dialog"), "Confirm and send"), "onClick");
        page = host.Invoke(Button(page.Single("Dialog"), "Close"), "onClick");

        var state = SwitchTable(page).Rows[1][2];
        Assert.Equal("off? (contradicted)", state.All("StatusLabel").Single().VisibleText());
        Assert.Contains("but the log tail contradicts it: an access-log line at " + later[..19] + " UTC is newer", state.VisibleText());
        Assert.Equal("Log tail: 1 access-log line.", SwitchTable(page).Rows[1][3].VisibleText());
    }
}

