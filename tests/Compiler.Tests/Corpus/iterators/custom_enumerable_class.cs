using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    sealed class Ring : IEnumerable<string>
    {
        private readonly string[] items;
        private readonly int start;
        public Ring(int start, params string[] items) { this.start = start; this.items = items; }

        public IEnumerator<string> GetEnumerator()
        {
            for (int i = 0; i < items.Length; i++)
                yield return items[(start + i) % items.Length];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    sealed class Countdown
    {
        private readonly int from;
        public Countdown(int from) { this.from = from; }
        public IEnumerable<int> Values()
        {
            for (int i = from; i > 0; i--)
                yield return i;
        }
    }

    public static void Main()
    {
        var ring = new Ring(2, "a", "b", "c", "d");
        foreach (var s in ring)
            Console.Write(s);
        Console.WriteLine();
        Console.WriteLine(string.Join("-", ring.Where(s => s != "a").OrderBy(s => s)));
        Console.WriteLine(ring.Count());
        Console.WriteLine(string.Join(",", new Countdown(4).Values()));
    }
}
