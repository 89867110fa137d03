using System;
using System.Collections.Generic;

public static class Program
{
    interface INamed { string Name { get; } }
    interface IHealth { bool Healthy(); string Status { get; } }

    sealed class Daemon : INamed, IHealth
    {
        public Daemon(string name, int ready) { Name = name; this.ready = ready; }
        private readonly int ready;
        public string Name { get; }
        public bool Healthy() => ready > 0;
        public string Status => Healthy() ? "ok" : "degraded";
    }

    sealed class Waypoint : INamed, IHealth
    {
        public string Name => "waypoint";
        public bool Healthy() => true;
        public string Status => "always ok";
    }

    static string Line(INamed n) => n is IHealth h ? n.Name + ": " + h.Status : n.Name;

    public static void Main()
    {
        var items = new List<INamed> { new Daemon("kmesh", 1), new Daemon("kmesh-b", 0), new Waypoint() };
        foreach (var i in items)
            Console.WriteLine(Line(i));
        IHealth w = new Waypoint();
        Console.WriteLine(w.Status);
        Console.WriteLine(((Waypoint)w).Status);
        var healthy = 0;
        foreach (var i in items)
            if (i is IHealth h && h.Healthy())
                healthy++;
        Console.WriteLine(healthy);
    }
}
