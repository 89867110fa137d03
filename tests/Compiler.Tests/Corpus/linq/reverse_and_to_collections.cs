using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var list = new List<int> { 1, 2, 3 };
        var reversed = list.AsEnumerable().Reverse().ToArray();
        Console.WriteLine(string.Join(",", reversed));
        Console.WriteLine(string.Join(",", list));
        int[] arr = list.ToArray();
        arr[0] = 100;
        Console.WriteLine(list[0]);
        List<int> copy = list.ToList();
        copy.Add(4);
        Console.WriteLine(list.Count + " " + copy.Count);
        HashSet<int> set = list.Select(x => x % 2).ToHashSet();
        Console.WriteLine(set.Count);
    }
}
