using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Memo<TKey, TValue> where TKey : notnull
    {
        private readonly Dictionary<TKey, TValue> store = new();
        private readonly Func<TKey, TValue> compute;
        public int Misses { get; private set; }
        public Memo(Func<TKey, TValue> compute) { this.compute = compute; }
        public TValue this[TKey key]
        {
            get
            {
                if (!store.TryGetValue(key, out var value))
                {
                    Misses++;
                    value = compute(key);
                    store[key] = value;
                }
                return value;
            }
        }
    }

    public static void Main()
    {
        var lengths = new Memo<string, int>(s => s.Length);
        Console.WriteLine(lengths["kmesh"] + lengths["kmesh"] + lengths["ab"]);
        Console.WriteLine(lengths.Misses);
        Memo<int, long>? fib = null;
        fib = new Memo<int, long>(n => n < 2 ? n : fib![n - 1] + fib[n - 2]);
        Console.WriteLine(fib[50]);
        Console.WriteLine(fib.Misses);
    }
}
