using System;

public static class Program
{
    enum Priority : byte { Low = 1, High = 200 }
    enum Big : long { Kilo = 1000, Tera = 1_000_000_000_000 }
    enum Signed : short { Minus = -5, Zero = 0, Plus = 5 }

    public static void Main()
    {
        Console.WriteLine(Priority.High + " " + (byte)Priority.High + " " + (int)Priority.Low);
        Console.WriteLine(Big.Tera + " " + (long)Big.Tera / (long)Big.Kilo);
        Console.WriteLine(Signed.Minus + " " + (int)Signed.Minus);
        Console.WriteLine((Signed)(-5) == Signed.Minus);
        Console.WriteLine(Signed.Minus < Signed.Zero);
        var values = new[] { Signed.Plus, Signed.Minus, Signed.Zero };
        Array.Sort(values);
        Console.WriteLine(string.Join(",", values));
        Console.WriteLine($"{Priority.Low,-6}|{Priority.High,6}|");
    }
}
