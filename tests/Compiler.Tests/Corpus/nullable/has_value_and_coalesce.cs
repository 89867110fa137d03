using System;

public static class Program
{
    public static void Main()
    {
        int? a = 5;
        int? b = null;
        Console.WriteLine(a.HasValue + " " + b.HasValue);
        Console.WriteLine(a.Value);
        Console.WriteLine(a ?? -1);
        Console.WriteLine(b ?? -1);
        Console.WriteLine(a.GetValueOrDefault());
        Console.WriteLine(b.GetValueOrDefault());
        Console.WriteLine(b.GetValueOrDefault(42));
        Console.WriteLine(a == 5);
        Console.WriteLine(b == null);
        Console.WriteLine(a != b);
        try
        {
            Console.WriteLine(b.Value);
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("Value of null: InvalidOperationException");
        }
        int plain = a ?? 0;
        Console.WriteLine(plain);
        b ??= 7;
        Console.WriteLine(b);
        double? d = null;
        Console.WriteLine((d ?? 1.5) * 2);
        bool? flag = null;
        Console.WriteLine(flag == true ? "yes" : flag == false ? "no" : "unknown");
        Console.WriteLine(flag ?? false);
    }
}
