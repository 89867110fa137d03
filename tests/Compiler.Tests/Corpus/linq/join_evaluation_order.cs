using System;
using System.Collections.Generic;
using System.Linq;

// Join and GroupJoin are deferred: nothing runs until enumeration. The outer sequence's first element is read
// before the inner sequence, whose keys are all computed before the first outer key; Join stops reading the outer
// sequence when no inner element has a key, and a null source throws ArgumentNullException naming the parameter.
public static class Program
{
    static IEnumerable<int> Outer(string name, params int[] items)
    {
        foreach (var item in items)
        {
            Console.WriteLine($"{name} yields {item}");
            yield return item;
        }
        Console.WriteLine($"{name} ends");
    }

    public static void Main()
    {
        var join = Outer("outer", 1, 2).Join(Outer("inner", 2, 1, 2), o => Key("outer key", o), i => Key("inner key", i), (o, i) => o * 10 + i);
        Console.WriteLine("Join built");
        foreach (var r in join)
            Console.WriteLine("join result " + r);

        var group = Outer("outer", 5, 6).GroupJoin(Outer("inner", 6), o => Key("outer key", o), i => Key("inner key", i), (o, g) => o + ":" + g.Count());
        Console.WriteLine("GroupJoin built");
        foreach (var r in group)
            Console.WriteLine("group result " + r);

        Console.WriteLine("empty outer: " + Outer("outer").Join(Outer("inner", 1), o => o, i => i, (o, i) => o).Count());
        Console.WriteLine("empty inner: " + Outer("outer", 1, 2).Join(Outer("inner"), o => Key("outer key", o), i => i, (o, i) => o).Count());
        Console.WriteLine("null keys: " + new string?[] { "a", null }.Join(new string?[] { null, "a" }, o => o, i => i, (o, i) => o + i).Count());

        int[]? missing = null;
        try
        {
            missing!.Join(new[] { 1 }, o => o, i => i, (o, i) => o);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.ParamName + " | " + e.Message);
        }
        try
        {
            new[] { 1 }.GroupJoin(missing!, o => o, i => i, (o, g) => o);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.ParamName + " | " + e.Message);
        }
    }

    static int Key(string what, int value)
    {
        Console.WriteLine($"{what} {value}");
        return value;
    }
}
