using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    record Service(string Name, IReadOnlyList<int> Ports)
    {
        public string PortList => string.Join(",", Ports);
    }

    record Summary(int Total, int Ready)
    {
        public double Ratio => Total == 0 ? 0 : (double)Ready / Total;
        public static Summary Empty { get; } = new(0, 0);
        public Summary Add(bool ready) => new(Total + 1, Ready + (ready ? 1 : 0));
    }

    public static void Main()
    {
        var ports = new List<int> { 80, 443 };
        var a = new Service("web", ports);
        var b = new Service("web", ports);
        var c = new Service("web", new List<int> { 80, 443 });
        Console.WriteLine(a == b);
        Console.WriteLine(a == c);
        Console.WriteLine(a.PortList);
        var summary = new[] { true, false, true, true }.Aggregate(Summary.Empty, (s, r) => s.Add(r));
        Console.WriteLine(summary);
        Console.WriteLine($"{summary.Ratio:P0}");
        Console.WriteLine(Summary.Empty == new Summary(0, 0));
    }
}
