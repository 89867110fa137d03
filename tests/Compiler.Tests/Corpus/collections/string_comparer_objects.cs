using System;
using System.Collections.Generic;
using System.Linq;

// StringComparer.Ordinal and OrdinalIgnoreCase are IEqualityComparer<string> and IComparer<string> objects:
// stored in a variable or chosen at run time they behave as when written inline, and a null comparer means the
// default one (Dictionary, HashSet and Enumerable documentation).
public static class Program
{
    static IEqualityComparer<string>? Pick(bool ignoreCase, bool none) =>
        none ? null : ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static void Main()
    {
        var words = new[] { "Web", "web", "API", "api", "Dns" };
        foreach (var (ignore, none) in new[] { (true, false), (false, false), (true, true) })
        {
            var cmp = Pick(ignore, none);
            var d = new Dictionary<string, int>(cmp);
            foreach (var w in words) d[w] = d.GetValueOrDefault(w) + 1;
            Console.WriteLine(string.Join(" ", d.Select(kv => kv.Key + "=" + kv.Value)));
            Console.WriteLine(new HashSet<string>(words, cmp).Count + " " + words.Distinct(cmp).Count() + " " + words.GroupBy(w => w, cmp).Count());
            Console.WriteLine(words.Contains("WEB", cmp));
        }
        IEqualityComparer<string> eq = StringComparer.OrdinalIgnoreCase;
        Console.WriteLine(eq.Equals("Kmesh", "KMESH") + " " + (eq.GetHashCode("Kmesh") == eq.GetHashCode("kmesh")));
        Console.WriteLine(StringComparer.Ordinal.Equals("a", "A") + " " + StringComparer.Ordinal.Equals(null, null));
        IComparer<string> order = StringComparer.OrdinalIgnoreCase;
        Console.WriteLine(Math.Sign(order.Compare("b", "A")) + " " + Math.Sign(StringComparer.Ordinal.Compare("b", "A")));
        try
        {
            StringComparer.Ordinal.GetHashCode(null!);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.ParamName);
        }
    }
}
