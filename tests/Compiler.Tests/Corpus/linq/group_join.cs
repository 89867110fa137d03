using System;
using System.Collections.Generic;
using System.Linq;

// GroupJoin (`join … into`) pairs every outer element, in order, with the inner elements whose key equals its key
// (in inner order), an empty sequence when none match; null keys match nothing; a key comparer decides equality.
public static class Program
{
    sealed record Team(string? Name, int Size);

    sealed record Member(string Person, string? Team);

    public static void Main()
    {
        var teams = new[] { new Team("mesh", 3), new Team("ui", 2), new Team("ops", 1), new Team(null, 0) };
        var members = new[]
        {
            new Member("Ann", "ui"), new Member("Bo", "mesh"), new Member("Cy", "ui"), new Member("Di", null),
            new Member("Ed", "MESH"),
        };

        var query =
            from team in teams
            join member in members on team.Name equals member.Team into joined
            select $"{team.Name ?? "(none)"}: [{string.Join(", ", joined.Select(m => m.Person))}] {joined.Count()}";
        foreach (var line in query)
            Console.WriteLine(line);

        foreach (var pair in teams.GroupJoin(members, t => t.Name, m => m.Team,
                     (t, ms) => (t.Name, People: ms.Select(m => m.Person).ToList()), StringComparer.OrdinalIgnoreCase))
            Console.WriteLine($"{pair.Name}: {string.Join("+", pair.People)}");

        // Left outer join: join … into … from x in g.DefaultIfEmpty().
        var left =
            from team in teams
            join member in members on team.Name equals member.Team into joined
            from m in joined.DefaultIfEmpty()
            select (team.Name ?? "-") + "/" + (m?.Person ?? "nobody");
        Console.WriteLine(string.Join(" ", left));

        // Integer keys, duplicates on both sides, and an empty inner side.
        int[] outer = [1, 2, 2, 3];
        int[] inner = [2, 3, 3, 4, 2];
        Console.WriteLine(string.Join(" ", outer.GroupJoin(inner, o => o, i => i % 10, (o, g) => $"{o}x{g.Count()}")));
        Console.WriteLine(string.Join(" ", outer.GroupJoin(Array.Empty<int>(), o => o, i => i, (o, g) => $"{o}:{g.Any()}")));
        Console.WriteLine(outer.Take(0).GroupJoin(inner, o => o, i => i, (o, g) => o).Count());
    }
}
