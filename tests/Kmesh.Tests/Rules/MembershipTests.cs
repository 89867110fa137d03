using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Membership;
using Kmesh.Model.Rules;
using Xunit;

namespace Kmesh.Tests.Rules;

/// <summary>The Kmesh column's verdicts, natively (the compiled leg runs the same rules over the driver's cluster).</summary>
public class MembershipTests
{
    private static readonly Known<Dictionary<string, V1Namespace>> Namespaces =
        Known<Dictionary<string, V1Namespace>>.Of(MembershipRules.ByName(new[] { Cluster.DefaultNamespace, Cluster.KubeSystem }));

    private static readonly Known<Dictionary<string, V1Namespace>> NamespacesForbidden =
        Known<Dictionary<string, V1Namespace>>.Forbidden("Your account may not list namespaces.");

    [Fact]
    public void An_annotated_pod_is_managed_whatever_else_is_known()
    {
        V1Pod pod = Cluster.AppPod("reviews-v2-5c757d5846-ptd9c");
        MembershipVerdict m = MembershipRules.ForPod(pod, Namespaces);
        Assert.Equal(MeshState.Managed, m.State);
        Assert.Equal("managed", m.Word);
        Assert.Equal("annotated kmesh.net/redirection=enabled; namespace label istio.io/dataplane-mode=Kmesh", m.Detail);
        Assert.Equal(MeshState.Managed, MembershipRules.ForPod(pod, NamespacesForbidden).State);
    }

    [Fact]
    public void A_pod_its_namespace_enrolls_but_the_daemon_did_not_annotate_is_intended_not_managed()
    {
        MembershipVerdict m = MembershipRules.ForPod(Cluster.AppPod("ratings-v1-7c9bd4b87f-qwz5t", annotations: ""), Namespaces);
        Assert.Equal(MeshState.IntendedNotManaged, m.State);
        Assert.Equal("intended, not managed", m.Word);
        Assert.Equal("namespace label istio.io/dataplane-mode=Kmesh, but the daemon has not annotated it kmesh.net/redirection=enabled", m.Detail);
    }

    [Fact]
    public void Without_the_namespaces_only_the_pod_itself_can_decide()
    {
        MembershipVerdict unlabelled = MembershipRules.ForPod(Cluster.AppPod("ratings-v1-7c9bd4b87f-qwz5t", annotations: ""), NamespacesForbidden);
        Assert.Equal(MeshState.Unknown, unlabelled.State);
        Assert.Equal("namespace default labels not read: unknown (Your account may not list namespaces.)", unlabelled.Detail);

        MembershipVerdict ownLabel = MembershipRules.ForPod(Cluster.AppPod("dns-probe", "kube-system", "\"istio.io/dataplane-mode\":\"KMESH\"", annotations: ""), NamespacesForbidden);
        Assert.Equal(MeshState.IntendedNotManaged, ownLabel.State);

        MembershipVerdict optedOut = MembershipRules.ForPod(Cluster.AppPod("legacy", extraLabels: "\"istio.io/dataplane-mode\":\"none\"", annotations: ""), NamespacesForbidden);
        Assert.Equal(MeshState.NotEnrolled, optedOut.State);

        MembershipVerdict hostNetwork = MembershipRules.ForPod(Cluster.AppPod("node-exporter", annotations: "", extraSpec: ",\"hostNetwork\":true"), NamespacesForbidden);
        Assert.Equal(MeshState.NotEnrolled, hostNetwork.State);
        Assert.Equal("excluded: the pod uses the host network", hostNetwork.Detail);
    }

    [Fact]
    public void Opted_out_excluded_and_unlabelled_pods_are_not_enrolled()
    {
        Assert.Equal(MeshState.NotEnrolled, MembershipRules.ForPod(Cluster.AppPod("legacy", extraLabels: "\"istio.io/dataplane-mode\":\"none\"", annotations: ""), Namespaces).State);
        MembershipVerdict waypoint = MembershipRules.ForPod(Cluster.WaypointPod, Namespaces);
        Assert.Equal(MeshState.NotEnrolled, waypoint.State);
        Assert.Equal("excluded: the pod is an Istio-managed waypoint", waypoint.Detail);
        MembershipVerdict plain = MembershipRules.ForPod(Cluster.AppPod("coredns", "kube-system", annotations: ""), Namespaces);
        Assert.Equal("not enrolled", plain.Word);
        Assert.Equal(MeshState.NotEnrolled, MembershipRules.ForPod(new V1Pod(), Namespaces).State);
    }

