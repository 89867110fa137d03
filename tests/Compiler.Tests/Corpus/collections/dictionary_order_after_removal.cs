using System;
using System.Collections.Generic;
using System.Linq;

// Dictionary and HashSet enumerate their entries slot by slot: a removed entry's slot is reused by the next
// insertion (the most recently freed slot first), so a key added after a removal can enumerate before older keys.
public static class Program
{
    public static void Main()
    {
        var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3, ["d"] = 4 };
        d.Remove("b");
        d.Remove("d");
        d["e"] = 5;
        d["f"] = 6;
        d["g"] = 7;
        Console.WriteLine(string.Join(" ", d.Select(kv => kv.Key + kv.Value)));
        Console.WriteLine(string.Join(" ", d.Keys) + " | " + string.Join(" ", d.Values));
        d.Clear();
        d["z"] = 0;
        d["y"] = 1;
        Console.WriteLine(string.Join(" ", d.Keys));

        var s = new HashSet<int> { 10, 20, 30, 40 };
        s.Remove(10);
        s.Remove(30);
        s.Add(50);
        s.Add(60);
        s.Add(70);
        Console.WriteLine(string.Join(" ", s));
        s.RemoveWhere(x => x > 45);
        s.Add(1);
        Console.WriteLine(string.Join(" ", s));

        var byCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["One"] = 1, ["Two"] = 2, ["Three"] = 3 };
        byCase.Remove("ONE");
        byCase["four"] = 4;
        Console.WriteLine(string.Join(" ", byCase.Keys));
    }
}
