using System;
using System.Collections.Generic;
using System.Linq;

// .NET's LINQ runs a key or element selector only where the operator needs its value: Count() and Any() of an
// ordered sequence compute no keys, First() and Last([predicate]) of one compare keys element by element (a deeper key
// only on a tie), and Last(), ElementAt and Any() of a selection over an array or list run the selector on that
// element alone (also after Skip/Take, over Enumerable.Range and over another such selection), and Last() and ElementAt
// of any other selection run the selector on the element they return only; the overloads taking the index run every selector; a throwing, counting key
// selector shows which keys ran.
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
        Run("where select last", () => new[] { 0, 2 }.Where(x => true).Select(Key).Last());
        Run("where select last none", () => new[] { 0, 2 }.Where(x => x > 5).Select(Key).LastOrDefault());
        Run("indexed select last", () => new[] { 0, 2 }.Select((x, i) => Key(x) + i).Last());
        Run("indexed where select last", () => new[] { 0, 2 }.Where((x, i) => i >= 0).Select(Key).Last());
        Run("select skip first", () => new[] { 0, 2, 4 }.Select(Key).Skip(1).First());
        Run("select take last", () => new[] { 2, 0, 4 }.Select(Key).Take(1).Last());
        Run("select skip elementAt", () => new List<int> { 0, 2, 4 }.Select(Key).Skip(1).ElementAt(1));
        Run("select skip any", () => new[] { 0, 2 }.Select(Key).Skip(1).Any());
        Run("select skip all any", () => new[] { 0, 2 }.Select(Key).Skip(5).Any());
        Run("range select last", () => Enumerable.Range(0, 3).Select(Key).Last());
        Run("where select elementAt", () => new[] { 0, 2, 4 }.Where(x => x >= 0).Select(Key).ElementAt(1));
        Run("hashset select last", () => new HashSet<int> { 0, 2 }.Select(Key).Last());
        Run("select select last", () => new[] { 0, 2 }.Select(Key).Select(k => k * 10).Last());
        Run("ordered select last", () => new[] { 4, 2 }.OrderBy(x => x).Select(Key).Last());
        Run("range select elementAt", () => Enumerable.Range(0, 3).Select(Key).ElementAt(2));
        Run("range select any", () => Enumerable.Range(0, 3).Select(Key).Any());
        var later = new List<int> { 0 };
        var query = later.Select(Key);
        later.Add(7);
        Run("list grew before last", () => query.Last());
        Run("select take count", () => new[] { 0, 2, 4 }.Select(Key).Take(2).Count());
    }
}
