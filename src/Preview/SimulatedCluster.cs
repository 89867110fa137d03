using System;
using System.Threading;
using System.Threading.Tasks;
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

    /// <summary>
    /// Builds the objects and renders their JSON ahead of the first requests, so even the large scenario's first list
    /// is served from cache. Requests arriving meanwhile simply wait for (or share) the same lazy work.
    /// </summary>
    public bool IsWarm { get; private set; }

    public Task WarmUpAsync(CancellationToken cancel) => Task.Run(() =>
    {
        foreach (var type in ResourceTypes.All)
        {
            foreach (var item in Store.Collection(type).Items)
            {
                cancel.ThrowIfCancellationRequested();
                _ = item.ObjectJson;
            }
        }
        if (Model.KmeshInstalled)
        {
            _ = Model.Mode == KmeshMode.DualEngine ? Admin.Dumps.DualEngineBpf : Admin.Dumps.KernelNativeConfig;
        }
        IsWarm = true;
    }, cancel);
}
