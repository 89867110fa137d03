using System;
using System.Collections.Generic;

public static class Program
{
    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    static long Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
    static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
    static bool IsEven(int n) => n == 0 || IsOdd(n - 1);
    static bool IsOdd(int n) => n != 0 && IsEven(n - 1);

    static void Permute(string prefix, string rest, List<string> output)
    {
        if (rest.Length == 0)
        {
            output.Add(prefix);
            return;
        }
        for (int i = 0; i < rest.Length; i++)
            Permute(prefix + rest[i], rest.Remove(i, 1), output);
    }

    static void Hanoi(int n, char from, char to, char via, List<string> moves)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, moves);
        moves.Add($"{from}->{to}");
        Hanoi(n - 1, via, to, from, moves);
    }

    public static void Main()
    {
        Console.WriteLine(Fib(20));
        Console.WriteLine(Factorial(15));
        Console.WriteLine(Gcd(1071, 462));
        Console.WriteLine(IsEven(10) + " " + IsOdd(7) + " " + IsEven(7));
        var perms = new List<string>();
        Permute("", "abc", perms);
        Console.WriteLine(string.Join(",", perms));
        var moves = new List<string>();
        Hanoi(3, 'A', 'C', 'B', moves);
        Console.WriteLine(moves.Count + ": " + string.Join(" ", moves));
        Func<int, int>? fact = null;
        fact = n => n <= 1 ? 1 : n * fact!(n - 1);
        Console.WriteLine(fact(10));
    }
}
