using System;
using System.Collections.Generic;
using System.Linq;

// A null nullable value formats as an empty string.
public static class Program
{
    public static void Main()
    {
        int? none = null;
        int? some = 4;
        Console.WriteLine($"[{none}] [{some}]");
        Console.WriteLine("[" + none + "]");
    }
}
