using System;
using System.Collections.Generic;

public static class Program
{
    abstract class Shape { }
    sealed class Circle : Shape { public double R = 1; }
    sealed class Rect : Shape { public double W = 2, H = 3; }

    static string Classify(object? o) => o switch
    {
        null => "null",
        int i when i < 0 => "negative int " + i,
        int i => "int " + i,
        string { Length: 0 } => "empty string",
        string s => "string " + s,
        double d => "double " + d,
        bool b => "bool " + b,
        Circle c => "circle r=" + c.R,
        Shape => "some shape",
        List<int> list => "list of " + list.Count,
        _ => "other",
    };

    public static void Main()
    {
        object?[] values = { null, -4, 7, "", "kmesh", 2.5, true, new Circle(), new Rect(), new List<int> { 1 }, 'c' };
        foreach (var v in values)
            Console.WriteLine(Classify(v));
        object o = "text";
        if (o is string str && str.Length > 2)
            Console.WriteLine("long string " + str);
        if (o is not int)
            Console.WriteLine("not an int");
        Shape shape = new Rect();
        if (shape is Rect { W: var w, H: var h })
            Console.WriteLine("area " + w * h);
        var asCircle = shape as Circle;
        Console.WriteLine(asCircle == null);
    }
}
