using System;

public static class Program
{
    record Empty;
    record Pod(string Name, int Restarts, bool Ready);
    record Resource(string Kind, double Cpu, string? Owner);
    record Wrapper(Pod Inner, string Note);
    record WithBody(string Name)
    {
        public int Length => Name.Length;
        public string Secret { get; init; } = "s";
    }

    public static void Main()
    {
        Console.WriteLine(new Empty());
        Console.WriteLine(new Pod("web-1", 3, true));
        Console.WriteLine(new Resource("Node", 2.5, null));
        Console.WriteLine(new Resource("Pod", 0.1, "rs-1"));
        Console.WriteLine(new Wrapper(new Pod("db", 0, false), "nested"));
        Console.WriteLine(new WithBody("abc"));
        Console.WriteLine($"interpolated: {new Pod("x", 1, false)}");
        Console.WriteLine("concat: " + new Empty());
    }
}
