using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var total = 0;
        foreach (var n in new List<int> { 1, 2, 3 })
            total += n;
        foreach (var n in new[] { 10, 20 })
            total += n;
        foreach (var c in "ab")
            total += c;
        Console.WriteLine(total);
        var index = 0;
        foreach (var word in new[] { "zero", "one", "two", "three" })
        {
            if (word == "one")
            {
                index++;
                continue;
            }
            if (word == "three")
                break;
            Console.WriteLine(index + ":" + word);
            index++;
        }
        var items = new List<string> { "a", "b", "c" };
        for (int i = items.Count - 1; i >= 0; i--)
            if (items[i] == "b")
                items.RemoveAt(i);
        Console.WriteLine(string.Join("", items));
        int w = 0;
        while (true)
        {
            if (++w > 3)
                break;
        }
        do
        {
            w--;
        } while (w > 0);
        Console.WriteLine(w);
    }
}
