using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §10.3.7 unboxing: (T)o gives back the boxed value when T is the boxed type.
public static class Program
{
    public static void Main()
    {
        object c = 'z';
        object e = Tone.High;
        object l = 1234567890123L;
        object d = 0.25;
        char c2 = (char)c;
        Tone e2 = (Tone)e;
        long l2 = (long)l;
        double d2 = (double)d;
        Console.WriteLine(c2);
        Console.WriteLine(e2);
        Console.WriteLine(l2 + 1);
        Console.WriteLine(d2 * 2);
    }
}

enum Tone { Low, High }
