using System;

public static class Program
{
    static int Divide(int a, int b) => a / b;
    static int Remainder(int a, int b) => a % b;

    public static void Main()
    {
        try
        {
            Console.WriteLine(Divide(10, 0));
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        try
        {
            Console.WriteLine(Remainder(10, 0));
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("caught remainder by zero");
        }
        try
        {
            int zero = 0;
            int x = 5;
            x /= zero;
            Console.WriteLine(x);
        }
        catch (ArithmeticException)
        {
            Console.WriteLine("caught as ArithmeticException");
        }
        double d = 1.0 / 0;
        Console.WriteLine(d);
        Console.WriteLine(-1.0 / 0);
        Console.WriteLine(0.0 / 0);
        Console.WriteLine(5.0 % 0);
        Console.WriteLine("after");
    }
}
