using System;
using System.Collections.Generic;

// Static classes with an explicit static constructor: it runs exactly once, at the first use of a static member,
// whichever kind of use comes first (read, write, compound write, increment, call, property, method group call).
public static class Program
{
    static readonly List<string> Log = new();

    static class Counter
    {
        public static int Value;
        public static string Label = Note("Counter.Label");
        static Counter() { Log.Add("Counter cctor"); Value = 10; }
        public static int Next() => ++Value;
    }

    static class Written
    {
        public static int Value = 1;
        static Written() { Log.Add("Written cctor " + Value); }
    }

    static class Compound
    {
        public static int Value = 5;
        static Compound() { Log.Add("Compound cctor"); }
    }

    static class Incremented
    {
        public static int Value = 7;
        static Incremented() { Log.Add("Incremented cctor"); }
    }

    static class Prop
    {
        static string _name = "prop";
        static Prop() { Log.Add("Prop cctor"); }
        public static string Name => _name.ToUpperInvariant();
        public static int Auto { get; set; } = 3;
    }

    static class Grouped
    {
        static Grouped() { Log.Add("Grouped cctor"); }
        public static int Twice(int x) => x * 2;
    }

    static class Throwing
    {
        public static int Calls;
        static Throwing() { Log.Add("Throwing cctor"); }
        public static int Check(int x) => x > 0 ? x : throw new ArgumentException("negative");
    }

    static string Note(string s) { Log.Add("init " + s); return s; }

    static int Arg(string s) { Log.Add("arg " + s); return 1; }

    static void Flush()
    {
        foreach (var l in Log) Console.WriteLine("  " + l);
        Log.Clear();
    }

    public static void Main()
    {
        Console.WriteLine("start");
        Flush();
        Console.WriteLine(Counter.Value);
        Flush();
        Console.WriteLine(Counter.Next() + " " + Counter.Label);
        Flush();
        Written.Value = 2;
        Flush();
        Console.WriteLine(Written.Value + Arg("written"));
        Compound.Value += Arg("compound");
        Flush();
        Console.WriteLine(Compound.Value);
        Incremented.Value++;
        Console.WriteLine(++Incremented.Value);
        Flush();
        Console.WriteLine(Prop.Name);
        Flush();
        Prop.Auto += 4;
        Console.WriteLine(Prop.Auto);
        Func<int, int> twice = Grouped.Twice;
        Console.WriteLine("delegate made");
        Flush();
        Console.WriteLine(twice(21));
        Flush();
        try { Throwing.Check(-1); }
        catch (ArgumentException e) { Console.WriteLine("caught " + e.Message); }
        Flush();
        Console.WriteLine(Throwing.Check(3) + Throwing.Calls);
        Flush();
    }
}
