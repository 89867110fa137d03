using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var list = new List<int> { 1, 2, 3 };
        int[] array = { 1, 2, 3 };
        try
        {
            Console.WriteLine(list[3]);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("list index 3: ArgumentOutOfRangeException");
        }
        try
        {
            Console.WriteLine(list[-1]);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("list index -1: ArgumentOutOfRangeException");
        }
        try
        {
            list[5] = 1;
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("list set 5: ArgumentOutOfRangeException");
        }
        try
        {
            Console.WriteLine(array[3]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("array index 3: IndexOutOfRangeException");
        }
        try
        {
            array[-1] = 7;
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("array set -1: IndexOutOfRangeException");
        }
        try
        {
            list.RemoveAt(10);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("RemoveAt: ArgumentOutOfRangeException");
        }
        try
        {
            list.Insert(4, 0);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("Insert: ArgumentOutOfRangeException");
        }
        try
        {
            Console.WriteLine("abc"[3]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("string index: IndexOutOfRangeException");
        }
        Console.WriteLine(string.Join(",", list) + " / " + string.Join(",", array));
    }
}
