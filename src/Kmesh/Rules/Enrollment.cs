using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Text;

namespace Kmesh.Model.Rules;

public enum EnrollmentSource { None, PodLabel, NamespaceLabel }

/// <summary>Whether Kmesh should manage a pod (<see cref="Intended"/>, from labels exactly as the daemon decides)
/// and whether it does (<see cref="Actual"/>, from the <c>kmesh.net/redirection: enabled</c> annotation the daemon
/// writes on every pod it manages).</summary>
public sealed record Enrollment(bool Intended, bool Actual, EnrollmentSource Source, string? Exclusion, string Reason)
{
    public bool Mismatch => Intended != Actual;
}

public static class EnrollmentRules
{
    /// <summary>The daemon's ShouldEnroll: exclusions first (sidecar, hostNetwork, Istio-managed waypoint), then the
    /// pod's own <c>istio.io/dataplane-mode</c> equal to <c>kmesh</c> ignoring case, then the namespace's unless the
    /// pod's label is exactly <c>none</c>.</summary>
    public static Enrollment Evaluate(V1Pod pod, V1Namespace? ns)
    {
        bool actual = IsManaged(pod);
        string? exclusion = Exclusion(pod);
        IDictionary<string, string>? podLabels = pod.Metadata?.Labels;
        string? podMode = Meta.Value(podLabels, Meta.DataplaneModeLabel);
        string? nsMode = Meta.Value(ns?.Metadata?.Labels, Meta.DataplaneModeLabel);
        bool intended;
        EnrollmentSource source = EnrollmentSource.None;
        string reason;
        if (exclusion is not null)
        {
            intended = false;
            reason = Say.T("excluded: {{exclusion}}", "exclusion", exclusion);
        }
        else if (Meta.EqualsIgnoreCase(podMode, Meta.KmeshMode))
        {
            intended = true;
            source = EnrollmentSource.PodLabel;
            reason = Say.T("pod label {{dataplaneModeLabel}}={{podMode}}", "dataplaneModeLabel", Meta.DataplaneModeLabel, "podMode", podMode);
        }
        else if (Meta.EqualsIgnoreCase(nsMode, Meta.KmeshMode) && podMode != Meta.NoneMode)
        {
            intended = true;
            source = EnrollmentSource.NamespaceLabel;
            reason = Say.T("namespace label {{dataplaneModeLabel}}={{nsMode}}", "dataplaneModeLabel", Meta.DataplaneModeLabel, "nsMode", nsMode);
        }
        else if (Meta.EqualsIgnoreCase(nsMode, Meta.KmeshMode))
        {
            intended = false;
            reason = Say.T("opted out by pod label {{dataplaneModeLabel}}=none", "dataplaneModeLabel", Meta.DataplaneModeLabel);
        }
        else
        {
            intended = false;
            reason = Say.T("no istio.io/dataplane-mode=kmesh label on the pod or its namespace");
        }
        return new Enrollment(intended, actual, source, exclusion, reason);
    }

    /// <summary>Why a pod that should be managed is not: the pod is not running yet, no daemon serves its node, that
    /// daemon is not ready, or (when it is) it has not annotated the pod. <paramref name="daemonsByNode"/> is null
    /// when the daemons could not be read.</summary>
    public static string WhyNotManaged(V1Pod pod, Enrollment enrollment, Dictionary<string, DaemonStatus>? daemonsByNode)
    {
        string node = pod.Spec?.NodeName ?? "";
        string phase = pod.Status?.Phase ?? "";
        if (node.Length == 0) return Say.T("not managed: the pod is not scheduled to a node yet");
        if (phase == "Pending") return Say.T("not managed: the pod is still pending on node {{node}}", "node", node);
        if (phase == "Succeeded" || phase == "Failed") return Say.T("not managed: the pod has finished ({{phase}})", "phase", phase);
        if (daemonsByNode is null) return Say.T("not managed; the Kmesh daemon on node {{node}} could not be read to tell why", "node", node);
        if (!daemonsByNode.TryGetValue(node, out DaemonStatus? daemon)) return Say.T("not managed: no Kmesh daemon runs on its node {{node}}", "node", node);
        if (!daemon.Ready) return Say.T("not managed: the Kmesh daemon on its node {{node}} is not ready ({{reason}})", "node", node, "reason", daemon.Health.Reason);
        return Say.T("not managed: the Kmesh daemon on node {{node}} is ready but has not annotated the pod {{redirectionText}} (it should, by {{reason}})", "node", node, "redirectionText", RedirectionText, "reason", enrollment.Reason);
    }

    private const string RedirectionText = Meta.RedirectionAnnotation + "=enabled";

    /// <summary>True when the daemon has annotated the pod <c>kmesh.net/redirection: enabled</c>.</summary>
    public static bool IsManaged(V1Pod pod) => Meta.Value(pod.Metadata?.Annotations, Meta.RedirectionAnnotation) == "enabled";

    /// <summary>Why Kmesh never manages this pod, or null.</summary>
    public static string? Exclusion(V1Pod pod)
    {
        if (HasSidecar(pod)) return Say.T("the pod has an Istio sidecar");
        if (pod.Spec?.HostNetwork == true) return Say.T("the pod uses the host network");
        if (Meta.EqualsIgnoreCase(Meta.Value(pod.Metadata?.Labels, Meta.ManagedGatewayLabel), Meta.ManagedGatewayValue))
        {
            return Say.T("the pod is an Istio-managed waypoint");
        }
        return null;
    }

    /// <summary>Kmesh's (and Istio's) PodHasSidecar: the injector's <c>sidecar.istio.io/status</c> annotation. A
    /// container named istio-proxy alone is not a sidecar: waypoint pods run one too.</summary>
    public static bool HasSidecar(V1Pod pod) => Meta.Value(pod.Metadata?.Annotations, Meta.SidecarStatusAnnotation) is not null;

    public static bool NamespaceEnrolled(V1Namespace ns)
        => Meta.EqualsIgnoreCase(Meta.Value(ns.Metadata?.Labels, Meta.DataplaneModeLabel), Meta.KmeshMode);
}
