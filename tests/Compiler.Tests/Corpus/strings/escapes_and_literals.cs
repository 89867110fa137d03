using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("tab\there");
        Console.WriteLine("quote \" and backslash \\");
        Console.WriteLine(@"verbatim \n stays ""quoted""");
        Console.WriteLine("unicode: \u00e9\u00e8 \u2713");
        Console.WriteLine("caf\u00e9".Length);
        Console.WriteLine("""
            {
              "kind": "Pod",
              "name": "raw"
            }
            """);
        Console.WriteLine("line1\nline2");
        Console.WriteLine('\'' + "" + '"');
        Console.WriteLine("null char length: " + "a\0b".Length);
        Console.WriteLine("\x41\x42");
        string multi = @"first
second";
        Console.WriteLine(multi.Split('\n').Length);
    }
}
