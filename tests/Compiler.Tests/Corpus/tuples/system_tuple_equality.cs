using System;
using System.Collections.Generic;
using System.Linq;

// System.Tuple is a class: == compares references, Equals compares items with each item's own Equals (NaN
// equals NaN) and only against a tuple of the very same type arguments; GetHashCode combines the items' hash
// codes (an int's is itself) so equal tuples are one dictionary key, one set element and one group.
public enum Phase { Pending, Running }

public static class Program
{
    public static void Main()
    {
        var a = Tuple.Create(1, "x");
        var b = new Tuple<int, string>(1, "x");
        Console.WriteLine(a == b);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a.Equals((object)b));
        Console.WriteLine(object.Equals(a, b));
        Console.WriteLine(a.Equals(null));
        Console.WriteLine(a.Equals(Tuple.Create(1, "y")));
        object intLong = Tuple.Create(1, 2L);
        object longInt = Tuple.Create(1L, 2);
        Console.WriteLine(intLong.Equals(longInt));
        Console.WriteLine(intLong.Equals(Tuple.Create(1, 2L)));
        Console.WriteLine(Tuple.Create<object>(1).Equals(Tuple.Create<object>(1L)));
        Console.WriteLine(Tuple.Create(double.NaN).Equals(Tuple.Create(double.NaN)));
        Console.WriteLine(Tuple.Create(0.0).Equals(Tuple.Create(-0.0)));
        Console.WriteLine(Tuple.Create('a').Equals(Tuple.Create(97)));
        Console.WriteLine(Tuple.Create(Phase.Running, 'c').Equals(Tuple.Create(Phase.Running, 'c')));

        Console.WriteLine(Tuple.Create(7).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3, 4).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3, 4, 5).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3, 4, 5, 6).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3, 4, 5, 6, 7).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8).GetHashCode());
        Console.WriteLine(Tuple.Create(-5, true, false).GetHashCode());
        Console.WriteLine(Tuple.Create<string?, int?>(null, null).GetHashCode());
        Console.WriteLine(Tuple.Create("k8s", 1).GetHashCode() == Tuple.Create("k8s", 1).GetHashCode());

        var counts = new Dictionary<Tuple<string, int>, int>();
        foreach (var (ns, port) in new[] { ("default", 80), ("kube-system", 53), ("default", 80), ("default", 443) })
        {
            var key = Tuple.Create(ns, port);
            counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
        }
        foreach (var pair in counts) Console.WriteLine(pair.Key + " -> " + pair.Value);
        Console.WriteLine(counts.ContainsKey(Tuple.Create("default", 443)));

        var set = new HashSet<Tuple<char, Phase>> { Tuple.Create('a', Phase.Pending), Tuple.Create('a', Phase.Pending), Tuple.Create('b', Phase.Running) };
        Console.WriteLine(set.Count);
        Console.WriteLine(set.Contains(Tuple.Create('b', Phase.Running)));

        var words = new[] { "ant", "bee", "cat", "bat", "ape" };
        foreach (var g in words.GroupBy(w => Tuple.Create(w[0], w.Length)))
            Console.WriteLine(g.Key + ": " + string.Join(",", g));
        Console.WriteLine(string.Join(" ", words.Select(w => Tuple.Create(w.Length, w[1] == 'a')).Distinct()));
    }
}
