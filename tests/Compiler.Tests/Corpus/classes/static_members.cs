using System;

public static class Program
{
    class Counter
    {
        public static int Created;
        public static readonly string Prefix = "c";
        public const int Limit = 3;
        public readonly int Id;
        public Counter()
        {
            Created++;
            Id = Created;
        }
        public static Counter? TryCreate() => Created < Limit ? new Counter() : null;
        public string Label => Prefix + Id;
    }

    static class MathUtil
    {
        public static int Square(int x) => x * x;
        public static int Calls { get; private set; }
        public static int Twice(int x)
        {
            Calls++;
            return x * 2;
        }
    }

    public static void Main()
    {
        Console.WriteLine(Counter.Created);
        var a = new Counter();
        var b = new Counter();
        Console.WriteLine(a.Label + " " + b.Label + " " + Counter.Created);
        Console.WriteLine(Counter.TryCreate()?.Label ?? "none");
        Console.WriteLine(Counter.TryCreate()?.Label ?? "none");
        Console.WriteLine(Counter.Limit);
        Console.WriteLine(MathUtil.Square(MathUtil.Twice(3)));
        MathUtil.Twice(1);
        Console.WriteLine(MathUtil.Calls);
    }
}
