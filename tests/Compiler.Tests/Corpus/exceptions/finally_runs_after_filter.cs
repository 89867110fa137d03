using System;
using System.Collections.Generic;
using System.Linq;

// Finally blocks run after the matching handler, also when a filter threw.
public static class Program
{
    static bool Boom() { Console.WriteLine("filter runs"); throw new Exception("filter"); }

    public static void Main()
    {
        try
        {
            try { throw new Exception("x"); }
            catch (Exception) when (Boom()) { Console.WriteLine("never"); }
            finally { Console.WriteLine("inner finally"); }
        }
        catch (Exception e) { Console.WriteLine("caught " + e.Message); }
    }
}
