using System;

public static class Program
{
    public static void Main()
    {
        string labels = "app=kmesh,tier=dataplane,,version=1";
        string[] parts = labels.Split(',');
        Console.WriteLine(parts.Length);
        foreach (var p in parts)
            Console.WriteLine($"[{p}]");
        string[] nonEmpty = labels.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(nonEmpty.Length);
        foreach (var p in nonEmpty)
        {
            var kv = p.Split('=', 2);
            Console.WriteLine(kv[0] + " -> " + kv[1]);
        }
        string path = "/api/v1/namespaces/kmesh-system/pods";
        Console.WriteLine(string.Join(" | ", path.Split('/')));
        Console.WriteLine(string.Join("+", "a::b::c".Split("::")));
        Console.WriteLine(string.Join(",", "  x  y ".Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Console.WriteLine(string.Join(";", "one two\tthree".Split(new[] { ' ', '\t' })));
        Console.WriteLine(string.Join("-", new[] { "only" }));
        Console.WriteLine(string.Join("-", new string[0]).Length);
        Console.WriteLine("a,b,c".Split(',', 2)[1]);
    }
}
