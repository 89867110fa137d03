using System;
using System.Collections.Generic;

public static class Program
{
    static void Show(List<string> list) => Console.WriteLine(list.Count + ": " + string.Join(",", list));

    public static void Main()
    {
        var list = new List<string>();
        list.Add("b");
        list.Add("d");
        Show(list);
        list.Insert(0, "a");
        list.Insert(2, "c");
        Show(list);
        list.AddRange(new[] { "e", "f", "c" });
        Show(list);
        Console.WriteLine(list.IndexOf("c"));
        Console.WriteLine(list.LastIndexOf("c"));
        Console.WriteLine(list.IndexOf("z"));
        Console.WriteLine(list.Contains("e"));
        Console.WriteLine(list.Remove("c"));
        Console.WriteLine(list.Remove("z"));
        Show(list);
        list.RemoveAt(0);
        Show(list);
        list[0] = "B";
        Show(list);
        list.RemoveRange(1, 2);
        Show(list);
        list.Clear();
        Show(list);
        var copy = new List<int>(new[] { 1, 2, 3 });
        var alias = copy;
        alias.Add(4);
        Console.WriteLine(copy.Count);
        var independent = new List<int>(copy);
        independent.Add(5);
        Console.WriteLine(copy.Count + " " + independent.Count);
    }
}
