using System;
using System.Collections.Generic;
using System.Linq;

// Console.WriteLine(char) writes the character; WriteLine(int) of a char expression writes the number.
public static class Program
{
    public static void Main()
    {
        char c = 'x';
        Console.WriteLine(c);
        Console.WriteLine(c + 0);
        Console.WriteLine((int)c);
    }
}
