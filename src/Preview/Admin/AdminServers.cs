using System.Collections.Generic;
using System.Linq;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary>The admin server of every daemon pod, by pod name.</summary>
public sealed class AdminServers
{
    private readonly Dictionary<string, AdminServer> byPod;

    public AdminServers(ClusterModel model)
    {
        Dumps = new SharedDumps(model);
        byPod = model.Daemons.ToDictionary(d => d.PodName, d => new AdminServer(model, d, Dumps));
    }

    public SharedDumps Dumps { get; }

    public AdminServer? ForPod(string podName) => byPod.GetValueOrDefault(podName);
}
