using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var a = (1, "x");
        var b = (1, "x");
        var c = (2, "x");
        Console.WriteLine(a == b);
        Console.WriteLine(a != c);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine((1, 2.0) == (1, 2));
        var set = new HashSet<(string, int)> { ("a", 1), ("a", 1), ("b", 1) };
        Console.WriteLine(set.Count);
        var dict = new Dictionary<(string Ns, string Name), int>();
        dict[("default", "web")] = 1;
        dict[("default", "web")] += 1;
        dict[("other", "web")] = 5;
        Console.WriteLine(dict[("default", "web")] + " " + dict.Count);
        var list = new List<(int, int)> { (2, 1), (1, 2), (1, 1) };
        var sorted = list.OrderBy(t => t.Item1).ThenBy(t => t.Item2);
        Console.WriteLine(string.Join(" ", sorted));
        Console.WriteLine(list.Contains((1, 2)));
        Console.WriteLine(list.Distinct().Count());
    }
}
