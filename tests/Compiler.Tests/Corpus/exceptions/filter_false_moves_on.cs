using System;
using System.Collections.Generic;
using System.Linq;

// A when filter that is false passes the exception to the next matching clause.
public static class Program
{
    public static void Main()
    {
        try { throw new InvalidOperationException("io"); }
        catch (InvalidOperationException) when (false.Equals(true)) { Console.WriteLine("filtered"); }
        catch (Exception e) { Console.WriteLine("general " + e.Message); }
    }
}
