using System;
using System.Collections.Generic;
using System.Linq;

// Object.Equals on boxes compares type and value: a boxed int never equals a boxed long.
public static class Program
{
    public static void Main()
    {
        object i = 3;
        object l = 3L;
        Console.WriteLine(i.Equals(l));
        Console.WriteLine(l.Equals(3L));
        Console.WriteLine(object.Equals(i, 3));
    }
}
