using System;
using System.Collections.Generic;
using System.Linq;

// When a filter throws, the next catch clause of the same try is considered.
public static class Program
{
    static string Null() => null!;

    public static void Main()
    {
        try { throw new FormatException("f"); }
        catch (FormatException e) when (e.Message.Length > 5 || Null().Length > 0) { Console.WriteLine("first"); }
        catch (FormatException e) { Console.WriteLine("second " + e.Message); }
    }
}
