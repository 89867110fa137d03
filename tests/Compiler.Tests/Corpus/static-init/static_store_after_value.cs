using System;
using System.Collections.Generic;

// A class with an explicit static constructor is initialised at the first access itself: a store `C.f = v` evaluates
// v first and runs the constructor at the store, a static setter runs it on entry (after its argument), while a
// compound assignment, ++ and ??= read first, so the constructor runs before their right side. A value that throws
// leaves the class uninitialised. (Classes without a static constructor are beforefieldinit: .NET may initialise them
// at any time before the access, so their order is not printed here.)
public static class Program
{
    static readonly List<string> Log = new();
    static Action? Bump;

    static int Arg(string s) { Log.Add("arg " + s); return 1; }

    static int Fail(string s) { Log.Add("fail " + s); throw new InvalidOperationException(s); }

    static void Flush(string what)
    {
        Console.WriteLine(what + ": " + string.Join(", ", Log));
        Log.Clear();
    }

    static class Plain { public static int F; static Plain() { Log.Add("Plain cctor"); F = 10; } }
    static class Compound { public static int F = 5; static Compound() { Log.Add("Compound cctor"); } }
    static class Counter { public static int F = 7; static Counter() { Log.Add("Counter cctor"); } }
    static class Maybe { public static string? F; static Maybe() { Log.Add("Maybe cctor"); } }
    static class Auto { public static int P { get; set; } = 3; static Auto() { Log.Add("Auto cctor"); } }
    static class AutoCompound { public static int P { get; set; } = 3; static AutoCompound() { Log.Add("AutoCompound cctor"); } }

    static class Setter
    {
        static int _v;
        static Setter() { Log.Add("Setter cctor"); }
        public static int V { get => _v; set { Log.Add("set " + value); _v = value; } }
    }

    static class Other { public static int V = 5; }
    static class Reads { public static int F; static Reads() { Log.Add("Reads cctor"); Other.V = 99; } }
    static class Captures { public static int F; static Captures() { Log.Add("Captures cctor"); Bump?.Invoke(); } }
    static class Chained { public static int F; static Chained() { Log.Add("Chained cctor"); } }
    static class OutTarget { public static int F; static OutTarget() { Log.Add("OutTarget cctor"); } }
    static class Throws { public static int F = 1; static Throws() { Log.Add("Throws cctor"); } }

    sealed class Instance
    {
        public static int Made;
        static Instance() { Log.Add("Instance cctor"); }
    }

    static class Outer
    {
        public static int F;
        static Outer() { Log.Add("Outer cctor"); }
        public static class Inner
        {
            public static void Store() => Outer.F = Arg("inner");
        }
    }

    static void Set(int a, out int b) { Log.Add("Set body"); b = a; }

    public static void Main()
    {
        Plain.F = Arg("plain");
        Flush("store " + Plain.F);
        Compound.F += Arg("compound");
        Flush("compound " + Compound.F);
        Counter.F++;
        Console.WriteLine(++Counter.F);
        Flush("increment");
        Maybe.F ??= "set";
        Flush("coalescing " + Maybe.F);
        Auto.P = Arg("auto") + 1;
        Flush("auto-property " + Auto.P);
        AutoCompound.P += Arg("auto compound");
        Flush("auto-property compound " + AutoCompound.P);
        Setter.V = Arg("setter") + 2;
        Flush("setter " + Setter.V);
        Reads.F = Other.V;
        Flush("value read before the constructor " + Reads.F + " " + Other.V);
        var n = 1;
        Bump = () => n = 42;
        Captures.F = n;
        Flush("captured local " + Captures.F + " " + n);
        int x = Chained.F = Arg("chained");
        Flush("as a value " + x + " " + Chained.F);
        Instance.Made = Arg("instance");
        Flush("class with instances " + Instance.Made);
        Outer.Inner.Store();
        Flush("from a nested class " + Outer.F);
        Set(Arg("out"), out OutTarget.F);
        Flush("out argument " + OutTarget.F);
        try { Throws.F = Fail("throws"); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        Flush("value throws");
        Console.WriteLine(Throws.F);
        Flush("later read");
    }
}
