using System;

public static class Program
{
    sealed class Pod
    {
        public string? Name { get; set; }
        public string? Node { get; set; }
        public int? Restarts { get; set; }
    }

    public static void Main()
    {
        string? missing = null;
        object? nothing = null;
        int? noValue = null;
        Console.WriteLine($"[{missing}]");
        Console.WriteLine($"[{nothing}]");
        Console.WriteLine($"[{noValue}]");
        Console.WriteLine($"[{noValue,4}]");
        Console.WriteLine("[" + missing + "]");
        Console.WriteLine("[" + noValue + "]");
        Console.WriteLine(string.Concat("a", missing, "b"));
        var pod = new Pod { Name = "web" };
        Console.WriteLine($"{pod.Name} on {pod.Node} restarts {pod.Restarts}");
        Console.WriteLine($"{pod.Node ?? "<pending>"} {pod.Restarts ?? 0}");
        Console.WriteLine($"{pod.Node?.Length}");
        Console.WriteLine(string.Format("[{0}] [{1}]", missing, noValue));
        Console.WriteLine(string.Join(",", new string?[] { "a", null, "c" }));
    }
}