    [Fact]
    public void A_namespace_counts_its_pods_and_names_the_unmanaged()
    {
        var pods = new List<V1Pod>
        {
            Cluster.AppPod("productpage-v1-d5789fdfb-4l8sm"),
            Cluster.AppPod("ratings-v1-7c9bd4b87f-qwz5t", annotations: ""),
            Cluster.AppPod("legacy", extraLabels: "\"istio.io/dataplane-mode\":\"none\"", annotations: ""),
            Cluster.AppPod("coredns", "kube-system", annotations: ""),
        };
        var byNamespace = Known<Dictionary<string, List<V1Pod>>>.Of(MembershipRules.ByNamespace(pods));
        MembershipVerdict ns = MembershipRules.ForNamespace(Cluster.DefaultNamespace, byNamespace);
        Assert.Equal(MeshState.IntendedNotManaged, ns.State);
        Assert.Equal("namespace label istio.io/dataplane-mode=Kmesh; 1 managed of 2 intended pods: 1 not managed", ns.Detail);

        pods.RemoveAt(1);
        MembershipVerdict healthy = MembershipRules.ForNamespace(Cluster.DefaultNamespace, Known<Dictionary<string, List<V1Pod>>>.Of(MembershipRules.ByNamespace(pods)));
        Assert.Equal(MeshState.Managed, healthy.State);
        Assert.Equal("namespace label istio.io/dataplane-mode=Kmesh; 1 managed of 1 intended pod", healthy.Detail);

        MembershipVerdict kubeSystem = MembershipRules.ForNamespace(Cluster.KubeSystem, byNamespace);
        Assert.Equal(MeshState.NotEnrolled, kubeSystem.State);
    }

    [Fact]
    public void A_labelled_namespace_whose_pods_are_unknown_or_absent_is_enrolled_and_says_which()
    {
        MembershipVerdict loading = MembershipRules.ForNamespace(Cluster.DefaultNamespace, Known<Dictionary<string, List<V1Pod>>>.Loading(Unknowns.Loading));
        Assert.Equal(MeshState.Enrolled, loading.State);
        Assert.Equal("namespace label istio.io/dataplane-mode=Kmesh; pods not read: unknown (still loading)", loading.Detail);

        MembershipVerdict empty = MembershipRules.ForNamespace(Cluster.DefaultNamespace, Known<Dictionary<string, List<V1Pod>>>.Of(new Dictionary<string, List<V1Pod>>()));
        Assert.Equal(MeshState.Enrolled, empty.State);
        Assert.Equal("namespace label istio.io/dataplane-mode=Kmesh; no pods to manage", empty.Detail);
    }

    [Fact]
    public void An_annotated_pod_whose_namespace_is_unknown_says_so_instead_of_calling_its_labels_stale()
    {
        MembershipVerdict m = MembershipRules.ForPod(Cluster.AppPod("reviews-v2-5c757d5846-ptd9c"), NamespacesForbidden);
        Assert.Equal(MeshState.Managed, m.State);
        Assert.Equal("annotated kmesh.net/redirection=enabled; namespace default labels not read: unknown (Your account may not list namespaces.)", m.Detail);
    }

    /// <summary>The column (and map) and the Pod page read one decision: the same pods get the same intent.</summary>
    [Fact]
    public void The_column_and_the_pod_section_agree_on_every_pod()
    {
        var pods = new[]
        {
            Cluster.AppPod("productpage-v1-d5789fdfb-4l8sm"),
            Cluster.AppPod("ratings-v1-7c9bd4b87f-qwz5t", annotations: ""),
            Cluster.AppPod("legacy", extraLabels: "\"istio.io/dataplane-mode\":\"none\"", annotations: ""),
            Cluster.AppPod("coredns", "kube-system", annotations: ""),
            Cluster.AppPod("node-exporter", annotations: "", extraSpec: ",\"hostNetwork\":true"),
            Cluster.WaypointPod,
        };
        foreach (Known<Dictionary<string, V1Namespace>> namespaces in new[] { Namespaces, NamespacesForbidden })
        {
            foreach (V1Pod pod in pods)
            {
                MembershipVerdict column = MembershipRules.ForPod(pod, namespaces);
                Known<V1Namespace> ns = namespaces.IsKnown ? Known<V1Namespace>.Of(namespaces.Value![pod.Metadata.NamespaceProperty]) : namespaces.As<V1Namespace>();
                PodMeshExplanation page = PodMesh.Explain(pod, ns, Known<V1Pod?>.Loading(Unknowns.Loading), Cluster.Now);
                MeshState expected = page.Managed ? MeshState.Managed
                    : page.Intended is null ? MeshState.Unknown
                    : page.Intended.Value ? MeshState.IntendedNotManaged
                    : MeshState.NotEnrolled;
                Assert.Equal(expected, column.State);
            }
        }
    }
}
