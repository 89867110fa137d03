using System.Collections.Generic;
using Kmesh.Model;
using Kmesh.Model.Identity;
using Kmesh.Model.KernelNative;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Sources.KernelNative;
using Kmesh.Model.Traffic;

namespace Kmesh.Tests.Compiled;

/// <summary>Canonical text of the traffic, kernel-native comparison and BPF identity models, for both legs.
/// Multi-part inputs are separated by lines holding only <see cref="Separator"/>.</summary>
public static class MeshDriver
{
    public const string Separator = "-----8<-----";

    public static List<string> Parts(string text)
    {
        var parts = new List<string>();
        string marker = "\n" + Separator + "\n";
        int start = 0;
        while (true)
        {
            int at = text.IndexOf(marker, start, System.StringComparison.Ordinal);
            if (at < 0)
            {
                parts.Add(text.Substring(start));
                return parts;
            }
            parts.Add(text.Substring(start, at - start));
            start = at + marker.Length;
        }
    }

    public static bool Handles(string kind) => kind == "traffic" || kind == "traffic-rates" || kind == "compare" || kind == "identity" || kind == "metrics-failure";

    public static string Render(string kind, string text) => kind switch
    {
        "traffic" => Traffic(text),
        "traffic-rates" => Rates(text),
        "compare" => Compare(text),
        "identity" => Identity(text),
        "metrics-failure" => MetricsFailureText(text),
        _ => "unknown kind " + kind,
    };

    private static string N(double? value) => value is null ? "null" : value.Value.ToString();

    public static string Counters(TrafficCounters? c) => c is null ? "none"
        : $"opened {N(c.Opened)} closed {N(c.Closed)} open {N(c.Open)} sent {N(c.SentBytes)} received {N(c.ReceivedBytes)} retrans {N(c.Retransmits)} loss {N(c.PacketLoss)}";

    public static string Rate(TrafficRate? r) => r is null ? "none"
        : $"opened/s {N(r.OpenedPerSecond)} closed/s {N(r.ClosedPerSecond)} sent/s {N(r.SentBytesPerSecond)} received/s {N(r.ReceivedBytesPerSecond)} retrans/s {N(r.RetransmitsPerSecond)} loss/s {N(r.PacketLossPerSecond)}";

    private static string Traffic(string text)
    {
        Parsed<TrafficSnapshot> parsed = TrafficReader.Read(text);
        if (parsed.Value is null) return "error " + parsed.Error!.Kind.ToString() + ": " + parsed.Error.Message;
        TrafficSnapshot s = parsed.Value;
        var lines = new List<string>
        {
            $"coverage service {s.Coverage.ServiceMetrics} workload {s.Coverage.WorkloadMetrics} connection {s.Coverage.ConnectionMetrics} ({s.Coverage.ConnectionSeries})",
            "total " + Counters(s.Total),
        };
        foreach (ServiceTraffic x in s.Services) lines.Add($"service {x.Key} [{x.Hostname}] {Counters(x.Counters)}");
        foreach (WorkloadTraffic x in s.Workloads) lines.Add($"workload {x.Key} in {Counters(x.Inbound)} out {Counters(x.Outbound)}");
        foreach (PodTraffic x in s.Pods) lines.Add($"pod {x.Key} ({x.WorkloadName}) {Counters(x.Inbound)}");
        lines.Add($"format {TrafficFormat.Bytes(s.Total.SentBytes)} {TrafficFormat.Count(s.Total.Opened)} {TrafficFormat.BytesRate(s.Total.ReceivedBytes / 7)} {TrafficFormat.CountRate(s.Total.Closed / 3)}");
        return string.Join("\n", lines);
    }

