using System;
using System.Collections.Generic;

public static class Program
{
    static int? Min(IEnumerable<int?> values)
    {
        int? best = null;
        foreach (var v in values)
            if (v.HasValue && (best == null || v < best))
                best = v;
        return best;
    }

    public static void Main()
    {
        Console.WriteLine(Min(new int?[] { 5, null, 2, 9 }));
        Console.WriteLine(Min(new int?[] { null, null }) ?? -1);
        int? total = 0;
        foreach (var v in new int?[] { 1, 2, null, 4 })
            total += v;
        Console.WriteLine(total.HasValue ? total.ToString() : "null");
        int sum = 0;
        foreach (var v in new int?[] { 1, 2, null, 4 })
            sum += v ?? 0;
        Console.WriteLine(sum);
        double? avg = null;
        Console.WriteLine($"[{avg:F2}]");
        avg = 10.0 / 3;
        Console.WriteLine($"[{avg:F2}]");
    }
}
