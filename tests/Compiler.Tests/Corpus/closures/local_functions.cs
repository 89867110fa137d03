using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        int calls = 0;
        int Add(int a, int b)
        {
            calls++;
            return a + b;
        }
        static int Mul(int a, int b) => a * b;
        Console.WriteLine(Add(2, 3) + Mul(4, 5));
        Console.WriteLine(Add(Add(1, 1), 1));
        Console.WriteLine("calls " + calls);
        Console.WriteLine(Later());
        string Later() => "declared after use " + calls;
        var results = new List<string>();
        void Visit(string path, int depth)
        {
            results.Add(new string(' ', depth) + path);
            if (depth < 2)
            {
                Visit(path + "/a", depth + 1);
                Visit(path + "/b", depth + 1);
            }
        }
        Visit("root", 0);
        Console.WriteLine(string.Join("\n", results));
        Func<int, int> square = Square;
        Console.WriteLine(square(9));
        int Square(int x) => x * x;
    }
}
