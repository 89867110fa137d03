using k8s.Models;
using Kmesh.Model.Rules;
using Xunit;

namespace Kmesh.Tests.Rules;

public class EnrollmentTests
{
    [Fact]
    public void Namespace_label_enrolls_case_insensitively_and_annotation_shows_it_is_managed()
    {
        Enrollment e = EnrollmentRules.Evaluate(Cluster.AppPod("reviews-v2-5c757d5846-ptd9c"), Cluster.DefaultNamespace);
        Assert.True(e.Intended);
        Assert.True(e.Actual);
        Assert.False(e.Mismatch);
        Assert.Equal(EnrollmentSource.NamespaceLabel, e.Source);
        Assert.Equal("namespace label istio.io/dataplane-mode=Kmesh", e.Reason);
    }

    [Fact]
    public void Pod_label_enrolls_even_in_an_unlabelled_namespace()
    {
        V1Pod pod = Cluster.AppPod("dns-probe", "kube-system", "\"istio.io/dataplane-mode\":\"KMESH\"", annotations: "");
        Enrollment e = EnrollmentRules.Evaluate(pod, Cluster.KubeSystem);
        Assert.True(e.Intended);
        Assert.False(e.Actual);
        Assert.True(e.Mismatch);
        Assert.Equal(EnrollmentSource.PodLabel, e.Source);
    }

    [Fact]
    public void Pod_label_none_opts_out_but_only_in_lower_case()
    {
        Enrollment optedOut = EnrollmentRules.Evaluate(Cluster.AppPod("legacy", extraLabels: "\"istio.io/dataplane-mode\":\"none\"", annotations: ""), Cluster.DefaultNamespace);
        Assert.False(optedOut.Intended);
        Assert.False(optedOut.Mismatch);
        Assert.Equal("opted out by pod label istio.io/dataplane-mode=none", optedOut.Reason);

        Enrollment capitalNone = EnrollmentRules.Evaluate(Cluster.AppPod("legacy", extraLabels: "\"istio.io/dataplane-mode\":\"None\""), Cluster.DefaultNamespace);
        Assert.True(capitalNone.Intended);
        Assert.Equal(EnrollmentSource.NamespaceLabel, capitalNone.Source);
    }

    [Fact]
    public void Another_pod_mode_still_falls_back_to_the_namespace()
    {
        Enrollment e = EnrollmentRules.Evaluate(Cluster.AppPod("p", extraLabels: "\"istio.io/dataplane-mode\":\"ambient\""), Cluster.DefaultNamespace);
        Assert.True(e.Intended);
        Assert.Equal(EnrollmentSource.NamespaceLabel, e.Source);
    }

    [Fact]
    public void Sidecar_hostNetwork_and_waypoint_pods_are_excluded()
    {
        V1Pod sidecar = Cluster.AppPod("with-sidecar", annotations: "\"sidecar.istio.io/status\":\"{\\\"containers\\\":[\\\"istio-proxy\\\"]}\"");
        Enrollment e1 = EnrollmentRules.Evaluate(sidecar, Cluster.DefaultNamespace);
        Assert.False(e1.Intended);
        Assert.Equal("the pod has an Istio sidecar", e1.Exclusion);

        V1Pod proxyContainerOnly = Cluster.AppPod("gateway-like", extraSpec: ",\"initContainers\":[{\"name\":\"istio-proxy\",\"image\":\"istio/proxyv2\"}]");
        Assert.Null(EnrollmentRules.Evaluate(proxyContainerOnly, Cluster.DefaultNamespace).Exclusion);

        V1Pod hostNetwork = Cluster.AppPod("node-exporter", extraSpec: ",\"hostNetwork\":true");
        Enrollment e2 = EnrollmentRules.Evaluate(hostNetwork, Cluster.DefaultNamespace);
        Assert.False(e2.Intended);
        Assert.True(e2.Mismatch);
        Assert.Equal("excluded: the pod uses the host network", e2.Reason);

        Enrollment e3 = EnrollmentRules.Evaluate(Cluster.WaypointPod, Cluster.DefaultNamespace);
        Assert.Equal("the pod is an Istio-managed waypoint", e3.Exclusion);
        Assert.False(e3.Mismatch);
    }

    [Fact]
    public void A_pod_with_no_metadata_or_namespace_is_simply_not_enrolled()
    {
        Enrollment e = EnrollmentRules.Evaluate(new V1Pod(), null);
        Assert.False(e.Intended);
        Assert.False(e.Actual);
        Assert.Null(e.Exclusion);
    }
}
