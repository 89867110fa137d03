using System;
using System.Collections.Generic;

public static class Program
{
    interface IRepository<T>
    {
        void Add(T item);
        T? Find(Func<T, bool> predicate);
        int Count { get; }
    }

    sealed class MemoryRepository<T> : IRepository<T> where T : class
    {
        private readonly List<T> items = new();
        public void Add(T item) => items.Add(item);
        public T? Find(Func<T, bool> predicate)
        {
            foreach (var i in items)
                if (predicate(i))
                    return i;
            return null;
        }
        public int Count => items.Count;
    }

    sealed class Namespace
    {
        public Namespace(string name, bool meshEnabled) { Name = name; MeshEnabled = meshEnabled; }
        public string Name { get; }
        public bool MeshEnabled { get; }
    }

    public static void Main()
    {
        IRepository<Namespace> repo = new MemoryRepository<Namespace>();
        repo.Add(new Namespace("default", true));
        repo.Add(new Namespace("kube-system", false));
        Console.WriteLine(repo.Count);
        Console.WriteLine(repo.Find(n => !n.MeshEnabled)?.Name);
        Console.WriteLine(repo.Find(n => n.Name == "x")?.Name ?? "not found");
    }
}
