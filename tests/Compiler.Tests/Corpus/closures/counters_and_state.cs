using System;

public static class Program
{
    static Func<int> MakeCounter(int start, int step)
    {
        int current = start;
        return () =>
        {
            current += step;
            return current;
        };
    }

    static (Action inc, Func<int> get) MakeBox()
    {
        int value = 0;
        return (() => value++, () => value);
    }

    public static void Main()
    {
        var byOne = MakeCounter(0, 1);
        var byTen = MakeCounter(100, 10);
        Console.WriteLine(byOne() + " " + byOne() + " " + byOne());
        Console.WriteLine(byTen() + " " + byTen());
        Console.WriteLine(byOne());
        var (inc, get) = MakeBox();
        inc();
        inc();
        Console.WriteLine(get());
        int outer = 1;
        Action doubleIt = () => outer *= 2;
        doubleIt();
        doubleIt();
        Console.WriteLine(outer);
        outer = 100;
        doubleIt();
        Console.WriteLine(outer);
    }
}
