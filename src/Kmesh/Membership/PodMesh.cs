using System;
using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Text;

namespace Kmesh.Model.Membership;

/// <summary>Where one pod stands: in the mesh as meant, out of it as meant, meant to be in but not managed, managed
/// though not meant to be, or unknown because the label that decides could not be read.</summary>
public enum PodMeshVerdict { Managed, NotInMesh, IntendedNotManaged, ManagedNotIntended, Unknown }

/// <summary>The answer to "is this pod in the mesh, and if not, why": <see cref="Intended"/> and <see cref="Decider"/>
/// as <see cref="PodIntent"/>; <see cref="Why"/> explains a difference between intended and managed (null when they agree);
/// <see cref="Caveat"/> warns about a managed pod whose node's daemon is not ready; <see cref="Daemon"/> is the
/// node's daemon when it could be read and exists.</summary>
public sealed record PodMeshExplanation(
    bool? Intended,
    bool Managed,
    PodMeshVerdict Verdict,
    string Decider,
    string? Exclusion,
    string? Why,
    string? Caveat,
    DaemonStatus? Daemon);

/// <summary>The label decision for one pod: <see cref="Intended"/> is null when the namespace's label decides and the
/// namespace could not be read; <see cref="Decider"/> names the label or exclusion that decides (or why it is
/// unknown); <see cref="Enrollment"/> is the rules' evaluation when the decision could be made.</summary>
public sealed record PodIntent(bool? Intended, bool Managed, string Decider, string? Exclusion, Enrollment? Enrollment);

/// <summary>The one pod-membership model: whether a pod is meant to be in the mesh and whether it is (<see cref="Decide"/>,
/// which the Kmesh column and the map read through <see cref="MembershipRules.ForPod"/>), and, on its own page, why
/// the two differ (<see cref="Explain"/>: the pod, its namespace and the daemon on its node).</summary>
public static class PodMesh
{
    /// <param name="ns">The pod's namespace (its label decides unless the pod's own label or an exclusion does);
    /// known-null when it does not exist.</param>
    public static PodIntent Decide(V1Pod pod, Known<V1Namespace> ns)
    {
        bool managed = EnrollmentRules.IsManaged(pod);
        string? exclusion = EnrollmentRules.Exclusion(pod);
        if (!ns.IsKnown && !PodDecides(pod))
        {
            return new PodIntent(null, managed,
                Say.T("the namespace's {{dataplaneModeLabel}} label decides, and the namespace could not be read: {{reason}}", "dataplaneModeLabel", Meta.DataplaneModeLabel, "reason", ns.Reason), exclusion, null);
        }
        Enrollment enrollment = EnrollmentRules.Evaluate(pod, ns.IsKnown ? ns.Value : null);
        string decider = PodOptsOut(pod) && !ns.IsKnown ? Say.T("opted out by pod label {{dataplaneModeLabel}}=none", "dataplaneModeLabel", Meta.DataplaneModeLabel) : enrollment.Reason;
        return new PodIntent(enrollment.Intended, managed, decider, exclusion, enrollment);
    }

