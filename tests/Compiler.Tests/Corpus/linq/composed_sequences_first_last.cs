using System;
using System.Collections.Generic;
using System.Linq;

// First and Last of LINQ's composed sequences run a selector only on the element they return where .NET's iterators
// do: Last of a Concat or Append takes the second part's last element, First of a Reverse the source's last, Skip
// over a selection of a lazy sequence selects one element; predicates, Count, Min, ToList and Single still run
// it on every element they see. A throwing, counting selector shows which ran.
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
        IEnumerable<int> lazy = new[] { 0, 2, 4 }.Where(x => x >= 0);
        Run("lazy select skip first", () => lazy.Select(Key).Skip(1).First());
        Run("lazy select take last", () => lazy.Select(Key).Take(2).Last());
        Run("select concat last", () => new[] { 0, 2 }.Select(Key).Concat(new[] { 5 }).Last());
        Run("concat select last", () => new[] { 0, 2 }.Concat(new[] { 5 }).Select(Key).Last());
        Run("select append last", () => new[] { 0 }.Select(Key).Append(3).Last());
        Run("select reverse first", () => new[] { 2, 0 }.Select(Key).Reverse().First());
        Run("select reverse last", () => new[] { 0, 2 }.Select(Key).Reverse().Last());
        Run("select where last", () => new[] { 2, 0, 4 }.Select(Key).Where(x => x < -3).Last());
        Run("select first pred", () => new[] { 2, 0 }.Select(Key).First(x => x < 0));
        Run("select last pred", () => new[] { 0, 2 }.Select(Key).Last(x => x < 0));
        Run("select count pred", () => new[] { 0, 2 }.Select(Key).Count(x => x < 0));
        Run("select tolist count", () => new[] { 2, 4 }.Select(Key).ToList().Count);
        Run("select orderby first", () => new[] { 2, 0 }.Select(x => x).OrderBy(Key).First());
        Run("distinct select last", () => new[] { 0, 2 }.Distinct().Select(Key).Last());
        Run("select elementAtOrDefault", () => new[] { 0, 2 }.Select(Key).ElementAtOrDefault(5));
        Run("select single", () => new[] { 0 }.Select(x => x + 1).Select(Key).Single());
        Run("take select last", () => new[] { 0, 2, 4 }.Take(2).Select(Key).Last());
        Run("skip select first", () => new[] { 0, 2 }.Skip(1).Select(Key).First());
        Run("select min", () => new[] { 0, 2 }.Select(Key).Min());
    }
}
