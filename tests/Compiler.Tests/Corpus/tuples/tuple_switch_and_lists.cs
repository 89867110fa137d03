using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static (string Verdict, int Score) Judge(int ready, int total) => (ready, total) switch
    {
        (_, 0) => ("empty", 0),
        var (r, t) when r == t => ("healthy", 100),
        var (r, t) when r * 2 >= t => ("degraded", r * 100 / t),
        _ => ("critical", ready * 100 / total),
    };

    public static void Main()
    {
        var cases = new List<(int Ready, int Total)> { (3, 3), (2, 3), (1, 3), (0, 0), (0, 5) };
        foreach (var c in cases)
        {
            var (verdict, score) = Judge(c.Ready, c.Total);
            Console.WriteLine($"{c.Ready}/{c.Total}: {verdict} {score}");
        }
        var ranked = cases.Select(c => (c, Judge(c.Ready, c.Total).Score)).OrderByDescending(x => x.Score).ThenBy(x => x.c.Total).ToList();
        Console.WriteLine(string.Join(" ", ranked.Select(x => x.c.Ready + "/" + x.c.Total)));
        var (best, worst) = (ranked.First(), ranked.Last());
        Console.WriteLine(best.Score + " " + worst.Score);
    }
}
