using System;

// C# spec, remainder operator: if the left operand is the smallest int value and the right operand is -1, an
// OverflowException is thrown exactly when x / y would throw; x % -1 is 0 for every other x, and the result's sign
// is the left operand's.
public static class Program
{
    static int Id(int x) => x;

    static string Try(Func<int> f)
    {
        try
        {
            return f().ToString();
        }
        catch (OverflowException e)
        {
            return "OverflowException: " + e.Message;
        }
        catch (DivideByZeroException)
        {
            return "DivideByZeroException";
        }
    }

    public static void Main()
    {
        Console.WriteLine(Try(() => Id(int.MinValue) % Id(-1)));
        Console.WriteLine(Try(() => Id(int.MinValue) / Id(-1)));
        Console.WriteLine(Try(() => Id(int.MinValue + 1) % Id(-1)));
        Console.WriteLine(Try(() => Id(int.MaxValue) % Id(-1)));
        Console.WriteLine(Try(() => Id(int.MinValue) % Id(1)));
        Console.WriteLine(Try(() => Id(-7) % Id(3)));
        Console.WriteLine(Try(() => Id(7) % Id(-3)));
        Console.WriteLine(Try(() => Id(7) % Id(0)));
        Console.WriteLine(Try(() => unchecked(Id(int.MinValue) % Id(-1))));
        var x = int.MinValue;
        Console.WriteLine(Try(() => { var y = x; y %= Id(-1); return y; }));
    }
}
