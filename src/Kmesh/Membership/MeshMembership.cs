using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Text;

namespace Kmesh.Model.Membership;

/// <summary>Where a pod or namespace stands with Kmesh, in one word for a table column, a map badge or a section:
/// <see cref="Managed"/> (the daemon annotated it), <see cref="IntendedNotManaged"/> (its labels enroll it but the
/// daemon has not), <see cref="Enrolled"/> (a namespace whose label enrolls it, with nothing known to be
/// mismanaged), <see cref="NotEnrolled"/> and <see cref="Unknown"/> (a source needed to decide was not read).</summary>
public enum MeshState { Managed, IntendedNotManaged, Enrolled, NotEnrolled, Unknown }

/// <summary>The verdict: <see cref="State"/>, its word (<see cref="Word"/>, what sorts and filters) and the facts
/// behind it (<see cref="Detail"/>). <see cref="Enrollment"/> is the label decision when it could be made.</summary>
public sealed record MembershipVerdict(MeshState State, string Word, string Detail, Enrollment? Enrollment);

/// <summary>The one-word verdict for a pod (over <see cref="PodMesh.Decide"/>) or a namespace (over
/// <see cref="NamespaceMesh.Tally"/>) that the Kmesh column and the map show.</summary>
public static class MembershipRules
{
    public static string ManagedWord => Say.T("managed");
    public static string IntendedNotManagedWord => Say.T("intended, not managed");
    public static string EnrolledWord => Say.T("enrolled");
    public static string NotEnrolledWord => Say.T("not enrolled");
    public static string UnknownWord => Say.T("unknown");

    /// <summary>A pod's membership. <paramref name="namespaces"/> (by name) is only needed when neither the
    /// annotation, an exclusion nor the pod's own label decides; when it is unknown then, so is the verdict.</summary>
    public static MembershipVerdict ForPod(V1Pod pod, Known<Dictionary<string, V1Namespace>> namespaces)
    {
        string nsName = pod.Metadata?.NamespaceProperty ?? "";
        V1Namespace? found = null;
        if (namespaces.IsKnown) namespaces.Value!.TryGetValue(nsName, out found);
        // A namespace missing from a read list does not exist: known, and without labels.
        Known<V1Namespace> ns = namespaces.IsKnown ? Known<V1Namespace>.Of(found!) : namespaces.As<V1Namespace>();
        PodIntent intent = PodMesh.Decide(pod, ns);
        if (intent.Managed)
        {
            string why = intent.Intended == true ? Say.T("annotated {{redirectionAnnotation}}=enabled; {{decider}}", "redirectionAnnotation", Meta.RedirectionAnnotation, "decider", intent.Decider)
                : intent.Intended == false ? Say.T("annotated {{redirectionAnnotation}}=enabled, though its labels no longer enroll it", "redirectionAnnotation", Meta.RedirectionAnnotation)
                : Say.T("annotated {{redirectionAnnotation}}=enabled; namespace {{nsName}} labels not read: {{reason}}", "redirectionAnnotation", Meta.RedirectionAnnotation, "nsName", nsName, "reason", Unknowns.Describe(namespaces.State, namespaces.Reason));
            return new MembershipVerdict(MeshState.Managed, ManagedWord, why, intent.Enrollment);
        }
        if (intent.Intended is null)
        {
            return new MembershipVerdict(MeshState.Unknown, UnknownWord,
                Say.T("namespace {{nsName}} labels not read: {{reason}}", "nsName", nsName, "reason", Unknowns.Describe(namespaces.State, namespaces.Reason)), null);
        }
        if (intent.Intended.Value)
        {
            return new MembershipVerdict(MeshState.IntendedNotManaged, IntendedNotManagedWord,
                Say.T("{{decider}}, but the daemon has not annotated it {{redirectionAnnotation}}=enabled", "decider", intent.Decider, "redirectionAnnotation", Meta.RedirectionAnnotation), intent.Enrollment);
        }
        return new MembershipVerdict(MeshState.NotEnrolled, NotEnrolledWord, intent.Decider, intent.Enrollment);
    }

