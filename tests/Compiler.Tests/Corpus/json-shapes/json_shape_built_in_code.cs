using System;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;

public static class Program
{
    static V1Pod MakePod(string name, string node, bool ready, params string[] args) => new V1Pod
    {
        Metadata = new V1ObjectMeta
        {
            Name = name,
            NamespaceProperty = "kmesh-system",
            Labels = new Dictionary<string, string> { ["app"] = "kmesh", ["node"] = node },
        },
        Spec = new V1PodSpec
        {
            NodeName = node,
            Containers = new List<V1Container> { new V1Container { Name = "kmesh", Args = args.ToList() } },
        },
        Status = new V1PodStatus
        {
            Phase = ready ? "Running" : "Pending",
            Conditions = new List<V1PodCondition> { new V1PodCondition { Type = "Ready", Status = ready ? "True" : "False" } },
        },
    };

    static bool IsReady(V1Pod pod) => pod.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true;

    public static void Main()
    {
        var pods = new List<V1Pod>
        {
            MakePod("kmesh-1", "node-a", true, "--mode=dual-engine"),
            MakePod("kmesh-2", "node-b", false),
            MakePod("kmesh-3", "node-c", true, "--mode=kernel-native", "--v=4"),
        };
        foreach (var p in pods)
            Console.WriteLine($"{p.Metadata.Name} on {p.Metadata.Labels["node"]} phase={p.Status.Phase} ready={IsReady(p)} args={string.Join(" ", p.Spec.Containers[0].Args)}");
        Console.WriteLine(pods.Count(IsReady) + "/" + pods.Count);
        var relabeled = pods[1];
        relabeled.Metadata.Labels["node"] = "node-z";
        Console.WriteLine(relabeled.Metadata.Labels["node"] + " " + relabeled.Metadata.Labels.Count);
        Console.WriteLine(pods[0].Metadata.Annotations == null);
    }
}
