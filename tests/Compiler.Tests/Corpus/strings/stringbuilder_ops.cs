using System;
using System.Text;

public static class Program
{
    public static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("pods: ");
        sb.Append(3);
        sb.Append(',');
        sb.Append(' ');
        sb.Append(2.5);
        sb.Append(true);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        sb.Clear();
        Console.WriteLine(sb.Length);
        sb.AppendLine("line one");
        sb.AppendLine();
        sb.Append("line three");
        Console.WriteLine(sb.ToString());
        var table = new StringBuilder();
        for (int i = 1; i <= 3; i++)
            table.Append(i).Append('x').Append(i * i).Append(i < 3 ? ";" : "");
        Console.WriteLine(table);
        table.Insert(0, "[");
        table.Append(']');
        Console.WriteLine(table.ToString());
        table.Remove(1, 4);
        Console.WriteLine(table.ToString());
        table.Replace(";", " | ");
        Console.WriteLine(table.ToString());
        var initial = new StringBuilder("abc");
        initial.Append('d', 3);
        Console.WriteLine(initial.ToString());
        Console.WriteLine(initial[1]);
        Console.WriteLine($"{initial} done");
        sb.Clear().Append("chained ").Append(42).AppendFormat("{0}-{1}", "a", 7);
        Console.WriteLine(sb.ToString());
    }
}
