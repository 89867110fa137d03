using System;
using System.Collections.Generic;
using System.Linq;

// Unboxing null to a non-nullable value type throws NullReferenceException; to a nullable type it gives null.
public static class Program
{
    public static void Main()
    {
        object nothing = null!;
        try { char c = (char)nothing; Console.WriteLine(c); }
        catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); }
        char? maybe = (char?)nothing;
        Console.WriteLine(maybe.HasValue);
    }
}
