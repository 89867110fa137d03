using System;
using System.Collections.Generic;
using System.Linq;

// Checked int arithmetic throws OverflowException with .NET’s message.
public static class Program
{
    public static void Main()
    {
        int big = int.MaxValue;
        try { Console.WriteLine(checked(big + 1)); }
        catch (OverflowException e) { Console.WriteLine(e.Message); }
    }
}
