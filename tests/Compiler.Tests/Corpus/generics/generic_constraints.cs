using System;
using System.Collections.Generic;

public static class Program
{
    interface IHasName { string Name { get; } }
    interface IScored { int Score { get; } }

    sealed class Player : IHasName, IScored, IComparable<Player>
    {
        public Player(string name, int score) { Name = name; Score = score; }
        public string Name { get; }
        public int Score { get; }
        public int CompareTo(Player? other) => other == null ? 1 : Score.CompareTo(other.Score);
    }

    static string Best<T>(IEnumerable<T> items) where T : IHasName, IScored
    {
        T? best = default;
        bool any = false;
        foreach (var i in items)
        {
            if (!any || i.Score > best!.Score)
                best = i;
            any = true;
        }
        return any ? best!.Name : "nobody";
    }

    static T Largest<T>(IReadOnlyList<T> items) where T : IComparable<T>
    {
        var max = items[0];
        for (int i = 1; i < items.Count; i++)
            if (items[i].CompareTo(max) > 0)
                max = items[i];
        return max;
    }

    static string Names<T>(IEnumerable<T> items) where T : class, IHasName
    {
        var names = new List<string>();
        foreach (var i in items)
            names.Add(i.Name);
        return string.Join(",", names);
    }

    public static void Main()
    {
        var players = new List<Player> { new("ann", 30), new("bob", 55), new("cy", 42) };
        Console.WriteLine(Best(players));
        Console.WriteLine(Best(new List<Player>()));
        Console.WriteLine(Largest(players).Name);
        Console.WriteLine(Largest(new[] { 3, 17, 5 }));
        Console.WriteLine(Largest(new[] { "b", "c", "a" }));
        Console.WriteLine(Names(players));
        players.Sort();
        Console.WriteLine(Names(players));
    }
}
