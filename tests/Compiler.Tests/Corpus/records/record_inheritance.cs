using System;

public static class Program
{
    abstract record Workload(string Name, string Namespace)
    {
        public abstract string Kind { get; }
        public string Id => $"{Kind}/{Namespace}/{Name}";
    }

    record Deployment(string Name, string Namespace, int Replicas) : Workload(Name, Namespace)
    {
        public override string Kind => "Deployment";
    }

    record DaemonSet(string Name, string Namespace) : Workload(Name, Namespace)
    {
        public override string Kind => "DaemonSet";
    }

    public static void Main()
    {
        Workload d = new Deployment("web", "default", 3);
        Workload ds = new DaemonSet("kmesh", "kmesh-system");
        Console.WriteLine(d);
        Console.WriteLine(ds);
        Console.WriteLine(d.Id + " " + ds.Id);
        Console.WriteLine(d == new Deployment("web", "default", 3));
        Console.WriteLine(d == new Deployment("web", "default", 4));
        var scaled = (Deployment)d with { Replicas = 5 };
        Console.WriteLine(scaled);
        Console.WriteLine(d is Deployment { Replicas: > 2 });
    }
}
