using System;
using System.Collections.Generic;
using System.Linq;

// A boxed long prints all its digits (Int64.ToString), not a double’s shortest form.
public static class Program
{
    public static void Main()
    {
        object l = 1000000000000000L;
        Console.WriteLine(l);
        object d = 1e15;
        Console.WriteLine(d);
    }
}
