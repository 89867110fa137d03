using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("apple" == "apple");
        Console.WriteLine("Apple" == "apple");
        Console.WriteLine(string.Equals("Apple", "apple", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Kmesh".Equals("kmesh", StringComparison.Ordinal));
        Console.WriteLine(Math.Sign(string.CompareOrdinal("a", "b")));
        Console.WriteLine(Math.Sign(string.CompareOrdinal("b", "a")));
        Console.WriteLine(Math.Sign(string.CompareOrdinal("B", "a")));
        Console.WriteLine(Math.Sign(string.CompareOrdinal("abc", "ab")));
        Console.WriteLine(string.CompareOrdinal("same", "same"));
        Console.WriteLine(Math.Sign(string.Compare("Zeta", "alpha", StringComparison.Ordinal)));
        Console.WriteLine(Math.Sign(string.Compare("Zeta", "alpha", StringComparison.OrdinalIgnoreCase)));
        Console.WriteLine("node-10".StartsWith("node", StringComparison.Ordinal));
        Console.WriteLine("NODE-10".StartsWith("node", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("pod.yaml".EndsWith(".yaml", StringComparison.Ordinal));
        Console.WriteLine("Hello World".Contains("World"));
        Console.WriteLine("Hello World".Contains("world", StringComparison.OrdinalIgnoreCase));
        string? nothing = null;
        Console.WriteLine(nothing == null);
        Console.WriteLine("a" != nothing);
        string[] words = { "beta", "Alpha", "alpha", "Beta", "_x", "10", "9" };
        Array.Sort(words, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", words));
        Array.Sort(words, string.CompareOrdinal);
        Console.WriteLine(string.Join(" ", words));
    }
}
