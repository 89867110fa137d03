using System;
using System.Collections.Generic;
using System.Linq;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary>One client workload talking to a service, served by one of its pods.</summary>
public sealed record TrafficFlow(WorkloadPod Source, ServiceInfo Service, WorkloadPod Destination, long Connections, long SentBytes, long ReceivedBytes, long Retransmits);

/// <summary>
/// Who talks to whom in the simulated mesh, and how much: Bookinfo's real call graph when it is there,
/// otherwise every service's pods call the next service of their namespace. Counters grow by the second.
/// <see cref="TrafficFlow.SentBytes"/> is what the client sent (requests), <see cref="TrafficFlow.ReceivedBytes"/> what it got back.
/// </summary>
public static class TrafficModel
{
    private static readonly (string From, string To)[] BookinfoCalls = { ("productpage", "details"), ("productpage", "reviews"), ("reviews", "ratings") };

    public static IReadOnlyList<TrafficFlow> Flows(ClusterModel model, MeshIndex index, DateTime now)
    {
        var calls = new List<(ServiceInfo From, ServiceInfo To)>();
        var byName = index.MeshServices.GroupBy(s => (s.Namespace, s.Name)).ToDictionary(g => g.Key, g => g.First());
        foreach (var ns in index.MeshServices.Select(s => s.Namespace).Distinct())
        {
            var services = index.MeshServices.Where(s => s.Namespace == ns && !s.Labels.ContainsKey("gateway.networking.k8s.io/gateway-name"))
                .OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
            if (byName.ContainsKey((ns, "productpage")))
            {
                calls.AddRange(BookinfoCalls.Where(c => byName.ContainsKey((ns, c.From)) && byName.ContainsKey((ns, c.To)))
                    .Select(c => (byName[(ns, c.From)], byName[(ns, c.To)])));
            }
            else
            {
                for (var i = 0; i + 1 < services.Count; i++)
                {
                    calls.Add((services[i], services[i + 1]));
                }
            }
        }
        var minutes = Math.Max(1.0, (now - model.Now).TotalSeconds / 60 + 30);
        var flows = new List<TrafficFlow>();
        foreach (var (from, to) in calls)
        {
            var destinations = index.EndpointsOf[to];
            foreach (var source in index.EndpointsOf[from])
            {
                for (var d = 0; d < destinations.Count; d++)
                {
                    var seed = Math.Abs(HashCode.Combine(model.Seed, source.Name, destinations[d].Name) % 1000);
                    var connections = (long)((7 + seed % 13) * minutes / Math.Max(1, destinations.Count));
                    flows.Add(new TrafficFlow(source, to, destinations[d], connections, connections * (170 + seed % 90),
                        connections * (2400 + seed * 7), connections / 140));
                }
            }
        }
        return flows;
    }
}
