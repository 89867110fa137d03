using System;
using System.Collections.Generic;

// Nested static classes with their own state and static constructors, a generic static class of helpers, static
// fields initialised from other static classes (order of initialisation), and readonly tables.
public static class Program
{
    static readonly List<string> Log = new();

    public static class Outer
    {
        public static int Count = Inner.Base + 1;
        static Outer() { Log.Add("Outer cctor " + Count); }
        public static string Name() => "outer";

        public static class Inner
        {
            public static int Base = 41;
            public static readonly string[] Names = { "x", "y" };
            static Inner() { Log.Add("Inner cctor"); }
            public static string Name() => "inner " + Base + " " + Names.Length;

            public static class Deepest
            {
                public static string Where() => Outer.Name() + "/" + Inner.Name();
            }
        }
    }

    static class Pair<T>
    {
        public static (T, T) Of(T a, T b) => (a, b);
        public static T First((T, T) p) => p.Item1;
        public static List<T> Repeat(T x, int n)
        {
            var list = new List<T>();
            for (var i = 0; i < n; i++) list.Add(x);
            return list;
        }
    }

    static class Tables
    {
        public static readonly Dictionary<string, int> Sizes = new() { ["s"] = 1, ["m"] = 2 };
        public static readonly int Total = Sum();
        public static int Hits;
        static int Sum()
        {
            var t = 0;
            foreach (var v in Sizes.Values) t += v;
            return t;
        }
    }

    static class A { public static int X = B.Y * 2; }
    static class B { public static int Y = C.Z + 3; }
    static class C { public static int Z = 4; }

    public static void Main()
    {
        Console.WriteLine(Outer.Inner.Deepest.Where());
        foreach (var l in Log) Console.WriteLine("  " + l);
        Log.Clear();
        Console.WriteLine(Outer.Count);
        foreach (var l in Log) Console.WriteLine("  " + l);
        Console.WriteLine(Pair<string>.First(Pair<string>.Of("a", "b")) + Pair<int>.Repeat(7, 3).Count);
        Console.WriteLine(Tables.Total + " " + Tables.Sizes["m"]);
        Tables.Hits += 2;
        Tables.Hits++;
        Console.WriteLine(Tables.Hits);
        Console.WriteLine(A.X + " " + B.Y + " " + C.Z);
        var (p, q) = (Tables.Hits, A.X);
        (Tables.Hits, C.Z) = (q, p);
        Console.WriteLine(Tables.Hits + " " + C.Z);
    }
}
