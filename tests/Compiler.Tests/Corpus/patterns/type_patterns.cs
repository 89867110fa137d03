using System;
using System.Collections.Generic;

public static class Program
{
    abstract class Shape { }
    sealed class Circle : Shape { public double R = 1; }
    sealed class Rect : Shape { public double W = 2, H = 3; }
    sealed class Unrelated { }

    static string Classify(object? o) => o switch
    {
        null => "null",
        string { Length: 0 } => "empty string",
        string s => "string " + s,
        bool b => "bool " + b,
        Circle c => "circle r=" + c.R,
        Shape => "some shape",
        _ => "other",
    };

    // Numbers are classified through their own static type; a boxed number cannot be told apart (KJS0122).
    static string Sign(int? n) => n switch
    {
        null => "no number",
        int i when i < 0 => "negative int " + i,
        int i => "int " + i,
    };

    public static void Main()
    {
        object?[] values = { null, "", "kmesh", true, new Circle(), new Rect(), new Unrelated() };
        foreach (var v in values)
            Console.WriteLine(Classify(v));
        foreach (int? n in new int?[] { null, -4, 7 })
            Console.WriteLine(Sign(n));
        object o = "text";
        if (o is string str && str.Length > 2)
            Console.WriteLine("long string " + str);
        if (o is not Shape)
            Console.WriteLine("not a shape");
        Shape shape = new Rect();
        if (shape is Rect { W: var w, H: var h })
            Console.WriteLine("area " + w * h);
        var asCircle = shape as Circle;
        Console.WriteLine(asCircle == null);
    }
}
