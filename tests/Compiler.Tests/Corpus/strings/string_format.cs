using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(string.Format("{0} has {1} pods", "node-1", 12));
        Console.WriteLine(string.Format("{1}-{0}-{1}", "a", "b"));
        Console.WriteLine(string.Format("{0,6}|{1,-6}|", "ab", "cd"));
        Console.WriteLine(string.Format("{0:N2} {0:F0} {1:X}", 1234.5, 255));
        Console.WriteLine(string.Format("{{0}} is {0}", "escaped"));
        Console.WriteLine(string.Format("{0}", true));
        Console.WriteLine(string.Format("{0} {1} {2} {3}", 1, 2.5, 'c', "s"));
        Console.WriteLine("total: {0:P1}", 0.4567);
        Console.WriteLine("{0} + {1} = {2}", 2, 3, 2 + 3);
        Console.WriteLine(string.Format("{0:D5}", 42));
        try
        {
            Console.WriteLine(string.Format("{2}", "a"));
        }
        catch (FormatException)
        {
            Console.WriteLine("FormatException");
        }
    }
}
