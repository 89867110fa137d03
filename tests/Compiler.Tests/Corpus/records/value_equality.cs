using System;
using System.Collections.Generic;

public static class Program
{
    record Point(int X, int Y);
    record Label(string Key, string Value);

    public static void Main()
    {
        var a = new Point(1, 2);
        var b = new Point(1, 2);
        var c = new Point(2, 1);
        Console.WriteLine(a == b);
        Console.WriteLine(a != c);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(ReferenceEquals(a, b));
        Console.WriteLine(object.Equals(a, b));
        var labels = new List<Label> { new("app", "web"), new("tier", "front") };
        Console.WriteLine(labels.Contains(new Label("app", "web")));
        Console.WriteLine(labels.IndexOf(new Label("tier", "front")));
        var set = new HashSet<Point> { a, b, c };
        Console.WriteLine(set.Count);
        var dict = new Dictionary<Point, string> { [a] = "first" };
        dict[b] = "second";
        Console.WriteLine(dict.Count + " " + dict[new Point(1, 2)]);
        Point? none = null;
        Console.WriteLine(none == null);
        Console.WriteLine(a == none);
    }
}
