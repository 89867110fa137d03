using System;
using System.Collections.Generic;

public static class Program
{
    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) => x => g(f(x));
    static Func<int, Func<int, int>> Curry(Func<int, int, int> f) => a => b => f(a, b);
    static IEnumerable<T> Filter<T>(IEnumerable<T> items, Predicate<T> keep)
    {
        var result = new List<T>();
        foreach (var i in items)
            if (keep(i))
                result.Add(i);
        return result;
    }

    public static void Main()
    {
        Func<int, int> addOne = x => x + 1;
        Func<int, int> twice = x => x * 2;
        Console.WriteLine(Compose(addOne, twice)(5));
        Console.WriteLine(Compose(twice, addOne)(5));
        var add = Curry((a, b) => a + b);
        var add10 = add(10);
        Console.WriteLine(add10(5) + " " + add(1)(2));
        Console.WriteLine(string.Join(",", Filter(new[] { 1, 2, 3, 4, 5, 6 }, n => n % 3 == 0)));
        Action<string> greet = name => Console.WriteLine("hello " + name);
        greet("kmesh");
        Func<string> lazy = () => "computed";
        Console.WriteLine(lazy());
        Func<int, int, bool> gt = (a, b) => a > b;
        Console.WriteLine(gt(3, 2));
        Action? maybe = null;
        maybe?.Invoke();
        maybe = () => Console.WriteLine("invoked");
        maybe?.Invoke();
        Comparison<string> byLength = (a, b) => a.Length.CompareTo(b.Length);
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(byLength);
        Console.WriteLine(string.Join(" ", words));
        Func<int, string> fmt = static n => n.ToString("D4");
        Console.WriteLine(fmt(42));
    }
}
