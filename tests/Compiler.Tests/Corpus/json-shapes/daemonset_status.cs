using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string Json = """
        {
          "apiVersion": "apps/v1",
          "kind": "DaemonSet",
          "metadata": {
            "name": "kmesh",
            "namespace": "kmesh-system",
            "generation": 4,
            "labels": { "app": "kmesh" },
            "annotations": { "deprecated.daemonset.template.generation": "4" }
          },
          "spec": {
            "selector": { "matchLabels": { "app": "kmesh" } },
            "updateStrategy": { "type": "RollingUpdate", "rollingUpdate": { "maxUnavailable": 1, "maxSurge": 0 } },
            "template": {
              "metadata": { "labels": { "app": "kmesh" }, "annotations": { "sidecar.istio.io/inject": "false" } },
              "spec": {
                "serviceAccountName": "kmesh",
                "containers": [
                  {
                    "name": "kmesh",
                    "image": "ghcr.io/kmesh-net/kmesh:v1.1.0",
                    "args": ["./start_kmesh.sh --mode=dual-engine --enable-bypass=false"],
                    "securityContext": { "privileged": true, "capabilities": { "add": ["all"] } },
                    "volumeMounts": [
                      { "name": "mnt", "mountPath": "/mnt" },
                      { "name": "sys-fs-bpf", "mountPath": "/sys/fs/bpf" }
                    ]
                  }
                ],
                "volumes": [
                  { "name": "mnt", "hostPath": { "path": "/mnt" } },
                  { "name": "sys-fs-bpf", "hostPath": { "path": "/sys/fs/bpf" } }
                ]
              }
            }
          },
          "status": {
            "currentNumberScheduled": 3,
            "desiredNumberScheduled": 3,
            "numberAvailable": 2,
            "numberMisscheduled": 0,
            "numberReady": 2,
            "numberUnavailable": 1,
            "observedGeneration": 4,
            "updatedNumberScheduled": 3
          }
        }
        """;

    public static void Main()
    {
        var ds = JsonShapes.Parse<V1DaemonSet>(Json);
        var s = ds.Status!;
        Console.WriteLine($"{ds.Metadata?.Name} ready {s.NumberReady}/{s.DesiredNumberScheduled} available={s.NumberAvailable} unavailable={s.NumberUnavailable ?? 0} updated={s.UpdatedNumberScheduled}");
        Console.WriteLine($"healthy={s.NumberReady == s.DesiredNumberScheduled} ratio={(double)s.NumberReady / s.DesiredNumberScheduled:P0}");
        Console.WriteLine("generation observed: " + (s.ObservedGeneration == ds.Metadata?.Generation));
        Console.WriteLine("selector " + string.Join(",", ds.Spec.Selector.MatchLabels.Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine("strategy " + ds.Spec.UpdateStrategy?.Type);
        var c = ds.Spec.Template.Spec.Containers.Single();
        Console.WriteLine($"{c.Name} privileged={c.SecurityContext?.Privileged} caps={string.Join(",", c.SecurityContext?.Capabilities?.Add ?? new string[0])}");
        Console.WriteLine("mounts " + string.Join(" ", c.VolumeMounts!.Select(m => m.MountPath)));
        Console.WriteLine("host paths " + string.Join(" ", ds.Spec.Template.Spec.Volumes!.Select(v => v.HostPath?.Path)));
        Console.WriteLine("template inject=" + ds.Spec.Template.Metadata?.Annotations?["sidecar.istio.io/inject"]);
    }
}
