using System;
using System.Collections.Generic;
using System.Linq;

// Double.Equals(object) requires a boxed double: 3.0 boxed does not equal 3 boxed.
public static class Program
{
    public static void Main()
    {
        object d = 3.0;
        Console.WriteLine(d.Equals(3));
        Console.WriteLine(d.Equals(3.0));
        object nan = double.NaN;
        Console.WriteLine(nan.Equals(double.NaN));
    }
}
