using System;
using System.Linq;

public static class Program
{
    static void Try(string label, Func<object?> f)
    {
        try
        {
            Console.WriteLine(label + ": " + (f() ?? "null"));
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine(label + ": InvalidOperationException");
        }
    }

    public static void Main()
    {
        int[] nums = { 4, 8, 15, 16, 23, 42 };
        int[] none = { };
        string[] words = { "alpha", "beta" };
        Try("First", () => nums.First());
        Try("First>10", () => nums.First(n => n > 10));
        Try("First>100", () => nums.First(n => n > 100));
        Try("First empty", () => none.First());
        Try("FirstOrDefault>100", () => nums.FirstOrDefault(n => n > 100));
        Try("FirstOrDefault words", () => words.FirstOrDefault(w => w.StartsWith("z")));
        Try("Last", () => nums.Last());
        Try("Last odd", () => nums.Last(n => n % 2 == 1));
        Try("Last empty", () => none.Last());
        Try("LastOrDefault", () => none.LastOrDefault());
        Try("Single 42", () => nums.Single(n => n == 42));
        Try("Single even", () => nums.Single(n => n % 2 == 0));
        Try("Single none", () => nums.Single(n => n == 5));
        Try("SingleOrDefault none", () => nums.SingleOrDefault(n => n == 5));
        Try("SingleOrDefault many", () => nums.SingleOrDefault(n => n > 10));
    }
}
