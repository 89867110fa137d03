using System;

// A boxed value's GetHashCode is its type's: a char repeats its code in the high 16 bits, a long folds its two
// halves, a double or float hashes its bits with every NaN alike and 0 equal to -0, an enum is its value's.
public enum Color { Red = 3, Blue = -7 }
public static class Program
{
    public static void Main()
    {
        object[] values = { 'a', 'Z', (short)-3, (short)700, (sbyte)-5, (byte)200, (ushort)65000, 7u, 4000000000u, 5L, -5L, 9007199254740991L, -9007199254740991L, 4294967296L, 1.5, -2.25, 0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e300, 5e-324, 1.5f, -0.0f, float.NaN, Color.Red, Color.Blue, 10UL, true, false };
        foreach (var v in values) Console.WriteLine(v + " " + v.GetHashCode());
    }
}
