using System;
using System.Collections.Generic;
using System.Linq;

// Unboxing to a type other than the boxed type throws InvalidCastException.
public static class Program
{
    public static void Main()
    {
        object boxedInt = 5;
        try { long l = (long)boxedInt; Console.WriteLine(l); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        object boxedChar = 'a';
        try { int i = (int)boxedChar; Console.WriteLine(i); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
    }
}
