using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kmesh.Plugin.Tests.Harness;

namespace Kmesh.Plugin.Tests.Permissions;

/// <summary>One row of the README's "What each role grants" table, expanded to one <see cref="Grant"/> per verb.</summary>
public sealed record TableRow(Grant Grant, string UsedBy, string Status)
{
    public bool Shipped => Status.StartsWith("shipped", StringComparison.Ordinal);
}

public static class PermissionsTable
{
    private const string Heading = "### What each role grants";
    private static readonly string[] Columns = { "Role", "Kind", "Namespace", "API group", "Resource", "Verbs", "Used by", "Status" };

    public static List<TableRow> Read()
    {
        string[] lines = File.ReadAllLines(Path.Combine(PluginHost.RepoRoot, "README.md"));
        int at = Array.IndexOf(lines, Heading);
        if (at < 0) throw new InvalidDataException($"README.md has no \"{Heading}\" section");
        var table = lines.Skip(at + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        if (!Cells(table[0]).SequenceEqual(Columns)) throw new InvalidDataException("README permissions table columns: " + table[0]);
        var rows = new List<TableRow>();
        foreach (string line in table.Skip(2))
        {
            string[] c = Cells(line);
            if (c.Length != Columns.Length) throw new InvalidDataException("README permissions row: " + line);
            string? ns = c[2] == "—" ? null : c[2];
            string group = c[3] == "core" ? "" : c[3];
            foreach (string verb in c[5].Split(',', StringSplitOptions.TrimEntries))
            {
                rows.Add(new TableRow(new Grant(c[0], c[1], ns, group, c[4], verb), c[6], c[7]));
            }
        }
        return rows;
    }

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(s => s.Trim()).ToArray();
}