    /// <summary>Parts: the seconds between samples, then two or more pages; then lookups of every row.</summary>
    private static string Rates(string text)
    {
        List<string> parts = Parts(text);
        double step = double.Parse(parts[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var samples = new List<TrafficSample>();
        for (int i = 1; i < parts.Count; i++)
        {
            Parsed<TrafficSnapshot> parsed = TrafficReader.Read(parts[i]);
            if (parsed.Value is null) return "error in page " + i + ": " + parsed.Error!.Message;
            samples.Add(new TrafficSample(1000 + (i - 1) * step * 1000, parsed.Value));
        }
        var lines = new List<string>();
        foreach (RatePoint p in TrafficRates.Series(samples)) lines.Add($"point at {N(p.AtMs)} over {N(p.Seconds)}s {Rate(p.Rate)}");
        TrafficSnapshot last = samples[samples.Count - 1].Snapshot;
        foreach (ServiceTraffic x in last.Services)
        {
            TrafficFigures f = TrafficLookup.Service(samples, x.Namespace, x.Name);
            lines.Add($"service {x.Key}: {Counters(f.Counters)} | {Rate(f.Rate)}");
        }
        var podKeys = new List<string>();
        foreach (PodTraffic x in last.Pods)
        {
            podKeys.Add(x.Key);
            lines.Add($"pod {x.Key}: {Rate(TrafficLookup.PodInbound(samples, x.Namespace, x.PodName).Rate)}");
        }
        foreach (WorkloadTraffic x in last.Workloads)
        {
            lines.Add($"workload {x.Key}: in {Rate(TrafficLookup.WorkloadInbound(samples, x.Namespace, x.WorkloadName).Rate)} out {Rate(TrafficLookup.WorkloadOutbound(samples, x.Namespace, x.WorkloadName).Rate)}");
        }
        lines.Add("pods together: " + Counters(TrafficLookup.PodsInbound(samples, podKeys).Counters));
        foreach (ServiceTraffic x in last.Services)
        {
            TrafficFigures f = TrafficLookup.ServiceWithPods(samples, x.Namespace, x.Name, podKeys);
            lines.Add($"service {x.Key} with pods: {Counters(f.Counters)} | {Rate(f.Rate)} | reach {TrafficReach.Service("n1", last, false, f)}");
            foreach (RatePoint p in TrafficLookup.ServiceSeries(samples, x.Namespace, x.Name)) lines.Add($"  point at {N(p.AtMs)} {Rate(p.Rate)}");
        }
        foreach (PodTraffic x in last.Pods)
        {
            TrafficFigures f = TrafficLookup.PodInbound(samples, x.Namespace, x.PodName);
            lines.Add($"pod {x.Key} reach here {TrafficReach.Pod("n1", "n1", last, false, f)} elsewhere {TrafficReach.Pod("n2", "n1", last, false, f)}");
            foreach (RatePoint p in TrafficLookup.PodSeries(samples, x.Namespace, x.PodName)) lines.Add($"  point at {N(p.AtMs)} {Rate(p.Rate)}");
        }
        TrafficFigures absent = TrafficLookup.PodInbound(samples, "nowhere", "nothing");
        lines.Add($"absent pod reach {TrafficReach.Pod("n1", "n1", last, false, absent)}; first sample {TrafficReach.Pod("n1", "n1", samples[0].Snapshot, false, absent)}; "
            + $"unread {TrafficReach.Pod("n1", "n1", null, false, absent)} / {TrafficReach.Pod("n1", "n1", null, true, absent)} / {TrafficReach.Service("", null, false, absent)}");
        lines.Add("absent service: " + Counters(TrafficLookup.Service(samples, "nowhere", "nothing").Counters));
        return string.Join("\n", lines);
    }

    private static string Compare(string text)
    {
        List<string> parts = Parts(text);
        Parsed<KernelNativeDump> config = KernelNativeDumpReader.Read(parts[0]);
        Parsed<KernelNativeDump> bpf = KernelNativeDumpReader.Read(parts[1]);
        if (config.Value is null || bpf.Value is null) return "error " + (config.Error ?? bpf.Error)!.Message;
        ConfigComparison c = ConfigComparer.Compare(config.Value, bpf.Value);
        var lines = new List<string> { "flagged " + c.Flagged };
        foreach (ComparedKind kind in new[] { c.Listeners, c.Clusters, c.Routes })
        {
            lines.Add($"{kind.Kind}: read back {kind.ReadBack}, flagged {kind.Flagged}");
            foreach (ComparedEntry e in kind.Entries)
            {
                lines.Add($"  {e.Name}: {e.Presence.ToString()} [{string.Join(",", e.Differences)}] config {{{e.ConfigSummary}}} bpf {{{e.BpfSummary}}}");
            }
        }
        return string.Join("\n", lines);
    }

    /// <summary>Parts: gateways (one <c>ns/name=addr,addr</c> a line), the config dump, the BPF dump.</summary>
    private static string Identity(string text)
    {
        List<string> parts = Parts(text);
        var gateways = new List<WaypointAddress>();
        foreach (string line in parts[0].Split('\n'))
        {
            int eq = line.IndexOf('=');
            int slash = line.IndexOf('/');
            if (eq < 0 || slash < 0) continue;
            gateways.Add(new WaypointAddress(line.Substring(0, slash), line.Substring(slash + 1, eq - slash - 1), line.Substring(eq + 1).Split(',')));
        }
        Parsed<ConfigDump> config = ConfigDumpReader.Read(parts[1]);
        Parsed<BpfDump> bpf = BpfDumpReader.Read(parts[2]);
        if (config.Value is null || bpf.Value is null) return "error " + (config.Error ?? bpf.Error)!.Message;
        var index = new IdentityIndex(config.Value, gateways);
        var lines = new List<string>();
        var single = new List<RowIdentity>();
        foreach (BpfBackend b in bpf.Value.Backends) lines.Add("backend " + b.Ip + ": " + Row(Keep(single, BpfIdentity.Backend(index, b))));
        foreach (BpfService s in bpf.Value.Services) lines.Add("service " + string.Join(",", s.ServicePorts) + " " + EnumWords.Of(s.LbPolicy) + ": " + Row(BpfIdentity.Service(index, s)));
        foreach (BpfEndpoint e in bpf.Value.Endpoints) lines.Add("endpoint " + e.BackendUid + ": " + Row(Keep(single, BpfIdentity.Endpoint(index, e))));
        foreach (BpfFrontend f in bpf.Value.Frontends) lines.Add("frontend " + f.UpstreamId + ": " + Row(Keep(single, BpfIdentity.Frontend(index, f))));
        foreach (BpfWorkloadPolicy p in bpf.Value.WorkloadPolicies) lines.Add("policies " + string.Join(",", p.PolicyIds) + ": " + Row(Keep(single, BpfIdentity.WorkloadPolicy(index, p))));
        lines.Add(Shared(single));
        lines.Add("words " + EnumWords.Of("UNSPECIFIED_MODE") + "|" + EnumWords.Of("LEAST_REQUEST") + "|" + EnumWords.Of("6") + "|" + EnumWords.Of("_MODE"));
        return string.Join("\n", lines);
    }

    /// <summary>Parts: the pod proxy's "status message", then optionally the exec's stderr and its HTTP status (0: none).</summary>
    private static string MetricsFailureText(string text)
    {
        List<string> parts = Parts(text);
        int space = parts[0].IndexOf(' ');
        var proxy = new Kmesh.Model.Transport.HeadlampApiError(int.Parse(parts[0].Substring(0, space)), parts[0].Substring(space + 1));
        Kmesh.Model.Transport.ExecOutput? exec = null;
        Kmesh.Model.Transport.AdminResponse? answer = null;
        if (parts.Count > 1)
        {
            bool refused = parts[1] == "forbidden";
            exec = new Kmesh.Model.Transport.ExecOutput("", refused ? "" : parts[1], refused ? new Kmesh.Model.Transport.HeadlampApiError(403, "Forbidden - pods/exec") : null);
        }
        if (parts.Count > 2 && parts[2] != "0") answer = new Kmesh.Model.Transport.AdminResponse(int.Parse(parts[2]), new List<Kmesh.Model.Transport.HttpHeader>(), "404 page not found\n");
        MetricsProblem problem = MetricsFailure.Explain("kmesh-8hv7d", proxy, exec, answer);
        return problem.Message + "\n" + problem.Hint;
    }

    /// <summary>Keeps the identities of rows tied to one entity alone (see <see cref="Shared"/>).</summary>
    private static RowIdentity Keep(List<RowIdentity> single, RowIdentity row)
    {
        if (row.Entities.Count == 1 && row.Untied.Count == 0 && !row.Candidates) single.Add(row);
        return row;
    }

    /// <summary>How many identity instances the rows tied to one entity alone hold: one per entity, shared by its rows.</summary>
    private static string Shared(List<RowIdentity> single)
    {
        var instances = new List<RowIdentity>();
        var entities = new List<string>();
        foreach (RowIdentity row in single)
        {
            bool known = false;
            foreach (RowIdentity instance in instances)
            {
                if (ReferenceEquals(instance, row)) known = true;
            }
            if (!known) instances.Add(row);
            string entity = KindName(row.Entities[0].Kind) + " " + row.Entities[0].Key;
            if (!entities.Contains(entity)) entities.Add(entity);
        }
        return $"alone: {single.Count} rows, {entities.Count} entities, {instances.Count} identities";
    }

    public static string Row(RowIdentity row)
    {
        var entities = new List<string>();
        foreach (EntityRef e in row.Entities) entities.Add(KindName(e.Kind) + " " + e.Key);
        return $"[{string.Join("; ", entities)}] untied [{string.Join("; ", row.Untied)}]{(row.Candidates ? " candidates" : "")}";
    }

    private static string KindName(EntityKind kind) => kind == EntityKind.Workload ? "workload"
        : kind == EntityKind.Service ? "service" : kind == EntityKind.Gateway ? "gateway" : "policy";
}
