using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static IEnumerable<long> Fibonacci()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    static IEnumerable<int> Naturals()
    {
        int n = 0;
        while (true)
            yield return n++;
    }

    static IEnumerable<int> Primes() => Naturals().Skip(2).Where(n =>
    {
        for (int d = 2; d * d <= n; d++)
            if (n % d == 0)
                return false;
        return true;
    });

    public static void Main()
    {
        Console.WriteLine(string.Join(",", Fibonacci().Take(15)));
        Console.WriteLine(string.Join(",", Primes().Take(10)));
        Console.WriteLine(Fibonacci().First(f => f > 1000));
        Console.WriteLine(Naturals().Select(n => n * n).TakeWhile(n => n < 50).Count());
        Console.WriteLine(Fibonacci().Skip(50).First());
    }
}
