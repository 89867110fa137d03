using System;

public static class Program
{
    public static void Main()
    {
        string a = "kmesh";
        string b = "km" + "esh";
        string c = new string(new[] { 'k', 'm', 'e', 's', 'h' });
        Console.WriteLine(a == b);
        Console.WriteLine(a == c);
        Console.WriteLine(a.Equals(c));
        Console.WriteLine(object.Equals(a, c));
        Console.WriteLine("v" + 1 + 2);
        Console.WriteLine(1 + 2 + "v");
        Console.WriteLine("d" + 1.5 + true + 'x');
        Console.WriteLine("n" + (object?)null + "!");
        Console.WriteLine(string.Concat("a", "b", "c"));
        Console.WriteLine(string.Concat(1, 2));
        Console.WriteLine(a.Length + b.Length);
        Console.WriteLine(string.Empty.Length);
        Console.WriteLine("" == string.Empty);
        Console.WriteLine(new string('=', 10));
        Console.WriteLine(a.CompareTo(b));
    }
}
