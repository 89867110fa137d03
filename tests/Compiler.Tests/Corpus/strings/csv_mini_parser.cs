using System;
using System.Collections.Generic;
using System.Text;

public static class Program
{
    static List<string> ParseLine(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }

    public static void Main()
    {
        string[] lines =
        {
            "name,namespace,ready",
            "kmesh-abc,kmesh-system,true",
            "\"web, frontend\",default,false",
            "\"say \"\"hi\"\"\",,",
        };
        foreach (var line in lines)
        {
            var fields = ParseLine(line);
            Console.WriteLine(fields.Count + ": " + string.Join(" | ", fields));
        }
    }
}
