using System;

public static class Program
{
    static string Describe(string? s)
    {
        if (s is null) return "null";
        if (string.IsNullOrEmpty(s)) return "empty";
        if (string.IsNullOrWhiteSpace(s)) return "blank";
        return "text(" + s.Length + ")";
    }

    public static void Main()
    {
        Console.WriteLine(Describe(null));
        Console.WriteLine(Describe(""));
        Console.WriteLine(Describe("  \t"));
        Console.WriteLine(Describe("kmesh"));
        Console.WriteLine(string.IsNullOrEmpty(" "));
        Console.WriteLine(string.IsNullOrWhiteSpace(string.Empty));
        string? name = null;
        Console.WriteLine(name?.Length ?? -1);
        Console.WriteLine((name ?? "default").ToUpper());
        name ??= "assigned";
        Console.WriteLine(name);
        try
        {
            string? n = null;
            Console.WriteLine(n!.Length);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("NullReferenceException");
        }
    }
}
