using System;

// C# spec, overload resolution: ref/out is part of a method's signature, so M(int) and M(ref int) are different
// overloads chosen by the argument's modifier. A ref parameter passes through virtual and interface dispatch and
// can be passed on to another ref or out parameter.
public static class Program
{
    static string Kind(int x) => "value " + x;

    static string Kind(ref int x)
    {
        x++;
        return "ref " + x;
    }

    static string Kind(string s, ref int x) => "string+ref " + s + x;

    interface ICounter
    {
        bool TryTake(out int item);
    }

    abstract class Shape
    {
        public virtual void Scale(ref double size) => size *= 2;
    }

    sealed class Square : Shape
    {
        public override void Scale(ref double size)
        {
            base.Scale(ref size);
            size += 0.5;
        }
    }

    sealed class Countdown : ICounter
    {
        private int left = 2;

        public bool TryTake(out int item)
        {
            item = left;
            return left-- > 0;
        }
    }

    static void Reset<T>(ref T value, T to) => value = to;

    static void Twice(ref int x)
    {
        Once(ref x);
        Once(ref x);
    }

    static void Once(ref int x) => x *= 3;

    static void ParseInto(string text, ref int target)
    {
        if (!int.TryParse(text, out target)) target = -1;
    }

    public static void Main()
    {
        var n = 1;
        Console.WriteLine(Kind(n));
        Console.WriteLine(Kind(ref n));
        Console.WriteLine(Kind("s", ref n));
        Console.WriteLine(n);

        Shape shape = new Square();
        var size = 1.25;
        shape.Scale(ref size);
        Console.WriteLine(size);

        ICounter counter = new Countdown();
        while (counter.TryTake(out var item))
            Console.WriteLine("took " + item);

        var text = "old";
        Reset(ref text, "new");
        Console.WriteLine(text);
        var flag = true;
        Reset(ref flag, false);
        Console.WriteLine(flag);

        var t = 2;
        Twice(ref t);
        Console.WriteLine(t);

        var parsed = 0;
        ParseInto("123", ref parsed);
        Console.WriteLine(parsed);
        ParseInto("x", ref parsed);
        Console.WriteLine(parsed);
    }
}
