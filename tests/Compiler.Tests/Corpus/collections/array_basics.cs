using System;

public static class Program
{
    public static void Main()
    {
        int[] zeros = new int[4];
        Console.WriteLine(string.Join(",", zeros));
        string?[] empties = new string?[2];
        Console.WriteLine(empties[0] == null);
        bool[] flags = new bool[3];
        Console.WriteLine(flags[1]);
        double[] ds = new double[2];
        Console.WriteLine(ds[0]);
        var primes = new[] { 2, 3, 5, 7, 11 };
        Console.WriteLine(primes.Length);
        Console.WriteLine(Array.IndexOf(primes, 7));
        Console.WriteLine(Array.IndexOf(primes, 4));
        Array.Reverse(primes);
        Console.WriteLine(string.Join(" ", primes));
        int[] copy = (int[])primes.Clone();
        copy[0] = 99;
        Console.WriteLine(primes[0] + " " + copy[0]);
        int[] target = new int[7];
        Array.Copy(primes, 0, target, 2, 5);
        Console.WriteLine(string.Join(" ", target));
        Array.Fill(zeros, 8);
        Console.WriteLine(string.Join(" ", zeros));
        int sum = 0;
        foreach (var p in primes)
            sum += p;
        Console.WriteLine(sum);
        int[] squares = new int[5];
        for (int i = 0; i < squares.Length; i++)
            squares[i] = i * i;
        Console.WriteLine(string.Join(" ", squares));
        Console.WriteLine(Array.Exists(squares, s => s > 10));
        Console.WriteLine(Array.Find(squares, s => s > 3));
        Console.WriteLine(Array.FindIndex(squares, s => s > 3));
        int[] empty = Array.Empty<int>();
        Console.WriteLine(empty.Length);
        int[] collection = [1, 2, 3];
        Console.WriteLine(collection[^1]);
    }
}
