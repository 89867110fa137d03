using System;

public static class Program
{
    static int? ParseOrNull(string s) => int.TryParse(s, out var v) ? v : null;

    public static void Main()
    {
        var inputs = new[] { "12", "x", "-3", "" };
        foreach (var s in inputs)
        {
            int? v = ParseOrNull(s);
            Console.WriteLine($"'{s}' -> {(v.HasValue ? v.Value.ToString() : "null")} positive={v > 0} {(v is null ? "missing" : "ok")}");
        }
        int? x = 3;
        long? widened = x;
        double? asDouble = x;
        Console.WriteLine(widened + " " + asDouble / 2);
        int? none = null;
        Console.WriteLine(none.Equals(null));
        Console.WriteLine(x.Equals(3));
        Console.WriteLine(Nullable.Compare(none, x) < 0);
        object? boxed = none;
        Console.WriteLine(boxed == null);
        int? boxed3 = x;
        Console.WriteLine(boxed3 is int);
    }
}
