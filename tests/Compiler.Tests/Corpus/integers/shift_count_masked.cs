using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §12.11: the shift count of an int is masked to 5 bits.
public static class Program
{
    public static void Main()
    {
        int one = 1;
        Console.WriteLine(one << 33);
        Console.WriteLine(-16 >> 2);
        Console.WriteLine(-16 >>> 28);
    }
}
