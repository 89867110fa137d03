using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Cache
    {
        private static Cache? instance;
        private readonly Dictionary<string, int> values = new();
        private Cache() { Console.WriteLine("cache created"); }
        public static Cache Instance => instance ??= new Cache();
        public int Get(string key, Func<int> compute)
        {
            if (values.TryGetValue(key, out var v))
                return v;
            Console.WriteLine("computing " + key);
            v = compute();
            values[key] = v;
            return v;
        }
    }

    static class IdGenerator
    {
        private static int next = 100;
        public static int Next() => next++;
    }

    public static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(Cache.Instance.Get("a", () => 1));
        Console.WriteLine(Cache.Instance.Get("a", () => 2));
        Console.WriteLine(Cache.Instance.Get("b", () => 3));
        Console.WriteLine(ReferenceEquals(Cache.Instance, Cache.Instance));
        Console.WriteLine(IdGenerator.Next() + " " + IdGenerator.Next() + " " + IdGenerator.Next());
    }
}
