using System.Collections.Generic;
using CSharpToJs.Interop;
using Kmesh.Model;
using Kmesh.Model.Mesh;
using Kmesh.Model.Shapes;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Transport;

namespace Kmesh.Tests.Compiled;

/// <summary>The mesh joins as canonical text, for both legs. Case text: a JSON array of Gateways (or <c>null</c> when
/// they could not be listed), a line <c>---</c>, then the dual-engine config dump.</summary>
public static class MeshText
{
    public static string Render(string text)
    {
        int split = text.IndexOf("\n---\n");
        string gatewaysJson = text.Substring(0, split).Trim();
        Parsed<ConfigDump> parsed = ConfigDumpReader.Read(text.Substring(split + 5));
        if (parsed.Value is null) return "unreadable: " + parsed.Error;
        List<Gateway>? gateways = gatewaysJson == "null" ? null : new List<Gateway>(JsonShapes.Parse<List<Gateway>>(gatewaysJson));
        MeshModel model = MeshJoins.Build(parsed.Value, gateways);
        var lines = new List<string>();
        foreach (WorkloadRow row in model.Workloads)
        {
            var services = new List<string>();
            foreach (ServiceLink service in row.Services) services.Add(service.Key + (service.Name.Length == 0 ? " (not in dump)" : " → " + service.Name));
            var policies = new List<string>();
            foreach (PolicyLink policy in row.Policies) policies.Add(policy.Key + " [" + policy.Scope + "]");
            string pod = row.Pod is null ? "no pod" : "pod " + row.Pod.Namespace + "/" + row.Pod.Name;
            lines.Add($"workload {row.Uid}: {pod}; {row.WorkloadType} {row.WorkloadName} on {row.Node}; {row.Addresses}; {row.Protocol}; "
                + $"waypoint {Waypoint(row.Waypoint)}; services [{string.Join(", ", services)}]; {row.Status}; policies [{string.Join(", ", policies)}]");
        }
        foreach (ServiceRow row in model.Services)
        {
            var behind = new List<string>();
            foreach (WorkloadLink link in row.Workloads) behind.Add(link.Namespace + "/" + link.Name);
            lines.Add($"service {row.Key}: {row.Namespace}/{row.Name}; vips {row.Vips}; ports [{string.Join(", ", row.Ports)}]; waypoint {Waypoint(row.Waypoint)}; "
                + $"lb \"{row.LoadBalancing}\"; workloads {row.Workloads.Count} [{string.Join(", ", behind)}]");
        }
        foreach (PolicyRow row in model.Policies)
        {
            var targets = new List<string>();
            foreach (WorkloadLink link in row.Workloads) targets.Add(link.Name);
            lines.Add($"policy {row.Key}: {row.Scope} {row.Action}; rules [{string.Join(" | ", row.Rules)}]; workloads [{string.Join(", ", targets)}]");
        }
        List<WorkloadRow> sorted = RowQuery.Sort(model.Workloads, r => r.Node + "\n" + r.Name, true);
        List<WorkloadRow> matching = RowQuery.Filter(sorted, r => r.SearchText, "  REVIEWS default ");
        RowPage<WorkloadRow> page = RowQuery.Page(matching, model.Workloads.Count, 3);
        var names = new List<string>();
        foreach (WorkloadRow row in page.Rows) names.Add(row.Name);
        lines.Add($"query: {page.Matching} of {page.Total}, page {page.Page + 1}/{page.PageCount}: [{string.Join(", ", names)}]");
        RowPage<WorkloadRow> small = RowQuery.Page(model.Workloads, model.Workloads.Count, 1, 3);
        var smallNames = new List<string>();
        foreach (WorkloadRow row in small.Rows) smallNames.Add(row.Name);
        lines.Add($"pages of 3: page {small.Page + 1}/{small.PageCount}: [{string.Join(", ", smallNames)}]");
        foreach (string search in new[] { "", "reviews-viewer", "10.244.0.0/16", "hbone", "zzz" })
        {
            lines.Add($"search \"{search}\": workloads {RowQuery.Filter(model.Workloads, r => r.SearchText, search).Count}, "
                + $"services {RowQuery.Filter(model.Services, r => r.SearchText, search).Count}, policies {RowQuery.Filter(model.Policies, r => r.SearchText, search).Count}");
        }
        foreach (AdminFailureKind kind in new[] { AdminFailureKind.Forbidden, AdminFailureKind.WrongMode, AdminFailureKind.ConnectionRefused, AdminFailureKind.BadResponse })
        {
            lines.Add($"try next after {kind}: {MeshDaemons.TryNextAfter(kind)}");
        }
        return string.Join("\n", lines);
    }

    private static string Waypoint(WaypointLink link) =>
        link.None ? "none" : link.Text + (link.HasGateway ? $" → gateway {link.GatewayNamespace}/{link.GatewayName}{(link.Verified ? "" : " (unverified)")}" : " (no gateway)");
}
