using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Model.Settings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The lists the views read, one watch-based request each (no per-node fan-out), and their JSON.</summary>
public static class Lists
{
    /// <summary>The daemon pods: the configured selector in the configured Kmesh namespace.</summary>
    public static ListState<V1Pod> UseDaemonPods()
    {
        KmeshSettings settings = KmeshConfig.Use();
        return ResourceClasses.Pod.UseList(new ListQuery { Namespace = settings.Namespace, LabelSelector = settings.DaemonSelector });
    }

    /// <summary>The Kmesh daemon pods on one node: one list of the Kmesh namespace, selected by label and node.</summary>
    public static ListState<V1Pod> UseDaemonOn(string node)
    {
        KmeshSettings settings = KmeshConfig.Use();
        return ResourceClasses.Pod.UseList(new ListQuery
        {
            Namespace = settings.Namespace,
            LabelSelector = settings.DaemonSelector,
            FieldSelector = "spec.nodeName=" + node,
        });
    }

    public static ListState<V1Pod> UseAllPods() => ResourceClasses.Pod.UseList(new ListQuery());

    public static ListState<V1Namespace> UseNamespaces() => ResourceClasses.Namespace.UseList(new ListQuery());

    public static ListState<V1Service> UseServices() => ResourceClasses.Service.UseList(new ListQuery());

    public static ListState<KmeshNodeInfo> UseNodeInfos()
    {
        KmeshSettings settings = KmeshConfig.Use();
        return KmeshResources.NodeInfo.UseList(new ListQuery { Namespace = settings.Namespace });
    }

    public static ListState<Gateway> UseGateways() => KmeshResources.Gateway.UseList(new ListQuery());

    public static ListState<Corev1Event> UseKmeshEvents()
    {
        KmeshSettings settings = KmeshConfig.Use();
        return ResourceClasses.Event.UseList(new ListQuery { Namespace = settings.Namespace });
    }

    /// <summary>The plain JSON of every item; empty while loading or failed.</summary>
    public static List<T> Json<T>(ListState<T> state)
    {
        var result = new List<T>();
        if (state.Items is null) return result;
        foreach (KubeObject<T> item in state.Items) result.Add(item.JsonData);
        return result;
    }

    /// <summary>Loaded (items present) or failed: nothing more will arrive for this render.</summary>
    public static bool Settled<T>(ListState<T> state) => state.Items is not null || state.Error is not null;

    /// <summary>"success", "warning" or "error" for a model health level.</summary>
    public static string StatusOf(HealthLevel level) =>
        level == HealthLevel.Green ? "success" : level == HealthLevel.Yellow ? "warning" : "error";
}
