using System;
using System.Collections.Generic;
using System.Linq;

// .NET docs, Enumerable.GroupJoin: deferred execution; each outer element is paired with the (possibly empty)
// sequence of matching inner elements, in inner order. A group is an IEnumerable<T>: it can be enumerated more than
// once, counted, and queried further; the query sees the sources as they are when it is enumerated.
public static class Program
{
    public static void Main()
    {
        var teams = new List<string> { "red", "blue", "green" };
        var players = new List<(string Name, string Team)> { ("ann", "red"), ("bo", "blue"), ("cy", "red") };
        var query = teams.GroupJoin(players, t => t, p => p.Team, (t, members) => (Team: t, Members: members));

        players.Add(("di", "green"));
        teams.Add("gold");

        foreach (var (team, members) in query)
        {
            IEnumerable<(string Name, string Team)> group = members;
            var first = string.Join(",", group.Select(m => m.Name));
            var again = string.Join(",", group.Select(m => m.Name));
            Console.WriteLine($"{team}: [{first}] [{again}] count={group.Count()} any={group.Any()} last={group.Select(m => m.Name).LastOrDefault() ?? "none"}");
        }

        var counts = from t in teams
                     join p in players on t equals p.Team into g
                     orderby g.Count() descending, t
                     select t + "=" + g.Count();
        Console.WriteLine(string.Join(" ", counts));

        var nested = teams.GroupJoin(players, t => t, p => p.Team, (t, g) => g.Where(p => p.Name.Length > 2).Select(p => p.Name.ToUpperInvariant()));
        Console.WriteLine(string.Join("|", nested.Select(g => string.Join(",", g))));
    }
}
