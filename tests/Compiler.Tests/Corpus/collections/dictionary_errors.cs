using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var map = new Dictionary<string, int> { ["a"] = 1 };
        try
        {
            map.Add("a", 2);
        }
        catch (ArgumentException)
        {
            Console.WriteLine("duplicate key: ArgumentException");
        }
        try
        {
            Console.WriteLine(map["missing"]);
        }
        catch (KeyNotFoundException)
        {
            Console.WriteLine("missing key: KeyNotFoundException");
        }
        try
        {
            string? key = null;
            map[key!] = 3;
        }
        catch (ArgumentNullException)
        {
            Console.WriteLine("null key: ArgumentNullException");
        }
        Console.WriteLine(map["a"]);
        Console.WriteLine(map.Count);
    }
}
