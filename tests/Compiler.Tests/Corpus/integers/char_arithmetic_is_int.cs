using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §12.4.7: char operands are promoted to int.
public static class Program
{
    public static void Main()
    {
        char c = 'a';
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        Console.WriteLine('z' - 'a');
        c++;
        Console.WriteLine(c);
    }
}
