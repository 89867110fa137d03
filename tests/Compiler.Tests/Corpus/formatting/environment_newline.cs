using System;
using System.Collections.Generic;
using System.Linq;

// Environment.NewLine is "\\n" on Linux (the platform the native leg runs on).
public static class Program
{
    public static void Main()
    {
        var text = "a" + Environment.NewLine + "b";
        Console.WriteLine(text.Length);
        Console.Write(text + Environment.NewLine);
    }
}
