using System;
using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Model.Text;

namespace Kmesh.Model.Membership;

/// <summary>A pod of the namespace whose intent and state differ, and why.</summary>
public sealed record PodMismatch(string Pod, string Node, bool Intended, bool Managed, string Why);

/// <summary>A namespace as Kmesh sees it: its <c>istio.io/dataplane-mode</c> label and what it does, the pods meant
/// to be in the mesh and those managed, and every pod where the two differ.</summary>
public sealed record NamespaceMeshExplanation(
    string? Label,
    bool Enrolled,
    string Effect,
    int Pods,
    int Intended,
    int Managed,
    IReadOnlyList<PodMismatch> Mismatches);

/// <summary>A namespace's pods counted by intent and state; <see cref="Mismatched"/> are those where the two differ.</summary>
public sealed record NamespaceTally(int Pods, int Intended, int Managed, IReadOnlyList<PodEnrollment> Mismatched);

/// <summary>One pod and the rules' evaluation of it.</summary>
public sealed record PodEnrollment(V1Pod Pod, Enrollment Enrollment);

/// <summary>The waypoint a namespace (or service) names, and whether its Gateway exists and is programmed.</summary>
public sealed record WaypointState(string Name, bool Found, Health Health);

public static class NamespaceMesh
{
    /// <summary>Counts the namespace's pods meant to be in the mesh and managed, and keeps those where the two differ
    /// (the namespace column's verdict and the section read the same tally).</summary>
    public static NamespaceTally Tally(V1Namespace ns, IReadOnlyList<V1Pod> pods)
    {
        int intended = 0;
        int managed = 0;
        var mismatched = new List<PodEnrollment>();
        foreach (V1Pod pod in pods)
        {
            if (pod is null) continue;
            Enrollment enrollment = EnrollmentRules.Evaluate(pod, ns);
            if (enrollment.Intended) intended++;
            if (enrollment.Actual) managed++;
            if (enrollment.Mismatch) mismatched.Add(new PodEnrollment(pod, enrollment));
        }
        return new NamespaceTally(pods.Count, intended, managed, mismatched);
    }

    public static NamespaceMeshExplanation Explain(V1Namespace ns, IReadOnlyList<V1Pod> pods, Dictionary<string, DaemonStatus>? daemonsByNode)
    {
        string? label = Meta.Value(ns.Metadata?.Labels, Meta.DataplaneModeLabel);
        bool enrolled = EnrollmentRules.NamespaceEnrolled(ns);
        NamespaceTally tally = Tally(ns, pods);
        var mismatches = new List<PodMismatch>();
        foreach (PodEnrollment m in tally.Mismatched)
        {
            string why = m.Enrollment.Intended
                ? EnrollmentRules.WhyNotManaged(m.Pod, m.Enrollment, daemonsByNode)
                : Say.T("managed although {{reason}}", "reason", m.Enrollment.Reason);
            mismatches.Add(new PodMismatch(m.Pod.Metadata?.Name ?? "", m.Pod.Spec?.NodeName ?? "", m.Enrollment.Intended, m.Enrollment.Actual, why));
        }
        mismatches.Sort((a, b) => string.CompareOrdinal(a.Pod, b.Pod));
        return new NamespaceMeshExplanation(label, enrolled, Effect(label, enrolled), tally.Pods, tally.Intended, tally.Managed, mismatches);
    }

    public static string Effect(string? label, bool enrolled)
    {
        if (enrolled)
        {
            return Say.T("every pod of this namespace is meant to be in the mesh, except pods labelled {{dataplaneModeLabel}}=none and pods with an Istio sidecar, on the host network or Istio-managed waypoints", "dataplaneModeLabel", Meta.DataplaneModeLabel);
        }
        if (label is not null)
        {
            return Say.T("the label is \"{{label}}\", not kmesh: Kmesh ignores it, and only pods labelled {{dataplaneModeLabel}}=kmesh themselves are meant to be in the mesh", "label", label, "dataplaneModeLabel", Meta.DataplaneModeLabel);
        }
        return Say.T("no label: only pods labelled {{dataplaneModeLabel}}=kmesh themselves are meant to be in the mesh", "dataplaneModeLabel", Meta.DataplaneModeLabel);
    }

    /// <summary>The named waypoint's Gateway in <paramref name="ns"/> (null when the API server has none): istiod's
    /// verdict on it, or that it does not exist or is not a waypoint.</summary>
    public static WaypointState Waypoint(string name, string ns, Gateway? gateway)
    {
        if (gateway is null)
        {
            return new WaypointState(name, false, Health.Red(Say.T("no Gateway {{ns}}/{{name}} exists, so no waypoint serves this traffic", "ns", ns, "name", name)));
        }
        if (!WaypointRules.IsWaypoint(gateway))
        {
            return new WaypointState(name, true, Health.Red(Say.T("Gateway {{ns}}/{{name}} is not a waypoint (its class is not {{waypointClass}})", "ns", ns, "name", name, "waypointClass", Meta.WaypointClass)));
        }
        return new WaypointState(name, true, WaypointRules.Status(gateway));
    }

    /// <summary>Daemon statuses by node, for the nodes the daemons run on.</summary>
    public static Dictionary<string, DaemonStatus> DaemonsByNode(IEnumerable<V1Pod> daemonPods, DateTime now)
    {
        var byNode = new Dictionary<string, DaemonStatus>();
        foreach (V1Pod pod in daemonPods)
        {
            string node = pod?.Spec?.NodeName ?? "";
            if (node.Length > 0) byNode[node] = DaemonHealthRules.Classify(pod!, now);
        }
        return byNode;
    }
}
