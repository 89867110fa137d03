using System;
using System.Collections.Generic;
using System.Linq;

// Array.ToString() is the array type name, e.g. System.Int32[].
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new int[] { 1, 2 }.ToString());
        Console.WriteLine(new string[0].ToString());
        Console.WriteLine(new char[1]);
        int[][] jagged = new int[1][];
        Console.WriteLine(jagged.ToString());
        Console.WriteLine($"{new double[2]}");
    }
}
