using System;
using System.Collections.Generic;
using System.Linq;

// Long multiplication of int-range operands is exact while the product fits.
public static class Program
{
    public static void Main()
    {
        long x = 123456789;
        Console.WriteLine(x * 1000000);
        Console.WriteLine((long)int.MaxValue * 2);
        Console.WriteLine((long)int.MinValue * 3);
    }
}
