using System;
using System.Collections.Generic;

public static class Program
{
    delegate int BinaryOp(int a, int b);

    static int Add(int a, int b) => a + b;
    static int Sub(int a, int b) => a - b;

    public static void Main()
    {
        var ops = new Dictionary<string, BinaryOp>
        {
            ["+"] = Add,
            ["-"] = Sub,
            ["*"] = (a, b) => a * b,
            ["max"] = Math.Max,
        };
        foreach (var kv in ops)
            Console.WriteLine($"7 {kv.Key} 3 = {kv.Value(7, 3)}");
        BinaryOp op = Add;
        Console.WriteLine(op.Invoke(1, 2));
        Func<string, int> parse = int.Parse;
        Console.WriteLine(parse("41") + 1);
        Func<string, string> upper = s => s.ToUpper();
        Console.WriteLine(upper("x"));
        var pipeline = new List<Func<int, int>> { x => x + 1, x => x * 3, x => x - 2 };
        int value = 5;
        foreach (var step in pipeline)
            value = step(value);
        Console.WriteLine(value);
    }
}
