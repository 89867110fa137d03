using System;
using System.Collections.Generic;
using System.Linq;

// .NET's LINQ runs a key or element selector only where the operator needs its value: Count() and Any() of an
// ordered sequence compute no keys, First() and Last([predicate]) of one compare keys element by element (a deeper key
// only on a tie), and Last(), ElementAt and Any() of a selection over an array or list run the selector on that
// element alone; a throwing, counting key selector shows which keys ran.
public static class Program
{
    static int calls;
    static int Key(int x) { calls++; if (x == 0) throw new InvalidOperationException("key of 0"); return -x; }
    static void Run(string name, Func<object> f)
    {
        calls = 0;
        try { Console.WriteLine(name + ": " + f() + " (" + calls + " keys)"); }
        catch (InvalidOperationException e) { Console.WriteLine(name + ": " + e.Message + " (" + calls + " keys)"); }
    }
    public static void Main()
    {
        var xs = new[] { 3, 0, 5, 1 };
        var list = new List<int> { 3, 0, 5, 1 };
        Run("first pred", () => xs.OrderBy(Key).First(x => x > 2));
        Run("firstOrDefault pred", () => xs.OrderBy(Key).FirstOrDefault(x => x > 7));
        Run("last pred", () => xs.OrderBy(Key).Last(x => x != 0));
        Run("lastOrDefault pred", () => xs.OrderByDescending(Key).LastOrDefault(x => x > 2));
        Run("first", () => new[] { 3, 5, 1 }.OrderBy(Key).ThenBy(x => x).First());
        Run("last", () => new[] { 3, 5, 1 }.OrderBy(x => x % 2).ThenBy(Key).Last());
        Run("first thenby pred", () => xs.OrderBy(x => x % 2).ThenBy(Key).First(x => x > 2));
        Run("count", () => xs.OrderBy(Key).Count());
        Run("count list", () => list.OrderBy(Key).Count());
        Run("count where", () => xs.Where(x => x < 9).OrderBy(Key).Count());
        Run("any", () => xs.OrderBy(Key).Any());
        Run("any where", () => xs.Where(x => x < 9).OrderBy(Key).Any());
        Run("elementAt 0", () => xs.OrderBy(Key).Where(x => true).ElementAt(0));
        Run("ordered elementAt 0", () => new[] { 4, 2 }.OrderBy(Key).ElementAt(0));
        Run("select any", () => xs.Select(Key).Any());
        Run("select count", () => xs.Select(Key).Count());
        Run("select first", () => new[] { 2, 0 }.Select(Key).First());
        Run("select last", () => new[] { 0, 2 }.Select(Key).Last());
        Run("select elementAt", () => new[] { 0, 2 }.Select(Key).ElementAt(1));
        Run("list select last", () => new List<int> { 0, 2 }.Select(Key).Last());
        Run("select take count", () => new[] { 0, 2, 4 }.Select(Key).Take(2).Count());
    }
}
