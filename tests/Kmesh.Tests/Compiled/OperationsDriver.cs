using System.Collections.Generic;
using k8s.Models;
using CSharpToJs.Interop;
using Kmesh.Model.Operations;
using Kmesh.Model.Rules;
using Kmesh.Model.Transport;

namespace Kmesh.Tests.Compiled;

/// <summary>The operations rules over one input, printed canonically; compiled with <see cref="ModelDriver"/> into the
/// compiled leg. Kinds: <c>log</c> (a pod log), <c>pod</c> (a daemon pod's JSON), <c>logger</c> ("name level"),
/// <c>waypoint</c> ("ns name for image enroll service"), <c>switches</c> (a daemon mode), <c>outcome</c>
/// ("status body" of a daemon answer, or "unreachable message").</summary>
public static class OperationsDriver
{
    public static string Run(string kind, string text)
    {
        if (kind == "ops-log") return Log(text);
        if (kind == "ops-pod") return Pod(JsonShapes.Parse<V1Pod>(text));
        if (kind == "ops-logger") return Logger(text);
        if (kind == "ops-waypoint") return Waypoint(text);
        if (kind == "ops-switches") return Switches(text);
        if (kind == "ops-evidence") return Evidence(text);
        return Outcome(text);
    }

    private static string Log(string text)
    {
        List<LogLine> lines = DaemonLog.Read(text);
        var output = new List<string>();
        foreach (LogLine line in lines)
        {
            FailureSignature? signature = FailureSignatures.Classify(line.Text);
            output.Add($"{line.Number} [{line.Level}] error={line.IsError} signature={(signature is null ? "-" : signature.Kind.ToString())}");
        }
        foreach (SignatureMatch match in FailureSignatures.Find(lines)) output.Add($"found {match.Signature.Kind} at {match.Line.Number}: {match.Signature.Title}");
        output.Add($"filter error: {DaemonLog.Filter(lines, "ERROR").Count}; access logs: {SwitchMemory.AccessLogEvidence(lines) ?? "none"}");
        output.Add($"metrics: {SwitchMemory.MetricsEvidence("workload_metrics", text) ?? "none"}");
        return string.Join("\n", output);
    }

    /// <summary>Header "switch remembered(on|off|-) setAt firstReadAt secondReadAt", then one or two pages (metrics
    /// or log) separated by <see cref="MeshDriver.Separator"/> lines; prints both readings and the verdicts.</summary>
    private static string Evidence(string text)
    {
        List<string> parts = MeshDriver.Parts(text);
        string[] h = parts[0].Trim().Split(' ');
        RememberedSwitch? remembered = h[1] == "-" ? null : new RememberedSwitch("c", "n1", h[0], h[1] == "on", h[2]);
        var output = new List<string>();
        SwitchReading? previous = null;
        for (int i = 1; i < parts.Count; i++)
        {
            string at = h[2 + i];
            SwitchReading? reading = SwitchEvidence.FromMetrics(h[0], parts[i], at) ?? SwitchEvidence.FromLog(h[0], DaemonLog.Read(parts[i]), at);
            output.Add(reading is null ? "no reading" : $"{reading.Source} seen={reading.Seen} at={reading.At} total={(reading.Total is null ? "null" : reading.Total.Value.ToString())}");
            SwitchVerdict verdict = SwitchEvidence.Judge(remembered, reading, previous);
            output.Add($"{verdict.Value} [{verdict.Kind}] {verdict.Detail}");
            previous = reading;
        }
        return string.Join("\n", output);
    }

    private static string Pod(V1Pod pod)
    {
        ContainerDiagnosis d = ContainerDiagnosisRules.For(pod);
        return $"found={d.Found} state={d.State} reason={d.StateReason ?? "-"} restarts={d.Restarts} last=[{d.LastTermination}] previous={d.HasPreviousRun}";
    }

    private static string Logger(string text)
    {
        string[] parts = text.Split(' ');
        LoggerChangeResult result = LoggerChange.Build(parts[0], parts[1]);
        return result.Request is null ? $"refused: {result.Error}" : $"{result.Request.Method} {result.Request.Path} {result.Request.Body}; levels {string.Join("|", LoggerChange.Levels(parts[0]))}";
    }

    private static string Waypoint(string text)
    {
        string[] p = text.Split(' ');
        var request = new WaypointSpecRequest(p[0], p[1], p[2], p[3], p[4] == "true", p[5] == "-" ? null : p[5]);
        List<string> problems = WaypointManifest.Validate(request);
        if (problems.Count > 0) return "invalid: " + string.Join("; ", problems);
        var users = new WaypointUsers(request.EnrollNamespace ? new List<string> { p[0] } : new List<string>(),
            request.EnrollService is null ? new List<string>() : new List<string> { request.EnrollService }, new List<string>(), new List<string>());
        return WaypointManifest.Json(request) + "\n" + WaypointManifest.Yaml(request) + (WaypointManifest.DeleteWarning(users) ?? "no users");
    }

    private static string Switches(string mode)
    {
        var lines = new List<string> { RuntimeSwitches.NotOffered(mode) ?? "offered" };
        List<RememberedSwitch> memory = new List<RememberedSwitch>();
        foreach (RuntimeSwitch item in RuntimeSwitches.All)
        {
            AdminRequest request = RuntimeSwitches.Request(item, item.Id != "monitoring");
            memory = SwitchMemory.Remember(memory, new RememberedSwitch("c", "n1", item.Id, item.Id != "monitoring", "2025-12-10T09:00:00Z"));
            lines.Add($"{RuntimeSwitches.Verb(item, true)}: {request.Method} {request.Path}; {SwitchMemory.Describe(SwitchMemory.Find(memory, "c", "n1", item.Id)).Detail}");
        }
        lines.Add(SwitchMemory.Describe(SwitchMemory.Find(memory, "c", "n2", "authz")).Value);
        return string.Join("\n", lines);
    }

    private static string Outcome(string text)
    {
        var target = new NodeTarget("kmesh-worker", "kmesh-b9kfm");
        int space = text.IndexOf(' ');
        string head = text.Substring(0, space);
        string rest = text.Substring(space + 1);
        AdminCallResult result = head == "unreachable"
            ? new AdminCallResult(null, new AdminFailure(AdminFailureKind.ContainerNotRunning, rest, "Wait for the pod."), null)
            : new AdminCallResult(new AdminResponse(int.Parse(head), new List<HttpHeader>(), rest),
                int.Parse(head) < 300 ? null : new AdminFailure(AdminFailureKind.DaemonError, "x", "y"), TransportStrategy.Exec);
        NodeOutcome outcome = NodeOutcomes.From(target, result);
        return $"{outcome.Kind} failed={outcome.Failed}: {outcome.Message}; {NodeOutcomes.Summary(new List<NodeOutcome> { outcome, NodeOutcomes.Pending(target) })}";
    }
}
