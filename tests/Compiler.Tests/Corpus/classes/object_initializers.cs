using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Container
    {
        public string Name { get; set; } = "unnamed";
        public string? Image { get; set; }
        public List<string> Args { get; set; } = new();
        public Resources Limits { get; set; } = new();
        public override string ToString() => $"{Name} {Image ?? "<none>"} [{string.Join(" ", Args)}] cpu={Limits.Cpu} mem={Limits.MemoryMi}";
    }

    sealed class Resources
    {
        public double Cpu { get; set; }
        public int MemoryMi { get; set; } = 128;
    }

    public static void Main()
    {
        var a = new Container();
        var b = new Container { Name = "kmesh", Image = "kmesh:1.0", Args = { "--mode=dual-engine", "--v=2" } };
        var c = new Container { Limits = { Cpu = 0.5 } };
        var d = new Container { Limits = new Resources { Cpu = 2, MemoryMi = 512 } };
        Console.WriteLine(a);
        Console.WriteLine(b);
        Console.WriteLine(c);
        Console.WriteLine(d);
        var anon = new { Name = "x", Count = 3 };
        Console.WriteLine(anon.Name + anon.Count);
        var anon2 = new { Name = "x", Count = 3 };
        Console.WriteLine(anon.Equals(anon2));
        Console.WriteLine(anon);
    }
}
