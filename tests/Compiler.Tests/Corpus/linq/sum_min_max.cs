using System;
using System.Linq;

public static class Program
{
    record Node(string Name, int Pods, double Cpu);

    public static void Main()
    {
        var nodes = new[] { new Node("a", 12, 0.5), new Node("b", 40, 2.25), new Node("c", 7, 1.0) };
        Console.WriteLine(nodes.Sum(n => n.Pods));
        Console.WriteLine(nodes.Sum(n => n.Cpu));
        Console.WriteLine(nodes.Min(n => n.Pods));
        Console.WriteLine(nodes.Max(n => n.Cpu));
        Console.WriteLine(new[] { 3, 9, -2 }.Max());
        Console.WriteLine(new[] { 3, 9, -2 }.Min());
        Console.WriteLine(new[] { 1.5, 2.5 }.Sum());
        Console.WriteLine(new int[0].Sum());
        Console.WriteLine(new[] { "pear", "apple", "fig" }.Max());
        Console.WriteLine(new[] { "pear", "apple", "fig" }.Min());
        try
        {
            Console.WriteLine(new int[0].Max());
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("Max of empty: InvalidOperationException");
        }
        try
        {
            Console.WriteLine(new int[0].Min(x => x * 2));
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("Min of empty: InvalidOperationException");
        }
        int? noMax = new int?[0].Max();
        Console.WriteLine(noMax.HasValue);
    }
}
