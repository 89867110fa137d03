using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §12.10.5: string + char appends the character; char + int is arithmetic first.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("a" + 'b');
        Console.WriteLine('a' + 1 + "c");
        Console.WriteLine("c" + 'a' + 1);
    }
}
