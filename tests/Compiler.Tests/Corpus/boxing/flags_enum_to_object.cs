using System;
using System.Collections.Generic;
using System.Linq;

// FlagsAttribute: a boxed flags value prints its set flags joined by ", ".
public static class Program
{
    public static void Main()
    {
        object p = Access.Read | Access.Write;
        Console.WriteLine(p);
        object none = Access.None;
        Console.WriteLine(none);
    }
}

[Flags] enum Access { None = 0, Read = 1, Write = 2 }
