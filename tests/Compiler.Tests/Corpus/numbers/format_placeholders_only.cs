using System;

// Custom formats of digit placeholders alone ("0", "0.0", "0.##", "#.00", "00", "#") known when compiling take a
// shorter path than formats read at run time; both must print what .NET prints, for the same values.
public static class Program
{
    private static readonly string[] Formats = ["0", "0.0", "0.##", "#.00", "00", "#", "#.#", "0#.0#", "#0.##0", "000.000", "0."];
    private static readonly double[] Doubles =
    [
        0, -0.0, 0.5, 1.5, 2.5, -0.5, -0.4, 0.001, -0.001, 0.005, 0.0049, 0.995, 9.995, 12.345, 99.5, 999.99,
        123456789.125, 1e15, 1.234567890123456789, 0.1 + 0.2, 1e-7, -1e-7, 5e20, 1.0 / 3, -2.0 / 3,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    ];
    private static readonly int[] Ints = [0, 1, -1, 7, 10, -25, 12345, int.MaxValue, int.MinValue];

    public static void Main()
    {
        foreach (var x in Doubles)
        {
            var line = "";
            foreach (var f in Formats) line += "[" + x.ToString(f) + "|" + Runtime(x, f) + "]";
            Console.WriteLine(line);
        }
        foreach (var i in Ints)
        {
            var line = "";
            foreach (var f in Formats) line += "[" + i.ToString(f) + "|" + RuntimeInt(i, f) + "]";
            Console.WriteLine(line);
        }
        Console.WriteLine(3.14159.ToString("0.##") + " " + 2.0.ToString("0.0") + " " + (-0.04).ToString("0.0") + " " + 0.04.ToString("#.#"));
        Console.WriteLine(42L.ToString("0000") + " " + ((byte)7).ToString("00") + " " + (-3L).ToString("0.0"));
        double? some = 1.25, none = null;
        Console.WriteLine($"{some:0.#}|{none:0.#}|{12.5:00.00}|{-7:0}");
    }

    // The same formats as values the compiler cannot see.
    private static string Runtime(double x, string format) => x.ToString(format + "");
    private static string RuntimeInt(int x, string format) => x.ToString(format + "");
}
