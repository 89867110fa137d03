using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §10.2.9 boxing conversions: a boxed char is still a System.Char, so object.ToString() gives the character.
public static class Program
{
    public static void Main()
    {
        object o = 'q';
        Console.WriteLine(o);
        Console.WriteLine(o.ToString());
        Console.WriteLine("[" + o + "]");
    }
}
