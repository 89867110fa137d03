using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeObjects;

internal static class DaemonSetObjects
{
    public static V1DaemonSet Kmesh(ClusterModel model, string uid, string resourceVersion)
    {
        var daemons = model.Daemons;
        var ready = daemons.Count(d => d.Health == DaemonHealth.Running);
        var updated = daemons.Count(d => d.ImageTag == ClusterParts.CurrentKmeshTag);
        var template = PodObjects.Daemon(model, daemons[0], model.Nodes.First(n => n.Name == daemons[0].NodeName), uid, "1");
        var container = template.Spec.Containers[0];
        container.Image = $"{ClusterParts.DaemonImageRepository}:{ClusterParts.CurrentKmeshTag}";
        return new V1DaemonSet
        {
            Metadata = new V1ObjectMeta
            {
                Name = "kmesh",
                NamespaceProperty = ClusterParts.KmeshNamespace,
                Uid = uid,
                ResourceVersion = resourceVersion,
                Generation = 2,
                CreationTimestamp = daemons.Min(d => d.Started) - System.TimeSpan.FromSeconds(1),
                Labels = new Dictionary<string, string> { ["app"] = "kmesh", ["app.kubernetes.io/managed-by"] = "Helm" },
                Annotations = new Dictionary<string, string> { ["deprecated.daemonset.template.generation"] = "2", ["meta.helm.sh/release-name"] = "kmesh", ["meta.helm.sh/release-namespace"] = ClusterParts.KmeshNamespace },
            },
            Spec = new V1DaemonSetSpec
            {
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "kmesh" } },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta
                    {
                        Labels = new Dictionary<string, string> { ["app"] = "kmesh" },
                        Annotations = template.Metadata.Annotations,
                    },
                    Spec = new V1PodSpec
                    {
                        ServiceAccountName = "kmesh",
                        PriorityClassName = "system-node-critical",
                        RestartPolicy = "Always",
                        DnsPolicy = "ClusterFirst",
                        SchedulerName = "default-scheduler",
                        TerminationGracePeriodSeconds = 30,
                        Containers = new List<V1Container> { container },
                        Tolerations = template.Spec.Tolerations,
                    },
                },
                UpdateStrategy = new V1DaemonSetUpdateStrategy
                {
                    Type = "RollingUpdate",
                    RollingUpdate = new V1RollingUpdateDaemonSet { MaxSurge = 0, MaxUnavailable = 1 },
                },
                RevisionHistoryLimit = 10,
            },
            Status = new V1DaemonSetStatus
            {
                CurrentNumberScheduled = daemons.Count,
                DesiredNumberScheduled = model.Nodes.Count,
                NumberAvailable = ready,
                NumberReady = ready,
                NumberUnavailable = daemons.Count - ready == 0 ? null : daemons.Count - ready,
                NumberMisscheduled = 0,
                UpdatedNumberScheduled = updated,
                ObservedGeneration = 2,
            },
        };
    }
}
