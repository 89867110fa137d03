using System;
using Kmesh.Preview.Admin;
using Kmesh.Preview.KubeApi;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview;

/// <summary>The running simulation: the scenario, its Kubernetes objects and its daemons' admin servers.</summary>
public sealed class SimulatedCluster
{
    public const string ClusterName = "kmesh-preview";

    private readonly Lazy<ResourceStore> store;
    private readonly Lazy<AdminServers> admin;

    public SimulatedCluster(Scenario scenario)
    {
        Scenario = scenario;
        store = new Lazy<ResourceStore>(() => new ResourceStore(scenario.Model));
        admin = new Lazy<AdminServers>(() => new AdminServers(scenario.Model));
    }

    public Scenario Scenario { get; }
    public ClusterModel Model => Scenario.Model;
    public ResourceStore Store => store.Value;
    public AdminServers Admin => admin.Value;
}
