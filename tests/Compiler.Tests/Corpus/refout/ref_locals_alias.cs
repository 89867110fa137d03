using System;

// C# spec, reference parameters: a ref parameter is the caller's variable itself, not a copy; two ref parameters
// given the same variable are the same storage location.
public static class Program
{
    static void Swap(ref int a, ref int b)
    {
        var t = a;
        a = b;
        b = t;
    }

    static void SwapText(ref string a, ref string b) => (a, b) = (b, a);

    static int AddTwice(ref int x, ref int y)
    {
        x += 10;
        y += 1;
        return x + y;
    }

    static void Bump(ref int counter, int times)
    {
        if (times == 0) return;
        counter++;
        Bump(ref counter, times - 1);
    }

    public static void Main()
    {
        int a = 1, b = 2;
        Swap(ref a, ref b);
        Console.WriteLine($"{a} {b}");
        string s = "left", t = "right";
        SwapText(ref s, ref t);
        Console.WriteLine(s + " " + t);
        var same = 5;
        Console.WriteLine(AddTwice(ref same, ref same));
        Console.WriteLine(same);
        var n = 0;
        Bump(ref n, 4);
        Console.WriteLine(n);
        for (var i = 0; i < 3; i++)
        {
            var local = i;
            Bump(ref local, i);
            Console.WriteLine($"{i}: {local}");
        }
        Func<int> seen = () => n;
        Bump(ref n, 2);
        Console.WriteLine(seen());
        var x = int.MaxValue;
        Bump(ref x, 1);
        Console.WriteLine(x);
    }
}
