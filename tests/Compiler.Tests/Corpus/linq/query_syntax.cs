using System;
using System.Linq;

public static class Program
{
    record Pod(string Name, string Ns, int Restarts);
    record Ns(string Name, string Mode);

    public static void Main()
    {
        var pods = new[] { new Pod("web", "default", 2), new Pod("db", "data", 0), new Pod("api", "default", 5), new Pod("etl", "data", 1) };
        var namespaces = new[] { new Ns("default", "kmesh"), new Ns("data", "none") };
        var restarted = from p in pods
                        where p.Restarts > 0
                        orderby p.Restarts descending
                        select p.Name + ":" + p.Restarts;
        Console.WriteLine(string.Join(" ", restarted));
        var joined = from p in pods
                     join n in namespaces on p.Ns equals n.Name
                     orderby p.Name
                     select new { p.Name, n.Mode };
        foreach (var x in joined)
            Console.WriteLine(x.Name + " " + x.Mode);
        var grouped = from p in pods
                      group p by p.Ns into g
                      orderby g.Key
                      select new { Ns = g.Key, Total = g.Sum(p => p.Restarts) };
        foreach (var g in grouped)
            Console.WriteLine(g.Ns + "=" + g.Total);
        var lets = from p in pods
                   let upper = p.Name.ToUpper()
                   where upper.Contains('A')
                   select upper;
        Console.WriteLine(string.Join(",", lets));
        var cross = from a in new[] { 1, 2 } from b in new[] { "x", "y" } select a + b;
        Console.WriteLine(string.Join(",", cross));
    }
}
