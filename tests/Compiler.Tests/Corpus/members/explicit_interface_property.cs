using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §18.6.2 explicit interface member implementations are reached through the interface.
public static class Program
{
    public static void Main()
    {
        var c = new Counter();
        ICounter i = c;
        i.Count = 4;
        Console.WriteLine(i.Count);
        Console.WriteLine(c.Raw);
    }
}

interface ICounter { int Count { get; set; } }
class Counter : ICounter
{
    public int Raw;
    int ICounter.Count { get => Raw; set => Raw = value * 2; }
}
