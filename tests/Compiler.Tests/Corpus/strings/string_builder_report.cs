using System;
using System.Collections.Generic;
using System.Text;

public static class Program
{
    record Row(string Name, int Ready, int Total, double Cpu);

    static string Render(IReadOnlyList<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{"NAME",-12} {"READY",7} {"CPU",6}");
        foreach (var r in rows)
            sb.Append($"{r.Name,-12} ").Append($"{r.Ready + "/" + r.Total,7} ").AppendLine(r.Cpu.ToString("F2").PadLeft(6));
        sb.Append('-', 27).AppendLine();
        sb.AppendFormat("{0} rows, {1:N0} cores", rows.Count, 1234.5);
        return sb.ToString();
    }

    public static void Main()
    {
        Console.WriteLine(Render(new List<Row>
        {
            new("kmesh-a", 1, 1, 0.125),
            new("ztunnel", 0, 1, 12.5),
            new("waypoint", 2, 3, 0),
        }));
    }
}
