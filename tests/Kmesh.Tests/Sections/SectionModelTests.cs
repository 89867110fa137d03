using System.Collections.Generic;
using System.Linq;
using System.Text;
using Kmesh.Tests.Compiled;
using Xunit;

namespace Kmesh.Tests.Sections;

/// <summary>The details-page sections' model, natively: each case's canonical text pins the rule it is about. The
/// same cases run compiled under Jint in <see cref="CompiledLegTests"/>.</summary>
public class SectionModelTests
{
    private static string Run(string name)
    {
        DriverCase c = SectionCases.All().Single(x => x.Name.EndsWith(": " + name));
        var output = new StringBuilder();
        ModelDriver.Run(new List<DriverCase> { c }, line => output.Append(line).Append('\n'));
        return output.ToString();
    }

    [Fact]
    public void An_enrolled_pod_on_a_crash_looping_node_is_explained_by_its_daemon()
    {
        string text = Run("pod enrolled, not managed, its daemon crash-looping");
        Assert.Contains("verdict IntendedNotManaged; intended True; managed False", text);
        Assert.Contains("decider: namespace label istio.io/dataplane-mode=Kmesh", text);
        Assert.Contains("why: not managed: the Kmesh daemon on its node kmesh-worker is not ready (container kmesh is in CrashLoopBackOff (14 restarts): back-off 5m0s restarting failed container=kmesh)", text);
        Assert.Contains("daemon: False CrashLoop Red", text);
    }

    [Fact]
    public void A_ready_daemon_that_did_not_annotate_is_named_as_the_reason()
    {
        Assert.Contains("why: not managed: the Kmesh daemon on node kmesh-worker is ready but has not annotated the pod kmesh.net/redirection=enabled (it should, by namespace label istio.io/dataplane-mode=Kmesh)",
            Run("pod enrolled, not managed, its daemon ready"));
        Assert.Contains("why: not managed: no Kmesh daemon runs on its node kmesh-worker", Run("pod enrolled, not managed, no daemon on its node"));
        Assert.Contains("why: not managed: the pod is still pending on node kmesh-worker", Run("pod enrolled, not managed, still pending"));
    }

    [Fact]
    public void An_unreadable_daemon_is_said_with_its_reason_not_guessed()
    {
        string text = Run("pod enrolled, not managed, daemon list forbidden");
        Assert.Contains("why: not managed; the Kmesh daemon on node kmesh-worker could not be read to tell why (your account may not get it (forbidden))", text);
        Assert.Contains("daemon: -", text);
    }

    [Fact]
    public void The_namespace_label_unread_leaves_intent_unknown_unless_the_pod_decides()
    {
        string unknown = Run("pod without label, namespace forbidden");
        Assert.Contains("verdict Unknown; intended unknown; managed True", unknown);
        Assert.Contains("decider: the namespace's istio.io/dataplane-mode label decides, and the namespace could not be read: your account may not get it (forbidden)", unknown);

        string optedOut = Run("pod opted out, namespace forbidden");
        Assert.Contains("verdict NotInMesh; intended False; managed False", optedOut);
        Assert.Contains("decider: opted out by pod label istio.io/dataplane-mode=none", optedOut);

        Assert.Contains("verdict Unknown; intended unknown; managed False", Run("pod without label, namespace still loading"));
    }

    [Fact]
    public void Managed_pods_that_should_not_be_and_degraded_managed_pods_are_flagged()
    {
        string hostNetwork = Run("pod on the host network yet annotated");
        Assert.Contains("verdict ManagedNotIntended; intended False; managed True", hostNetwork);
        Assert.Contains("although it is excluded (the pod uses the host network)", hostNetwork);

        string leftover = Run("pod in an unlabelled namespace, annotated anyway");
        Assert.Contains("although no istio.io/dataplane-mode=kmesh label on the pod or its namespace", leftover);

        string degraded = Run("pod managed while its daemon crash-loops");
        Assert.Contains("verdict Managed; intended True; managed True", degraded);
        Assert.Contains("caveat: the Kmesh daemon on its node kmesh-worker is not ready (container kmesh is in CrashLoopBackOff", degraded);
        Assert.Contains("caveat: -", Run("pod enrolled by its namespace and managed"));
    }

    [Fact]
    public void Exclusions_and_the_waypoint_label_are_named()
    {
        Assert.Contains("exclusion: the pod has an Istio sidecar", Run("pod with an Istio sidecar"));
        Assert.Contains("exclusion: the pod is an Istio-managed waypoint", Run("waypoint pod"));
        Assert.Contains("use-waypoint: waypoint (namespace label)", Run("pod enrolled by its namespace and managed"));
        string own = Run("pod label KMESH in an unlabelled namespace, own waypoint");
        Assert.Contains("use-waypoint: probe-wp (own label)", own);
        Assert.Contains("decider: pod label istio.io/dataplane-mode=KMESH", own);
    }

    [Fact]
    public void A_namespace_counts_intent_and_state_and_lists_each_mismatch_with_its_reason()
    {
        string text = Run("namespace enrolled with mismatches and a programmed waypoint");
        Assert.Contains("label Kmesh; enrolled True; pods 5, intended 3, managed 2", text);
        string[] mismatches = text.Split('\n').Where(l => l.StartsWith("mismatch ")).ToArray();
        Assert.Equal(new[]
        {
            "mismatch node-exporter on kmesh-worker: intended False, managed True; managed although excluded: the pod uses the host network",
            "mismatch ratings-v1-7c9bd4b87f-qwz5t on kmesh-worker2: intended True, managed False; not managed: the Kmesh daemon on its node kmesh-worker2 is not ready (container kmesh is in CrashLoopBackOff (14 restarts): back-off 5m0s restarting failed container=kmesh)",
            "mismatch reviews-v3-84779c7bbc-bp9xj on kmesh-worker: intended True, managed False; not managed: the pod is still pending on node kmesh-worker",
        }, mismatches);
        Assert.Contains("waypoint waypoint: found True; Green: Programmed", text);
    }

    [Fact]
    public void A_namespace_label_other_than_kmesh_and_a_missing_waypoint_are_said_plainly()
    {
        string unlabelled = Run("namespace unlabelled, daemons unreadable, waypoint missing");
        Assert.Contains("effect: no label: only pods labelled istio.io/dataplane-mode=kmesh themselves are meant to be in the mesh", unlabelled);
        Assert.Contains("mismatch dns-probe on kmesh-worker: intended True, managed False; not managed; the Kmesh daemon on node kmesh-worker could not be read to tell why", unlabelled);
        Assert.Contains("waypoint gone: found False; Red: no Gateway kube-system/gone exists", unlabelled);

        string ambient = Run("namespace labelled ambient, no pods, gateway of another class");
        Assert.Contains("label ambient; enrolled False; pods 0, intended 0, managed 0", ambient);
        Assert.Contains("the label is \"ambient\", not kmesh", ambient);
        Assert.Contains("Red: Gateway istio-apps/east-west is not a waypoint", ambient);
    }
}