    /// <param name="ns">The pod's namespace, as for <see cref="Decide"/>.</param>
    /// <param name="nodeDaemon">The Kmesh daemon pod on the pod's node; known-null when none runs there.</param>
    public static PodMeshExplanation Explain(V1Pod pod, Known<V1Namespace> ns, Known<V1Pod?> nodeDaemon, DateTime now)
    {
        PodIntent intent = Decide(pod, ns);
        bool managed = intent.Managed;
        bool? intended = intent.Intended;
        string? exclusion = intent.Exclusion;
        string node = pod.Spec?.NodeName ?? "";
        DaemonStatus? daemon = nodeDaemon.IsKnown && nodeDaemon.Value is not null ? DaemonHealthRules.Classify(nodeDaemon.Value, now) : null;

        string? why = null;
        string? caveat = null;
        PodMeshVerdict verdict;
        if (intended is null)
        {
            verdict = PodMeshVerdict.Unknown;
        }
        else if (intended.Value && managed)
        {
            verdict = PodMeshVerdict.Managed;
            if (daemon is not null && !daemon.Ready)
            {
                caveat = Say.T("the Kmesh daemon on its node {{node}} is not ready ({{reason}}): the pod keeps its annotation, but its traffic is redirected only while that daemon runs", "node", node, "reason", daemon.Health.Reason);
            }
        }
        else if (!intended.Value && !managed)
        {
            verdict = PodMeshVerdict.NotInMesh;
        }
        else if (intended.Value)
        {
            verdict = PodMeshVerdict.IntendedNotManaged;
            why = EnrollmentRules.WhyNotManaged(pod, intent.Enrollment!, DaemonsByNode(node, nodeDaemon, daemon));
            if (!nodeDaemon.IsKnown && nodeDaemon.State != KnownState.NotInstalled) why = Say.T("{{why}} ({{reason}})", "why", why, "reason", nodeDaemon.Reason);
        }
        else
        {
            verdict = PodMeshVerdict.ManagedNotIntended;
            why = exclusion is not null
                ? Say.T("the pod carries {{redirectionAnnotation}}=enabled although it is excluded ({{exclusion}}); the annotation may be left over from before the exclusion applied", "redirectionAnnotation", Meta.RedirectionAnnotation, "exclusion", exclusion)
                : Say.T("the pod carries {{redirectionAnnotation}}=enabled although {{decider}}: the labels may have changed after the daemon enrolled it, and the daemon on its node has not caught up", "redirectionAnnotation", Meta.RedirectionAnnotation, "decider", intent.Decider);
        }
        return new PodMeshExplanation(intended, managed, verdict, intent.Decider, exclusion, why, caveat, daemon);
    }

    /// <summary>The pod decides alone: an exclusion, its own label <c>kmesh</c> (any case) or exactly <c>none</c>.</summary>
    public static bool PodDecides(V1Pod pod)
    {
        if (EnrollmentRules.Exclusion(pod) is not null) return true;
        string? mode = Meta.Value(pod.Metadata?.Labels, Meta.DataplaneModeLabel);
        return Meta.EqualsIgnoreCase(mode, Meta.KmeshMode) || mode == Meta.NoneMode;
    }

    private static bool PodOptsOut(V1Pod pod) => Meta.Value(pod.Metadata?.Labels, Meta.DataplaneModeLabel) == Meta.NoneMode;

    /// <summary>The one daemon as <see cref="EnrollmentRules.WhyNotManaged"/> reads it: null when unknown, empty when
    /// no daemon runs on the node.</summary>
    private static Dictionary<string, DaemonStatus>? DaemonsByNode(string node, Known<V1Pod?> nodeDaemon, DaemonStatus? daemon)
    {
        if (!nodeDaemon.IsKnown) return null;
        var byNode = new Dictionary<string, DaemonStatus>();
        if (daemon is not null && node.Length > 0) byNode[node] = daemon;
        return byNode;
    }

    /// <summary>The waypoint the object's own <c>istio.io/use-waypoint</c> label, else its namespace's, names; null
    /// when neither does.</summary>
    public static WaypointChoice? WaypointOf(IDictionary<string, string>? ownLabels, IDictionary<string, string>? namespaceLabels)
    {
        string? own = Meta.Value(ownLabels, Meta.UseWaypointLabel);
        if (own is not null) return new WaypointChoice(own, true);
        string? inherited = Meta.Value(namespaceLabels, Meta.UseWaypointLabel);
        return inherited is null ? null : new WaypointChoice(inherited, false);
    }
}

/// <summary>A waypoint named by an <c>istio.io/use-waypoint</c> label: on the object itself or on its namespace.</summary>
public sealed record WaypointChoice(string Name, bool OwnLabel);
