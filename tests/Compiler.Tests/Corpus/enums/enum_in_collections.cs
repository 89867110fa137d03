using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    enum Severity { Low, Medium, High, Critical }

    record Alert(string Source, Severity Severity);

    public static void Main()
    {
        var alerts = new List<Alert>
        {
            new("kmesh", Severity.High), new("ztunnel", Severity.Low), new("waypoint", Severity.Critical),
            new("kmesh", Severity.Medium), new("istiod", Severity.High),
        };
        foreach (var a in alerts.OrderByDescending(a => a.Severity).ThenBy(a => a.Source))
            Console.WriteLine($"{a.Severity,-8} {a.Source}");
        var counts = new Dictionary<Severity, int>();
        foreach (var a in alerts)
            counts[a.Severity] = counts.GetValueOrDefault(a.Severity) + 1;
        foreach (var kv in counts.OrderBy(kv => kv.Key))
            Console.WriteLine(kv.Key + "=" + kv.Value);
        Console.WriteLine(alerts.Max(a => a.Severity));
        Console.WriteLine(alerts[0]);
        var set = new HashSet<Severity> { Severity.Low, Severity.Low, Severity.High };
        Console.WriteLine(set.Count + " " + set.Contains(Severity.High));
    }
}
