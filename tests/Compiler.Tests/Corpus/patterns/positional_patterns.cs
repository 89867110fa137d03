using System;

public static class Program
{
    record Point(int X, int Y);
    record Line(Point From, Point To);

    static string Quadrant(Point p) => p switch
    {
        (0, 0) => "origin",
        (> 0, > 0) => "I",
        (< 0, > 0) => "II",
        (< 0, < 0) => "III",
        (> 0, < 0) => "IV",
        (_, 0) => "x-axis",
        _ => "y-axis",
    };

    static string Shape(Line l) => l switch
    {
        ((var x1, _), (var x2, _)) when x1 == x2 => "vertical",
        ((_, var y1), (_, var y2)) when y1 == y2 => "horizontal",
        _ => "diagonal",
    };

    static string Tuple(int a, int b) => (a, b) switch
    {
        (0, 0) => "both zero",
        (0, _) or (_, 0) => "one zero",
        var (x, y) when x == y => "equal",
        _ => "different",
    };

    public static void Main()
    {
        foreach (var p in new[] { new Point(0, 0), new Point(1, 2), new Point(-1, 2), new Point(-1, -2), new Point(1, -2), new Point(3, 0), new Point(0, 3) })
            Console.Write(Quadrant(p) + " ");
        Console.WriteLine();
        Console.WriteLine(Shape(new Line(new Point(1, 1), new Point(1, 5))));
        Console.WriteLine(Shape(new Line(new Point(1, 1), new Point(4, 1))));
        Console.WriteLine(Shape(new Line(new Point(1, 1), new Point(4, 5))));
        Console.WriteLine(Tuple(0, 0) + ", " + Tuple(0, 1) + ", " + Tuple(2, 2) + ", " + Tuple(2, 3));
    }
}
