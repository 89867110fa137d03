using System;
using System.Collections.Generic;
using System.Linq;

// throw; rethrows the same exception object.
public static class Program
{
    public static void Main()
    {
        Exception? first = null;
        try
        {
            try { throw new InvalidOperationException("same"); }
            catch (Exception e) { first = e; throw; }
        }
        catch (Exception e) { Console.WriteLine(ReferenceEquals(first, e) + " " + e.Message); }
    }
}
