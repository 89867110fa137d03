using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Shapes;
using Kmesh.Model.Text;

namespace Kmesh.Model.Rules;

/// <summary>Who sends traffic through a waypoint, and the pods that run it. Names are sorted ordinal.</summary>
public sealed record WaypointUsers(
    IReadOnlyList<string> Namespaces,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Pods,
    IReadOnlyList<string> WaypointPods);

public static class WaypointRules
{
    public static bool IsWaypoint(Gateway gateway) => gateway.Spec?.GatewayClassName == Meta.WaypointClass;

    /// <summary>The <c>istio.io/waypoint-for</c> label: service (Istio's default), workload, all or none.</summary>
    public static string WaypointFor(Gateway gateway) => Meta.Value(gateway.Metadata?.Labels, Meta.WaypointForLabel) ?? "service";

    /// <summary>Namespaces, services and pods labelled <c>istio.io/use-waypoint=&lt;gateway&gt;</c> in the gateway's
    /// namespace, and pods labelled <c>gateway.networking.k8s.io/gateway-name=&lt;gateway&gt;</c>.</summary>
    public static WaypointUsers Users(Gateway gateway, IEnumerable<V1Namespace> namespaces, IEnumerable<V1Service> services, IEnumerable<V1Pod> pods)
    {
        string name = gateway.Metadata?.Name ?? "";
        string ns = gateway.Metadata?.NamespaceProperty ?? "";
        var usingNamespaces = new List<string>();
        foreach (V1Namespace item in namespaces)
        {
            if (item?.Metadata?.Name == ns && Meta.Value(item.Metadata.Labels, Meta.UseWaypointLabel) == name) usingNamespaces.Add(ns);
        }
        var usingServices = new List<string>();
        foreach (V1Service item in services)
        {
            if (item?.Metadata?.NamespaceProperty == ns && Meta.Value(item.Metadata.Labels, Meta.UseWaypointLabel) == name)
            {
                usingServices.Add(item.Metadata.Name ?? "");
            }
        }
        var usingPods = new List<string>();
        var waypointPods = new List<string>();
        foreach (V1Pod item in pods)
        {
            if (item?.Metadata?.NamespaceProperty != ns) continue;
            if (Meta.Value(item.Metadata.Labels, Meta.UseWaypointLabel) == name) usingPods.Add(item.Metadata.Name ?? "");
            if (Meta.Value(item.Metadata.Labels, Meta.GatewayNameLabel) == name) waypointPods.Add(item.Metadata.Name ?? "");
        }
        return new WaypointUsers(Meta.Sorted(usingNamespaces), Meta.Sorted(usingServices), Meta.Sorted(usingPods), Meta.Sorted(waypointPods));
    }

    /// <summary>istiod's verdict: the <c>Programmed</c> condition, else <c>Accepted</c>; a condition observed for an
    /// older generation is reported as pending.</summary>
    public static Health Status(Gateway gateway)
    {
        IList<GatewayCondition>? conditions = gateway.Status?.Conditions;
        if (conditions is not null && !JsonTypes.IsList(conditions))
        {
            return Health.Yellow(Say.T("status unreadable: {{path}} is {{found}}, expected {{expected}}", "path", "$.status.conditions", "found", TypeWords.Of(JsonTypes.TypeName(conditions)), "expected", TypeWords.Of("a list")));
        }
        double generation = gateway.Metadata?.Generation ?? 0;
        GatewayCondition? programmed = Find(conditions, "Programmed");
        GatewayCondition? accepted = Find(conditions, "Accepted");
        if (programmed is not null)
        {
            if (programmed.Status == "True")
            {
                if (IsStale(programmed, generation)) return Health.Yellow(Say.T("Programmed for an older generation; istiod has not caught up"));
                return Health.Green(Describe(Say.T("Programmed"), programmed));
            }
            if (programmed.Status == "False") return Health.Red(Describe(Say.T("Not programmed"), programmed));
        }
        if (accepted is not null)
        {
            if (accepted.Status == "False") return Health.Red(Describe(Say.T("Not accepted"), accepted));
            if (accepted.Status == "True") return Health.Yellow(Describe(Say.T("Accepted, not yet programmed"), accepted));
        }
        return Health.Yellow(Say.T("No status yet: istiod has not processed this gateway"));
    }

    private static bool IsStale(GatewayCondition condition, double generation)
        => condition.ObservedGeneration is not null && generation > 0 && condition.ObservedGeneration.Value < generation;

    private static string Describe(string headline, GatewayCondition condition)
    {
        string reason = condition.Reason ?? "";
        string message = condition.Message ?? "";
        if (message.Length > 0) return Say.T("{{headline}} ({{reason}}): {{message}}", "headline", headline, "reason", reason, "message", message);
        return reason.Length > 0 ? Say.T("{{headline}} ({{reason}})", "headline", headline, "reason", reason) : headline;
    }

    private static GatewayCondition? Find(IList<GatewayCondition>? conditions, string type)
    {
        if (conditions is null || !JsonTypes.IsList(conditions)) return null;
        foreach (GatewayCondition condition in conditions)
        {
            if (condition?.Type == type) return condition;
        }
        return null;
    }

    /// <summary>The gateway's addresses from status (what istiod assigned), e.g. the waypoint VIP.</summary>
    public static List<string> Addresses(Gateway gateway)
    {
        var result = new List<string>();
        IList<GatewayAddress>? addresses = gateway.Status?.Addresses;
        if (addresses is null || !JsonTypes.IsList(addresses)) return result;
        foreach (GatewayAddress address in addresses)
        {
            if (address?.Value is not null && JsonTypes.IsText(address.Value) && address.Value.Length > 0) result.Add(address.Value);
        }
        return result;
    }
}
