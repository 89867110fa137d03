using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Model.Rules;
using Kmesh.Model.Settings;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Sections.SectionsStrings;

namespace Kmesh.Plugin.Views.Sections;

/// <summary>The few reads a details-page section makes, each as the model's <see cref="Known{T}"/>: one object by
/// name, the daemon on one node (<see cref="Lists.UseDaemonOn"/>), and whether Kmesh is installed at all.</summary>
public static class SectionSources
{
    /// <summary>One object read with useGet: 404 is a known absence, 403 names the missing verb.</summary>
    public static Known<T> OfGet<T>(GetState<T> state, string resource, string name, string? ns)
    {
        if (state.Error is not null)
        {
            int? status = state.Error.Status;
            if (status == 404) return Known<T>.NotInstalled(S.GetNotFound(resource, name, ns));
            if (status == 403) return Known<T>.Forbidden(S.GetForbidden(resource, name, ns));
            return Known<T>.Failed(S.GetFailed(resource, name, state.Error.Message ?? SharedStrings.UnknownError));
        }
        if (state.Data is null) return Known<T>.Loading(Unknowns.Loading);
        return Known<T>.Of(state.Data.JsonData);
    }

    /// <summary>The daemon on the node (known-null when none runs there), or why it is unknown.</summary>
    public static Known<V1Pod?> DaemonOf(ListState<V1Pod> list, string node, KmeshSettings settings)
    {
        Known<IReadOnlyList<V1Pod>> pods = Sources.Of(list, "pods", settings.Namespace, null, null);
        if (!pods.IsKnown) return pods.As<V1Pod?>();
        return Known<V1Pod?>.Of(DaemonHealthRules.DaemonOnNode(node, pods.Value!));
    }

    /// <summary>Whether Kmesh is installed: the configured Kmesh namespace exists (true), is absent (false), or could not
    /// be read (null: the section then shows what else it can read).</summary>
    public static bool? UseInstalled()
    {
        GetState<V1Namespace> ns = ResourceClasses.Namespace.UseGet(KmeshConfig.Use().Namespace, null);
        if (ns.Data is not null) return true;
        return ns.Error?.Status == 404 ? false : null;
    }
}
