using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string PodJson = """
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "reviews-v2-5b667bcbf8-x7t9k", "namespace": "default" },
          "spec": { "containers": [ { "name": "reviews", "image": "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1" } ] },
          "status": {
            "phase": "Running",
            "hostIP": "172.18.0.3",
            "podIP": "10.244.1.12",
            "podIPs": [ { "ip": "10.244.1.12" } ],
            "qosClass": "BestEffort",
            "conditions": [
              { "type": "PodReadyToStartContainers", "status": "True", "lastTransitionTime": "2025-12-03T09:20:11Z" },
              { "type": "Initialized", "status": "True", "lastTransitionTime": "2025-12-03T09:20:05Z" },
              { "type": "Ready", "status": "False", "reason": "ContainersNotReady", "message": "containers with unready status: [reviews]", "lastTransitionTime": "2025-12-03T09:31:40Z" },
              { "type": "ContainersReady", "status": "False", "reason": "ContainersNotReady", "lastTransitionTime": "2025-12-03T09:31:40Z" },
              { "type": "PodScheduled", "status": "True", "lastTransitionTime": "2025-12-03T09:20:04Z" }
            ],
            "containerStatuses": [
              {
                "name": "reviews",
                "ready": false,
                "restartCount": 7,
                "started": true,
                "image": "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1",
                "imageID": "docker.io/istio/examples-bookinfo-reviews-v2@sha256:4a5b",
                "containerID": "containerd://8f2c",
                "state": { "waiting": { "reason": "CrashLoopBackOff", "message": "back-off 5m0s restarting failed container" } },
                "lastState": { "terminated": { "exitCode": 137, "reason": "OOMKilled", "startedAt": "2025-12-03T09:30:01Z", "finishedAt": "2025-12-03T09:31:39Z" } }
              }
            ]
          }
        }
        """;

    public static void Main()
    {
        var pod = JsonShapes.Parse<V1Pod>(PodJson);
        var status = pod.Status;
        Console.WriteLine($"{pod.Metadata?.Name}: {status?.Phase} ip={status?.PodIP} host={status?.HostIP} qos={status?.QosClass}");
        Console.WriteLine(string.Join(",", status?.PodIPs?.Select(p => p.Ip) ?? new string[0]));
        foreach (var c in status?.Conditions ?? new V1PodCondition[0])
            Console.WriteLine($"  {c.Type,-26} {c.Status,-5} {c.Reason ?? "-"}");
        var ready = status?.Conditions?.FirstOrDefault(c => c.Type == "Ready");
        Console.WriteLine("ready: " + (ready?.Status == "True") + " because " + ready?.Message);
        var failing = status?.Conditions?.Where(c => c.Status != "True").Select(c => c.Type).ToList();
        Console.WriteLine(failing?.Count + " failing: " + string.Join("+", failing!));
        var cs = status!.ContainerStatuses![0];
        Console.WriteLine($"{cs.Name} ready={cs.Ready} restarts={cs.RestartCount} started={cs.Started}");
        Console.WriteLine("waiting: " + cs.State?.Waiting?.Reason + " / running: " + (cs.State?.Running == null ? "no" : "yes"));
        Console.WriteLine("last: " + cs.LastState?.Terminated?.Reason + " exit " + cs.LastState?.Terminated?.ExitCode);
        var totalRestarts = status.ContainerStatuses.Sum(s => s.RestartCount);
        Console.WriteLine(totalRestarts > 5 ? "flapping" : "stable");
    }
}
