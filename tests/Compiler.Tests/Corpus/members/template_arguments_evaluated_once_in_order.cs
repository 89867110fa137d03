using System;
using System.Collections.Generic;
using CSharpToJs.Interop;

// A [Template] binding's text may name a parameter several times, in another order than the parameters, or not at
// all. C# evaluates the receiver and the arguments once each, left to right, before the call: the compiled call must
// too, whatever the text does with them (arguments that only read a local or are constants may be repeated freely).
public sealed class Box
{
    public int Value;
    public Box(int value) => Value = value;

    [Template("({this}.Value + {this}.Value)")]
    public int Doubled() => Value + Value;
}

public static class Ops
{
    [Template("({a} * 10 + {a})")]
    public static int Twice(int a) => a * 10 + a;

    [Template("({b} - {a})")]
    public static int Minus(int a, int b) => b - a;

    [Template("(0)")]
    public static int Ignore(int a) => 0;

    [Template("[{*items}].length + {first}")]
    public static int CountPlus(int first, params int[] items) => items.Length + first;

    [Template("({x} === null ? -1 : {x}.length)")]
    public static int LengthOrMinusOne(string? x) => x is null ? -1 : x.Length;
}

public static class Program
{
    private static readonly List<string> Log = new();
    private static int counter;

    private static int Next(string label)
    {
        counter++;
        Log.Add(label + "=" + counter);
        return counter;
    }

    private static Box MakeBox(string label) => new Box(Next(label));

    private static string? Text(string label)
    {
        Next(label);
        return label.Length > 2 ? label : null;
    }

    public static void Main()
    {
        Console.WriteLine(Ops.Twice(Next("twice")));
        Console.WriteLine(Ops.Minus(Next("a"), Next("b")));
        Console.WriteLine(Ops.Ignore(Next("ignored")));
        Console.WriteLine(Ops.CountPlus(Next("first"), Next("i1"), Next("i2")));
        Console.WriteLine(MakeBox("box").Doubled());
        Console.WriteLine(Ops.LengthOrMinusOne(Text("text")));
        Console.WriteLine(Ops.LengthOrMinusOne(Text("no")));

        int local = 3;
        Console.WriteLine(Ops.Twice(local));
        Console.WriteLine(Ops.Minus(local, local = 7));
        Console.WriteLine(Ops.Twice(5));
        var box = new Box(4);
        Console.WriteLine(box.Doubled());
        Console.WriteLine(string.Join(", ", Log));
        Console.WriteLine(counter);
    }
}
