using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §13.11: an exception thrown while evaluating a when filter makes the filter false; the original exception keeps propagating.
public static class Program
{
    static bool Fails() => throw new ArgumentException("from filter");

    public static void Main()
    {
        try
        {
            try { throw new InvalidOperationException("original"); }
            catch (Exception) when (Fails()) { Console.WriteLine("inner handler"); }
        }
        catch (Exception e) { Console.WriteLine("outer: " + e.Message); }
    }
}
