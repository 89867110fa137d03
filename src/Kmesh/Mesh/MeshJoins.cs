using System.Collections.Generic;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.DualEngine;

namespace Kmesh.Model.Mesh;

/// <summary>Joins the dual-engine config dump into rows: workload ↔ Pod (by uid), workload ↔ services (by the
/// dump's keys), service ↔ workloads (the reverse), policy ↔ workloads (selector, namespace or global scope) and
/// waypoint ↔ Gateway. Pure and linear in the dump's size, so 20,000 workloads join in one pass.</summary>
public static class MeshJoins
{
    /// <param name="gateways">The cluster's Gateways, or null when they could not be listed (waypoints then keep the
    /// Gateway name their address or hostname implies, unverified).</param>
    public static MeshModel Build(ConfigDump dump, IReadOnlyList<Gateway>? gateways)
    {
        var servicesByKey = new Dictionary<string, MeshService>();
        foreach (MeshService service in dump.Services) servicesByKey[ServiceKey(service)] = service;
        var waypoints = new WaypointResolver(dump.Services, gateways);

        var policiesByKey = new Dictionary<string, AuthorizationPolicy>();
        var wideByNamespace = new Dictionary<string, List<AuthorizationPolicy>>();
        var global = new List<AuthorizationPolicy>();
        foreach (AuthorizationPolicy policy in dump.Policies)
        {
            policiesByKey[policy.Key] = policy;
            if (policy.Scope == "GLOBAL") global.Add(policy);
            else if (policy.Scope == "NAMESPACE")
            {
                if (!wideByNamespace.TryGetValue(policy.Namespace, out List<AuthorizationPolicy>? list))
                {
                    list = new List<AuthorizationPolicy>();
                    wideByNamespace[policy.Namespace] = list;
                }
                list.Add(policy);
            }
        }

        var workloadsOfService = new Dictionary<string, List<WorkloadLink>>();
        var workloadsOfPolicy = new Dictionary<string, List<WorkloadLink>>();
        var workloadRows = new List<WorkloadRow>(dump.Workloads.Count);
        foreach (Workload workload in dump.Workloads)
        {
            var link = new WorkloadLink(workload.Uid, workload.Namespace, workload.Name);
            var services = new List<ServiceLink>();
            foreach (string key in workload.Services)
            {
                services.Add(ServiceLinkOf(key, servicesByKey));
                Append(workloadsOfService, key, link);
            }
            List<PolicyLink> policies = PoliciesOf(workload, policiesByKey, wideByNamespace, global);
            foreach (PolicyLink policy in policies) Append(workloadsOfPolicy, policy.Key, link);
            WaypointLink waypoint = waypoints.Resolve(workload.Waypoint);
            string addresses = string.Join(", ", workload.Addresses);
            string search = Search(new[]
            {
                workload.Namespace, workload.Name, workload.WorkloadName, workload.WorkloadType, workload.Node, addresses,
                workload.Protocol, waypoint.Text, waypoint.GatewayName, Joined(services), workload.Status, JoinedPolicies(policies),
            });
            workloadRows.Add(new WorkloadRow(workload.Uid, workload.Namespace, workload.Name, PodOf(workload.Uid), workload.WorkloadName,
                workload.WorkloadType, workload.Node, addresses, workload.Protocol, waypoint, services, workload.Status, policies, search, workload));
        }

        var serviceRows = new List<ServiceRow>(dump.Services.Count);
        foreach (MeshService service in dump.Services)
        {
            string key = ServiceKey(service);
            var vips = new List<string>();
            foreach (ScopedAddress vip in service.Vips) vips.Add(vip.Scope.Length == 0 ? vip.Address : vip.ToString());
            var ports = new List<string>();
            foreach (ServicePort port in service.Ports) ports.Add(port.Port + " → " + port.TargetPort);
            WaypointLink waypoint = waypoints.Resolve(service.Waypoint);
            string balancing = service.LoadBalancer is null ? "" : service.LoadBalancer.Mode;
            List<WorkloadLink> behind = workloadsOfService.TryGetValue(key, out List<WorkloadLink>? found) ? found : new List<WorkloadLink>();
            string search = Search(new[]
            {
                service.Hostname, service.Namespace, service.Name, string.Join(", ", vips), string.Join(", ", ports), waypoint.Text,
                waypoint.GatewayName, balancing, JoinedWorkloads(behind),
            });
            serviceRows.Add(new ServiceRow(key, service.Namespace, service.Name, service.Hostname, string.Join(", ", vips), ports, waypoint,
                balancing, behind, search, service));
        }

        var policyRows = new List<PolicyRow>(dump.Policies.Count);
        foreach (AuthorizationPolicy policy in dump.Policies)
        {
            List<string> rules = PolicyClauses.Describe(policy);
            List<WorkloadLink> targets = workloadsOfPolicy.TryGetValue(policy.Key, out List<WorkloadLink>? carried) ? carried : new List<WorkloadLink>();
            string search = Search(new[] { policy.Name, policy.Namespace, policy.Scope, policy.Action, string.Join("\n", rules), JoinedWorkloads(targets) });
            policyRows.Add(new PolicyRow(policy.Key, policy.Namespace, policy.Name, policy.Scope, policy.Action, rules, targets, search, policy));
        }
        return new MeshModel(workloadRows, serviceRows, policyRows);
    }

