using System;
using System.Collections.Generic;
using System.Linq;

// Converting an empty nullable to its value type throws InvalidOperationException.
public static class Program
{
    public static void Main()
    {
        int? n = null;
        try { int v = (int)n; Console.WriteLine(v); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(n.GetValueOrDefault());
    }
}
