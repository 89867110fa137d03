using System;
using System.Linq;

public static class Program
{
    static bool IsPositive(int x) => x > 0;
    static string Describe(int x) => x switch { > 0 => "+", < 0 => "-", _ => "0" };

    sealed class Formatter
    {
        private readonly string prefix;
        public Formatter(string prefix) { this.prefix = prefix; }
        public string Format(int x) => prefix + x;
    }

    public static void Main()
    {
        int[] numbers = { 3, -1, 0, 8 };
        Console.WriteLine(string.Join("", numbers.Select(Describe)));
        Console.WriteLine(numbers.Count(IsPositive));
        var f = new Formatter("#");
        Console.WriteLine(string.Join(" ", numbers.Select(f.Format)));
        Console.WriteLine(string.Join(" ", numbers.Select(Math.Abs)));
        Console.WriteLine(string.Join(" ", new[] { "1", "22" }.Select(int.Parse).Select(x => x * 2)));
    }
}
