using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Node
    {
        public Node(string name, int pods) { Name = name; Pods = pods; }
        public string Name { get; }
        public int Pods { get; }
    }

    public static void Main()
    {
        var numbers = new List<int> { 5, -2, 9, 0, 3, 11, -7 };
        numbers.Sort();
        Console.WriteLine(string.Join(" ", numbers));
        numbers.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(" ", numbers));
        numbers.Reverse();
        Console.WriteLine(string.Join(" ", numbers));
        var names = new List<string> { "ztunnel", "kmesh", "waypoint", "istiod", "coredns" };
        names.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", names));
        names.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        Console.WriteLine(string.Join(" ", names));
        var nodes = new List<Node> { new("n3", 10), new("n1", 30), new("n2", 20) };
        nodes.Sort((x, y) => y.Pods - x.Pods);
        foreach (var n in nodes)
            Console.WriteLine(n.Name + " " + n.Pods);
        var doubles = new List<double> { 2.5, -1, 10, 0.5 };
        doubles.Sort();
        Console.WriteLine(string.Join(" ", doubles));
        int[] arr = { 10, 9, 100, 1 };
        Array.Sort(arr);
        Console.WriteLine(string.Join(" ", arr));
    }
}
