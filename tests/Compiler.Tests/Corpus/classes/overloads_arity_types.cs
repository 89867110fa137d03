using System;
using System.Collections.Generic;

public static class Program
{
    static string Show(int x) => "int " + x;
    static string Show(double x) => "double " + x;
    static string Show(string s) => "string " + s;
    static string Show(object o) => "object " + o;
    static string Show(int a, int b) => "two ints " + (a + b);
    static string Show(string s, int times) => "repeat " + string.Concat(System.Linq.Enumerable.Repeat(s, times));
    static string Show(List<int> list) => "list " + list.Count;
    static string Show(params string[] parts) => "params " + parts.Length;
    static string Show(char c) => "char " + c;
    static string Show(long l) => "long " + l;
    static string Show(bool b) => "bool " + b;

    sealed class Builder
    {
        private readonly List<string> parts = new();
        public Builder Add(string s) { parts.Add(s); return this; }
        public Builder Add(int n) { parts.Add("#" + n); return this; }
        public Builder Add(string key, string value) { parts.Add(key + "=" + value); return this; }
        public override string ToString() => string.Join(" ", parts);
    }

    public static void Main()
    {
        Console.WriteLine(Show(1));
        Console.WriteLine(Show(1.5));
        Console.WriteLine(Show("s"));
        Console.WriteLine(Show((object)12));
        Console.WriteLine(Show(2, 3));
        Console.WriteLine(Show("ab", 3));
        Console.WriteLine(Show(new List<int> { 1, 2 }));
        Console.WriteLine(Show("a", "b", "c"));
        Console.WriteLine(Show('z'));
        Console.WriteLine(Show(5L));
        Console.WriteLine(Show(true));
        Console.WriteLine(Show((object)"boxed"));
        short sh = 7;
        Console.WriteLine(Show(sh));
        float f = 2;
        Console.WriteLine(Show((double)f));
        Console.WriteLine(new Builder().Add("x").Add(4).Add("k", "v"));
    }
}
