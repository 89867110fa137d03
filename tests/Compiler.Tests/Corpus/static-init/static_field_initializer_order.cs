using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Catalog
    {
        private static readonly List<string> log = new();
        public static readonly string First = Record("first");
        public static readonly string Second = Record("second after " + First);
        public static readonly int Count;
        public static readonly string Summary;

        static Catalog()
        {
            Record("static ctor body");
            Count = log.Count;
            Summary = string.Join(" | ", log);
        }

        private static string Record(string what)
        {
            log.Add(what);
            return what;
        }
    }

    public static void Main()
    {
        Console.WriteLine("main");
        Console.WriteLine(Catalog.Summary);
        Console.WriteLine(Catalog.Count);
        Console.WriteLine(Catalog.Second);
    }
}
