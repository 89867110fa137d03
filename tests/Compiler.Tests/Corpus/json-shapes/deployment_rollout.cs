using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string Json = """
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": {
            "name": "reviews-v2",
            "namespace": "bookinfo",
            "generation": 7,
            "labels": { "app": "reviews", "version": "v2" },
            "annotations": { "deployment.kubernetes.io/revision": "5" }
          },
          "spec": {
            "replicas": 4,
            "selector": { "matchLabels": { "app": "reviews", "version": "v2" } },
            "strategy": { "type": "RollingUpdate", "rollingUpdate": { "maxSurge": "25%", "maxUnavailable": "25%" } },
            "template": {
              "metadata": { "labels": { "app": "reviews", "version": "v2" } },
              "spec": { "containers": [ { "name": "reviews", "image": "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1", "ports": [ { "containerPort": 9080 } ] } ] }
            }
          },
          "status": {
            "observedGeneration": 6,
            "replicas": 5,
            "updatedReplicas": 2,
            "readyReplicas": 3,
            "availableReplicas": 3,
            "unavailableReplicas": 2,
            "conditions": [
              { "type": "Available", "status": "True", "reason": "MinimumReplicasAvailable", "message": "Deployment has minimum availability.", "lastUpdateTime": "2025-12-03T09:40:00Z", "lastTransitionTime": "2025-12-03T09:40:00Z" },
              { "type": "Progressing", "status": "True", "reason": "ReplicaSetUpdated", "message": "ReplicaSet \"reviews-v2-5b667bcbf8\" is progressing.", "lastUpdateTime": "2025-12-03T10:02:13Z", "lastTransitionTime": "2025-12-03T09:31:02Z" }
            ]
          }
        }
        """;

    static string Rollout(V1Deployment d)
    {
        var desired = d.Spec?.Replicas ?? 1;
        var status = d.Status;
        if (status == null)
            return "unknown";
        if (status.ObservedGeneration < d.Metadata?.Generation)
            return "waiting for controller";
        if ((status.UpdatedReplicas ?? 0) < desired)
            return $"updating {status.UpdatedReplicas ?? 0}/{desired}";
        if ((status.AvailableReplicas ?? 0) < desired)
            return "waiting for availability";
        return "complete";
    }

    public static void Main()
    {
        var d = JsonShapes.Parse<V1Deployment>(Json);
        var s = d.Status!;
        Console.WriteLine($"{d.Metadata?.NamespaceProperty}/{d.Metadata?.Name} desired={d.Spec?.Replicas} current={s.Replicas} ready={s.ReadyReplicas} updated={s.UpdatedReplicas} unavailable={s.UnavailableReplicas}");
        Console.WriteLine("revision " + d.Metadata?.Annotations?["deployment.kubernetes.io/revision"]);
        Console.WriteLine("rollout: " + Rollout(d));
        Console.WriteLine("strategy " + d.Spec?.Strategy?.Type + " surge=" + d.Spec?.Strategy?.RollingUpdate?.MaxSurge + " unavailable=" + d.Spec?.Strategy?.RollingUpdate?.MaxUnavailable);
        foreach (var c in s.Conditions ?? new V1DeploymentCondition[0])
            Console.WriteLine($"  {c.Type}: {c.Status} {c.Reason} - {c.Message}");
        var selector = string.Join(",", d.Spec!.Selector.MatchLabels.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        Console.WriteLine("selector " + selector);
        var port = d.Spec.Template.Spec.Containers[0].Ports?.FirstOrDefault()?.ContainerPort;
        Console.WriteLine("port " + port);
        d.Status!.ObservedGeneration = 7;
        d.Status.UpdatedReplicas = 4;
        Console.WriteLine("after update: " + Rollout(d));
        d.Status.AvailableReplicas = 4;
        Console.WriteLine("after available: " + Rollout(d));
    }
}
