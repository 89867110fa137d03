using System;
using System.Collections.Generic;
using System.Linq;

// Method groups of static methods: invoked, passed to LINQ and List methods (which call back with one argument),
// compared (delegates of the same static method are equal in .NET), and static methods with params arrays.
public static class Program
{
    static class MathOps
    {
        public static int Square(int x) => x * x;
        public static bool IsEven(int x) => x % 2 == 0;
        public static int Add(int a, int b) => a + b;
        public static int Sum(params int[] xs) => xs.Sum();
        public static string Show(int x) => "<" + x + ">";
        public static void Print(string s) => Console.WriteLine("print " + s);
        public static IEnumerable<int> Upto(int n) { for (var i = 1; i <= n; i++) yield return i; }
    }

    static class Holder
    {
        public static Func<int, int> Stored = MathOps.Square;
        public static Func<int, int> Get() => MathOps.Square;
    }

    public static void Main()
    {
        var xs = new[] { 1, 2, 3, 4, 5 };
        Console.WriteLine(string.Join(",", xs.Select(MathOps.Square)));
        Console.WriteLine(string.Join(",", xs.Where(MathOps.IsEven)));
        Console.WriteLine(xs.Aggregate(MathOps.Add));
        Console.WriteLine(string.Join(",", xs.Select(MathOps.Show)));
        new List<string> { "a", "b" }.ForEach(MathOps.Print);
        Array.ForEach(new[] { "c" }, MathOps.Print);
        Console.WriteLine(string.Join(",", xs.Select(MathOps.Square).Select(MathOps.Show)));
        Console.WriteLine(string.Join(",", Array.ConvertAll(xs, MathOps.Square)));
        Console.WriteLine(xs.Count(MathOps.IsEven) + " " + xs.Any(MathOps.IsEven) + " " + xs.All(MathOps.IsEven));
        Console.WriteLine(string.Join(",", xs.OrderByDescending(MathOps.Square).Take(2)));
        Console.WriteLine(string.Join(",", xs.SelectMany(MathOps.Upto)));

        Func<int[], int> sum = MathOps.Sum;
        Console.WriteLine(sum(new[] { 1, 2, 3 }) + " " + sum(Array.Empty<int>()));
        Func<int, int, int> add = MathOps.Add;
        Console.WriteLine(add(2, 3));

        Func<int, int> a = MathOps.Square;
        Func<int, int> b = MathOps.Square;
        Console.WriteLine(a == b);
        Console.WriteLine(Holder.Stored == Holder.Get());
        Console.WriteLine(Holder.Stored(9) + Holder.Get()(3));

        var table = new Dictionary<string, Func<int, int>> { ["sq"] = MathOps.Square, ["neg"] = x => -x };
        foreach (var (name, f) in table) Console.WriteLine(name + " " + f(6));
        Action<string> p = MathOps.Print;
        p("direct");
        p.Invoke("invoke");
    }
}
