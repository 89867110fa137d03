using System.Collections.Generic;

namespace Kmesh.Tests.Compiled;

/// <summary>Inputs of the mesh joins: the fixture dump with and without the Gateway list, its v1.0.0 capitalised
/// form, a truncated copy, and a hand-made dump with every policy and waypoint shape the fixture lacks.</summary>
public static class MeshCases
{
    public static string Gateways => "[" + Fixtures.Read("waypoint-gateway.json") + "]";

    public static List<(string Name, string Text)> All()
    {
        string dump = Fixtures.Read("dual-engine-config-dump.json");
        string capitalised = dump.Replace("\n    \"workloads\":", "\n    \"Workloads\":").Replace("\n    \"services\":", "\n    \"Services\":")
            .Replace("\n    \"policies\":", "\n    \"Policies\":");
        return new List<(string, string)>
        {
            ("mesh fixture with gateways", Gateways + "\n---\n" + dump),
            ("mesh fixture, gateways not listed", "null\n---\n" + dump),
            ("mesh fixture, no gateways in the cluster", "[]\n---\n" + dump),
            ("mesh v1.0.0 capitalised keys", Gateways + "\n---\n" + capitalised),
            ("mesh truncated", Gateways + "\n---\n" + dump.Substring(0, dump.Length / 2)),
            ("mesh shapes", "[]\n---\n" + Shapes),
        };
    }

    /// <summary>GLOBAL and NAMESPACE scopes, a policy without rules, prefix/suffix/presence matches, IPv6 and IPv4
    /// CIDRs, negated ports, a hostname waypoint, a uid that is not a Pod and a service missing from the dump.</summary>
    public const string Shapes = """
        {"workloads":[
          {"uid":"Kubernetes//Pod/shop/cart-0","addresses":["10.1.0.4","fd00::4"],"waypoint":"shop/cart-wp.shop.svc.cluster.local","protocol":"HBONE",
           "name":"cart-0","namespace":"shop","workloadName":"cart","workloadType":"POD","node":"n1","status":"HEALTHY",
           "services":["shop/cart.shop.svc.cluster.local","shop/gone.shop.svc.cluster.local"],"authorizationPolicies":["shop/cart-only","shop/missing"]},
          {"uid":"cluster1/networking.istio.io/WorkloadEntry/shop/vm-1","addresses":[],"protocol":"NONE","name":"vm-1","namespace":"shop",
           "workloadType":"POD","node":"","status":"UNHEALTHY","waypoint":{"destination":"net1/10.9.9.9"}}
        ],
        "services":[
          {"name":"cart","namespace":"shop","hostname":"cart.shop.svc.cluster.local","vips":["/10.96.0.40","net1/fd00::40"],
           "ports":[{"service_port":80,"target_port":8080},{"servicePort":443,"targetPort":8443}],
           "loadBalancer":{"mode":"FAILOVER","routingPreferences":["ZONE"]},"waypoint":{"destination":"shop/cart-wp.shop.svc.cluster.local"}}
        ],
        "policies":[
          {"name":"mesh-deny","namespace":"istio-system","scope":"GLOBAL","action":"DENY","rules":[{"clauses":[
            {"matches":[{"principals":[{"MatchType":{"Prefix":"spiffe://evil/"}},{"MatchType":{"Suffix":"/sa/bot"}}]},{"not_destination_ports":[15008,15020]}]},
            {"matches":[{"source_ips":[{"address":"/QAAAAAAAAAAAAAAAAAAAA==","length":8}]}]}]},
            {"clauses":[]}]},
          {"name":"cart-only","namespace":"shop","scope":"WORKLOAD_SELECTOR","action":"ALLOW","rules":[{"clauses":[{"matches":[
            {"namespaces":[{"MatchType":{"Exact":"shop"}}],"principals":[{"MatchType":{}}],"destination_ips":[{"address":"CmAAKA==","length":32}]}]}]}]},
          {"name":"shop-closed","namespace":"shop","scope":"NAMESPACE","action":"ALLOW","rules":null}
        ]}
        """;
}
