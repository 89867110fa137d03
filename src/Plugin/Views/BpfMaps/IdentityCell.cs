using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Identity;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.BpfMaps.BpfMapsStrings;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>The names a BPF row's values tie to, each linked to its page (pods and services to Headlamp's, waypoints
/// to the plugin's); policies are named without a link.</summary>
public static class IdentityCell
{
    /// <summary>Candidate services named per row; a port most of the mesh listens on can have thousands.</summary>
    public const int CandidatesShown = 10;

    public static object Render(RowIdentity identity)
    {
        if (identity.Entities.Count == 0) return "";
        var parts = new List<object?>();
        bool candidatesStarted = false;
        int candidates = 0;
        int hidden = 0;
        foreach (EntityRef entity in identity.Entities)
        {
            bool candidate = identity.Candidates && entity.Kind == EntityKind.Service;
            if (candidate && !candidatesStarted)
            {
                parts.Add(S.OneOf);
                candidatesStarted = true;
            }
            if (candidate && ++candidates > CandidatesShown)
            {
                hidden++;
                continue;
            }
            parts.Add(Mui.Box(new BoxProps { Key = ((int)entity.Kind).ToString() + entity.Key, Component = "span", Display = "inline-flex", Gap = 1 },
                Prefix(entity.Kind), Link(entity)));
        }
        if (hidden > 0) parts.Add(S.MoreCandidates(hidden));
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column" }, parts.ToArray());
    }

    private static string Prefix(EntityKind kind) => kind == EntityKind.Workload ? S.KindWorkload
        : kind == EntityKind.Service ? S.KindService : kind == EntityKind.Gateway ? S.KindWaypoint : S.KindPolicy;

    private static object Link(EntityRef entity)
    {
        string text = entity.Namespace + "/" + entity.Name;
        if (entity.Kind == EntityKind.Policy) return text;
        string route = entity.Kind == EntityKind.Workload ? RouteNames.HeadlampPod
            : entity.Kind == EntityKind.Service ? RouteNames.HeadlampService : RouteNames.Waypoint;
        return CommonComponents.Link(new LinkProps { RouteName = route, Params = new RouteParams { Namespace = entity.Namespace, Name = entity.Name } }, text);
    }
}
