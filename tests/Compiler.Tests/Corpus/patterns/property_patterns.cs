using System;

public static class Program
{
    sealed class Meta { public string? Namespace { get; init; } public string Name { get; init; } = ""; }
    sealed class Pod
    {
        public Meta Metadata { get; init; } = new();
        public string Phase { get; init; } = "Pending";
        public int Restarts { get; init; }
        public string? Node { get; init; }
    }

    static string Triage(Pod p) => p switch
    {
        { Phase: "Failed" } => "failed",
        { Restarts: > 5, Phase: "Running" } => "flapping",
        { Node: null } => "unscheduled",
        { Metadata.Namespace: "kube-system" or "kmesh-system" } => "system",
        { Metadata: { Name: var n } } when n.StartsWith("test-") => "test pod",
        _ => "healthy",
    };

    public static void Main()
    {
        var pods = new[]
        {
            new Pod { Phase = "Failed", Node = "n1" },
            new Pod { Phase = "Running", Restarts = 9, Node = "n1" },
            new Pod { Phase = "Pending" },
            new Pod { Phase = "Running", Node = "n2", Metadata = new Meta { Namespace = "kmesh-system", Name = "kmesh-x" } },
            new Pod { Phase = "Running", Node = "n2", Metadata = new Meta { Namespace = "default", Name = "test-abc" } },
            new Pod { Phase = "Running", Node = "n3", Metadata = new Meta { Namespace = "default", Name = "web" } },
        };
        foreach (var p in pods)
            Console.WriteLine(Triage(p));
        var first = pods[3];
        if (first is { Metadata.Namespace: { Length: > 5 } ns })
            Console.WriteLine("namespace " + ns);
    }
}
