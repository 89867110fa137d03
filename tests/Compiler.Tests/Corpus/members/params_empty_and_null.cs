using System;
using System.Collections.Generic;

// A call passing nothing in a params array gets an empty array, whatever the callee is (static, instance, generic,
// extension, virtual, through an interface, a method group); passing null or an array of its own (normal form) passes
// exactly that. (Whether two empty ones are the same array is not pinned: .NET shares Array.Empty<T>().)
public interface ILabel { string Label(string head, params string[] parts); }

public class Base : ILabel
{
    public virtual string Label(string head, params string[] parts) => head + ":" + parts.Length + string.Concat(parts);
}

public sealed class Derived : Base
{
    public override string Label(string head, params string[] parts) => "d" + base.Label(head, parts);
}

public static class Ext
{
    public static string Joined(this string head, params object[] rest) => head + "(" + rest.Length + ")";
}

public sealed class Bag
{
    private readonly List<string[]> _seen = [];
    public int Add(params string[] items) { _seen.Add(items); return items.Length; }
    public int Push(int a) { _seen[a] = [.. _seen[a], "x"]; return _seen[a].Length; }
}

public static class Program
{
    static int Count(params int[] xs) => xs.Length;
    static string NullOrCount(params string[]? xs) => xs is null ? "null" : xs.Length.ToString();
    static T[] Echo<T>(params T[] items) => items;
    static int Mutate(params int[] xs) { xs = [.. xs, 1]; return xs.Length; }

    public static void Main()
    {
        Console.WriteLine(Count() + " " + Count(1) + " " + Count(1, 2) + " " + Count(new int[0]) + " " + Count([]));
        Console.WriteLine(NullOrCount() + " " + NullOrCount(null) + " " + NullOrCount((string)"") + " " + NullOrCount("a", "b"));
        Console.WriteLine(Echo<string>().Length + " " + Echo(1, 2, 3).Length);
        Console.WriteLine(Mutate() + " " + Mutate() + " " + Mutate(5));
        var bag = new Bag();
        Console.WriteLine(bag.Add() + " " + bag.Add() + " " + bag.Add("a") + " " + bag.Push(0) + " " + bag.Push(1));
        Base b = new Derived();
        ILabel l = new Base();
        Console.WriteLine(b.Label("h") + " " + b.Label("h", "x", "y") + " " + l.Label("i") + " " + new Base().Label("j"));
        Console.WriteLine("s".Joined() + " " + "t".Joined(1, "two") + " " + Ext.Joined("u"));
        Func<int[], int> f = Count;
        Console.WriteLine(f([]) + " " + f([4, 5]));
    }
}
