using System;
using System.Collections.Generic;
using System.Linq;

// Comparer<T>.Default uses T's CompareTo, which for char, byte, sbyte, short and ushort answers the difference of
// the two values and for wider numbers -1, 0 or 1; EqualityComparer<T>.Default.GetHashCode is T's GetHashCode
// (0 for null); Comparer<T>.Create and a user IComparer<T> can be called directly.
public sealed class ByLength : IComparer<string>
{
    public int Compare(string? x, string? y) => (x?.Length ?? -1) - (y?.Length ?? -1);
    public static int Compare(int a, int b, int c) => a + b + c;
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Comparer<char>.Default.Compare('a', 'k'));
        Console.WriteLine(Comparer<short>.Default.Compare(2, 300));
        Console.WriteLine(Comparer<byte>.Default.Compare(200, 3));
        Console.WriteLine(Comparer<int>.Default.Compare(2, 300));
        Console.WriteLine(Comparer<long>.Default.Compare(5, -5));
        Console.WriteLine(Comparer<char?>.Default.Compare(null, 'a') + " " + Comparer<char?>.Default.Compare('c', 'a'));
        Console.WriteLine(((short)7).CompareTo((short)2) + " " + ((sbyte)-3).CompareTo((sbyte)4) + " " + 7.CompareTo(2) + " " + 'z'.CompareTo('a'));
        Console.WriteLine(EqualityComparer<char>.Default.GetHashCode('b') + " " + EqualityComparer<long>.Default.GetHashCode(-1L));
        Console.WriteLine(EqualityComparer<double>.Default.Equals(double.NaN, double.NaN) + " " + EqualityComparer<string?>.Default.GetHashCode(null));
        Console.WriteLine(((short)-2).GetHashCode() + " " + 'b'.GetHashCode() + " " + 2.5.GetHashCode() + " " + ((char?)'b').GetHashCode() + " " + ((long?)null).GetHashCode());

        var byLength = new ByLength();
        Console.WriteLine(byLength.Compare("abc", "a") + " " + ByLength.Compare(1, 2, 3));
        IComparer<string> viaInterface = byLength;
        Console.WriteLine(viaInterface.Compare(null, "xy"));
        var words = new List<string> { "pod", "a", "service", "ns" };
        words.Sort(byLength);
        Console.WriteLine(string.Join(",", words));
        Console.WriteLine(string.Join(",", words.OrderByDescending(w => w, byLength)));
        var reversed = Comparer<int>.Create((x, y) => y.CompareTo(x));
        Console.WriteLine(reversed.Compare(1, 2) + " " + string.Join(",", new[] { 3, 1, 2 }.Order(reversed)));
    }
}
