using System;
using System.Collections.Generic;
using System.Linq;

// Explicit conversions between an enum and its underlying type keep the number; undefined values are allowed.
public static class Program
{
    public static void Main()
    {
        var s = (Size)2;
        Console.WriteLine(s);
        Console.WriteLine((int)Size.Large);
        Console.WriteLine((Size)9);
    }
}

enum Size { Small, Medium, Large }