    /// <summary>The dump's service key: <c>&lt;ns&gt;/&lt;hostname&gt;</c>, as workloads list their services.</summary>
    public static string ServiceKey(MeshService service) => service.Namespace + "/" + service.Hostname;

    /// <summary><c>Kubernetes//Pod/&lt;ns&gt;/&lt;name&gt;</c> → that Pod; any other uid names no Pod.</summary>
    public static PodRef? PodOf(string uid)
    {
        string[] parts = uid.Split('/');
        if (parts.Length != 5 || parts[2] != "Pod" || parts[3].Length == 0 || parts[4].Length == 0) return null;
        return new PodRef(parts[3], parts[4]);
    }

    /// <summary>Selector policies the workload names, then its namespace's and the mesh-wide ones, each once.</summary>
    private static List<PolicyLink> PoliciesOf(Workload workload, Dictionary<string, AuthorizationPolicy> byKey,
        Dictionary<string, List<AuthorizationPolicy>> wideByNamespace, List<AuthorizationPolicy> global)
    {
        var result = new List<PolicyLink>();
        var seen = new HashSet<string>();
        foreach (string key in workload.AuthorizationPolicies)
        {
            if (!seen.Add(key)) continue;
            if (byKey.TryGetValue(key, out AuthorizationPolicy? policy)) result.Add(new PolicyLink(key, policy.Namespace, policy.Name, policy.Scope));
            else
            {
                ScopedAddress split = ScopedAddress.Parse(key);
                result.Add(new PolicyLink(key, split.Scope, split.Address, ""));
            }
        }
        if (wideByNamespace.TryGetValue(workload.Namespace, out List<AuthorizationPolicy>? wide))
        {
            foreach (AuthorizationPolicy policy in wide)
            {
                if (seen.Add(policy.Key)) result.Add(new PolicyLink(policy.Key, policy.Namespace, policy.Name, policy.Scope));
            }
        }
        foreach (AuthorizationPolicy policy in global)
        {
            if (seen.Add(policy.Key)) result.Add(new PolicyLink(policy.Key, policy.Namespace, policy.Name, policy.Scope));
        }
        return result;
    }

    private static ServiceLink ServiceLinkOf(string key, Dictionary<string, MeshService> servicesByKey)
    {
        if (servicesByKey.TryGetValue(key, out MeshService? service)) return new ServiceLink(key, service.Namespace, service.Name, service.Hostname);
        ScopedAddress split = ScopedAddress.Parse(key);
        return new ServiceLink(key, split.Scope, "", split.Address);
    }

    private static void Append(Dictionary<string, List<WorkloadLink>> index, string key, WorkloadLink link)
    {
        if (!index.TryGetValue(key, out List<WorkloadLink>? list))
        {
            list = new List<WorkloadLink>();
            index[key] = list;
        }
        list.Add(link);
    }

    private static string Joined(List<ServiceLink> services)
    {
        var parts = new List<string>();
        foreach (ServiceLink service in services) parts.Add(service.Hostname);
        return string.Join(" ", parts);
    }

    private static string JoinedPolicies(List<PolicyLink> policies)
    {
        var parts = new List<string>();
        foreach (PolicyLink policy in policies) parts.Add(policy.Key);
        return string.Join(" ", parts);
    }

    private static string JoinedWorkloads(List<WorkloadLink> workloads)
    {
        var parts = new List<string>();
        foreach (WorkloadLink workload in workloads) parts.Add(workload.Namespace + "/" + workload.Name);
        return string.Join(" ", parts);
    }

    /// <summary>The lower-cased text a search looks in: every shown column, one per line.</summary>
    private static string Search(string[] columns) => string.Join("\n", columns).ToLowerInvariant();
}
