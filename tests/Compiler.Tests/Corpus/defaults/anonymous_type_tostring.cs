using System;
using System.Collections.Generic;
using System.Linq;

// Anonymous types override ToString as { Name = value, ... }.
public static class Program
{
    public static void Main()
    {
        var a = new { Name = "Ann", Age = 3 };
        Console.WriteLine(a);
        Console.WriteLine(new { });
        Console.WriteLine(new { Inner = new { X = 1 }, Text = (string?)null });
    }
}
