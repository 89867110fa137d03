using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Poller
    {
        private int ticks;
        private readonly string name;
        private readonly List<Action> callbacks = new();

        public Poller(string name) { this.name = name; }

        public Action Tick => () => ticks++;
        public void OnTick(Action a) => callbacks.Add(a);
        public Func<string> Reporter() => () => $"{name} ticked {ticks} times";

        public void Fire()
        {
            foreach (var c in callbacks)
                c();
        }
    }

    public static void Main()
    {
        var p = new Poller("nodes");
        var tick = p.Tick;
        var report = p.Reporter();
        tick();
        tick();
        Console.WriteLine(report());
        p.OnTick(p.Tick);
        p.OnTick(() => Console.WriteLine("callback sees " + report()));
        p.Fire();
        Func<Func<string>> method = p.Reporter;
        Console.WriteLine(method()());
    }
}
