using System;
using System.Collections.Generic;
using System.Linq;

// Integer division by zero throws DivideByZeroException for long as for int.
public static class Program
{
    public static void Main()
    {
        long a = 10, zero = 0;
        try { Console.WriteLine(a / zero); }
        catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(a % zero); }
        catch (DivideByZeroException) { Console.WriteLine("remainder too"); }
    }
}