    /// <summary>A namespace's membership from its label and, when known, its pods (grouped by namespace): any
    /// intended pod the daemon has not annotated makes it <see cref="MeshState.IntendedNotManaged"/>.</summary>
    public static MembershipVerdict ForNamespace(V1Namespace ns, Known<Dictionary<string, List<V1Pod>>> podsByNamespace)
    {
        string name = ns.Metadata?.Name ?? "";
        bool labelled = EnrollmentRules.NamespaceEnrolled(ns);
        string label = labelled
            ? Say.T("namespace label {{label}}={{mode}}", "label", Meta.DataplaneModeLabel, "mode", Meta.Value(ns.Metadata?.Labels, Meta.DataplaneModeLabel))
            : Say.T("no {{dataplaneModeLabel}}=kmesh label on the namespace", "dataplaneModeLabel", Meta.DataplaneModeLabel);
        if (!podsByNamespace.IsKnown)
        {
            string podsUnknown = Say.T("pods not read: {{reason}}", "reason", Unknowns.Describe(podsByNamespace.State, podsByNamespace.Reason));
            return labelled
                ? new MembershipVerdict(MeshState.Enrolled, EnrolledWord, Say.T("{{first}}; {{second}}", "first", label, "second", podsUnknown), null)
                : new MembershipVerdict(MeshState.NotEnrolled, NotEnrolledWord, Say.T("{{first}}; {{second}}", "first", label, "second", podsUnknown), null);
        }
        NamespaceTally tally = NamespaceMesh.Tally(ns, podsByNamespace.Value!.TryGetValue(name, out List<V1Pod>? pods) ? pods : new List<V1Pod>());
        int managed = tally.Managed, intended = tally.Intended, missing = 0;
        foreach (PodEnrollment m in tally.Mismatched)
        {
            if (m.Enrollment.Intended) missing++;
        }
        string counts = intended == 1 ? Say.T("{{managed}} managed of 1 intended pod", "managed", managed) : Say.T("{{managed}} managed of {{intended}} intended pods", "managed", managed, "intended", intended);
        if (missing > 0)
        {
            return new MembershipVerdict(MeshState.IntendedNotManaged, IntendedNotManagedWord, Say.T("{{label}}; {{counts}}: {{missing}} not managed", "label", label, "counts", counts, "missing", missing), null);
        }
        if (managed > 0) return new MembershipVerdict(MeshState.Managed, ManagedWord, Say.T("{{first}}; {{second}}", "first", label, "second", counts), null);
        if (labelled) return new MembershipVerdict(MeshState.Enrolled, EnrolledWord, Say.T("{{label}}; no pods to manage", "label", label), null);
        return new MembershipVerdict(MeshState.NotEnrolled, NotEnrolledWord, label, null);
    }

    /// <summary>Namespaces by name, for <see cref="ForPod"/> over many pods.</summary>
    public static Dictionary<string, V1Namespace> ByName(IEnumerable<V1Namespace> namespaces)
    {
        var index = new Dictionary<string, V1Namespace>();
        foreach (V1Namespace ns in namespaces)
        {
            string? name = ns.Metadata?.Name;
            if (name is not null) index[name] = ns;
        }
        return index;
    }

    /// <summary>Pods grouped by namespace, for <see cref="ForNamespace"/> over many namespaces.</summary>
    public static Dictionary<string, List<V1Pod>> ByNamespace(IEnumerable<V1Pod> pods)
    {
        var index = new Dictionary<string, List<V1Pod>>();
        foreach (V1Pod pod in pods)
        {
            string ns = pod.Metadata?.NamespaceProperty ?? "";
            if (!index.TryGetValue(ns, out List<V1Pod>? list))
            {
                list = new List<V1Pod>();
                index[ns] = list;
            }
            list.Add(pod);
        }
        return index;
    }

}
