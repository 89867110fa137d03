using System;

public static class Program
{
    static int CountOccurrences(string text, string needle)
    {
        int count = 0;
        int index = text.IndexOf(needle, StringComparison.Ordinal);
        while (index >= 0)
        {
            count++;
            index = text.IndexOf(needle, index + needle.Length, StringComparison.Ordinal);
        }
        return count;
    }

    public static void Main()
    {
        string log = "ERROR a; WARN b; ERROR c; INFO d; ERROR e";
        Console.WriteLine(CountOccurrences(log, "ERROR"));
        Console.WriteLine(log.StartsWith("ERROR"));
        Console.WriteLine(log.EndsWith("e"));
        Console.WriteLine(log.Contains(';'));
        Console.WriteLine(log.LastIndexOf(';'));
        Console.WriteLine(log.LastIndexOf("ERROR", StringComparison.Ordinal));
        Console.WriteLine(log.IndexOf("warn", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(log.IndexOf(';', 10));
        Console.WriteLine("abc".Contains(""));
        Console.WriteLine("".IndexOf('a'));
        Console.WriteLine("banana".LastIndexOf('a', 4));
        Console.WriteLine("a-b-c".LastIndexOfAny(new[] { '-', '+' }));
    }
}
