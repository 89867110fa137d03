using System;
using System.Collections.Generic;

public static class Program
{
    static IEnumerable<string> Lines(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                yield return text.Substring(start, i - start);
                start = i + 1;
            }
        }
    }

    static IEnumerable<string> NonComment(IEnumerable<string> lines)
    {
        foreach (var l in lines)
        {
            var t = l.Trim();
            if (t.Length > 0 && !t.StartsWith("#"))
                yield return t;
        }
    }

    static IEnumerable<KeyValuePair<string, string>> Pairs(IEnumerable<string> lines)
    {
        foreach (var l in lines)
        {
            var eq = l.IndexOf('=');
            if (eq > 0)
                yield return new KeyValuePair<string, string>(l.Substring(0, eq).Trim(), l.Substring(eq + 1).Trim());
        }
    }

    public static void Main()
    {
        var config = "# kmesh config\nmode = dual-engine\n\n  logLevel=debug\nbroken line\n# end\nenableBypass = false";
        foreach (var kv in Pairs(NonComment(Lines(config))))
            Console.WriteLine($"{kv.Key} => {kv.Value}");
    }
}
