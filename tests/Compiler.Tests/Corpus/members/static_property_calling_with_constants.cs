using System;
using System.Collections.Generic;

// Static properties whose body only calls a static method with constants (the shape of the views' string tables):
// the compiler writes the call where the property is read. Each read still calls once, in order, with a fresh
// params array; a property of a class with a static constructor still runs it first; a local named like the
// called class does not capture the call; a property read inside a lambda is read when the lambda runs. Static
// methods that only forward their parameters (once each, in order, among constants) to another static method are
// written as that call too: the arguments are still evaluated once, left to right, before the call.
namespace Texts
{
    public static class Tr
    {
        public static int Calls;
        public static string T(string text, params object[] args)
        {
            Calls++;
            args[0] = "changed"; // the array is the callee's own, built anew for every read
            return "[" + text + "/" + args.Length + "#" + Calls + "]";
        }
        public static string One(string text) { Calls++; return "<" + text + ">"; }
    }

    public static class Strings
    {
        public static string Title => Tr.T("Kmesh — mesh", "x");
        public static string Empty => Tr.T("nothing here", "y", 2, -1.5, true, null);
        public static string Plain => Tr.One("plain");
        public static int Count => int.Parse("42");
        public static string Line(string node, int count) => Tr.T("on {{node}}: {{count}}", "node", node, "count", count);
        public static string Swapped(string a, string b) => Tr.T("{{b}} {{a}}", b, a); // out of order: stays a call
        public static string Twice(string a) => Tr.T("{{a}}{{a}}", a, a); // used twice: stays a call
        public static string Kind(string type) => Tr.T("{{type}} here", "type", Words.Of(type));
        public static string Pair(string a, string b) => Tr.T("{{a}} {{b}}", Words.Of(a), b); // Of(a) runs after b is read
        public static string Described => Tr.T("described", Words.Of("getter"));
    }

    public static class Words
    {
        public static string Of(string type) { System.Console.WriteLine("words of " + type); return type + "s"; }
    }

    public static class Guarded
    {
        static Guarded() { Console.WriteLine("Guarded cctor, calls " + Tr.Calls); }
        public static string Label => Tr.One("guarded");
    }
}

public static class Program
{
    static string Next(string text) { Console.WriteLine("evaluating " + text); return text; }
    static int Count(int n) { Console.WriteLine("counting " + n); return n; }
    static int Fail() => throw new InvalidOperationException("argument failed");

    public static void Main()
    {
        Console.WriteLine(Texts.Strings.Title);
        Console.WriteLine(Texts.Strings.Title);
        Console.WriteLine(Texts.Strings.Empty + Texts.Strings.Plain);
        Console.WriteLine(Texts.Strings.Count + 1);
        Func<string> later = () => Texts.Strings.Plain;
        Console.WriteLine("calls before lambda " + Texts.Tr.Calls);
        Console.WriteLine(later() + " calls " + Texts.Tr.Calls);
        int Tr = 7; // named like the class the properties call
        Console.WriteLine(Texts.Strings.Plain + Tr);
        Console.WriteLine("before guarded");
        Console.WriteLine(Texts.Guarded.Label);
        Console.WriteLine(Texts.Guarded.Label);
        Console.WriteLine(Texts.Strings.Line(Next("node-a"), Count(3)));
        Console.WriteLine(Texts.Strings.Swapped(Next("first"), Next("second")) + Texts.Strings.Twice(Next("once")));
        Console.WriteLine(Texts.Strings.Kind(Next("pod")));
        Console.WriteLine(Texts.Strings.Pair(Next("left"), Next("right")));
        Console.WriteLine(Texts.Strings.Described + Texts.Strings.Described);
        Func<string, int, string> line = Texts.Strings.Line; // a method group still needs the method
        Console.WriteLine(line("node-b", 4));
        try { Console.WriteLine(Texts.Strings.Line(Next("before throw"), Fail())); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message + ", calls " + Texts.Tr.Calls); }
        var list = new List<string> { Texts.Strings.Plain, Texts.Strings.Title };
        Console.WriteLine(string.Join(",", list) + " calls " + Texts.Tr.Calls);
    }
}
