using System;
using System.Collections.Generic;
using System.Linq;

// A filter can read the exception variable; a false filter moves on to the next clause.
public static class Program
{
    public static void Main()
    {
        foreach (var code in new[] { 1, 2 })
        {
            try { throw new ArgumentException("code " + code); }
            catch (ArgumentException e) when (e.Message.EndsWith("1")) { Console.WriteLine("one: " + e.Message); }
            catch (ArgumentException e) { Console.WriteLine("other: " + e.Message); }
        }
    }
}
