using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §9.3: instance fields start at the default value of their type.
public static class Program
{
    public static void Main()
    {
        var f = new Fields();
        Console.WriteLine($"{f.I} {f.L} {f.D} {f.B} {f.C == '\0'} {f.S == null} {f.N == null} {f.E}");
    }
}

enum Level { Zero, One }
class Fields
{
    public int I; public long L; public double D; public bool B; public char C; public string? S; public int? N; public Level E;
}
