using System;
using System.Collections.Generic;
using System.Linq;

// Text beyond ASCII written as it is in the source (the compiler prints every such character as a \u escape):
// Latin-1, BMP symbols, astral characters (surrogate pairs), a lone surrogate, non-ASCII names and the runtime's
// own non-ASCII text (the currency sign of format "C").
public static class Señal
{
    public static string Flecha(string from, string to) => from + " → " + to;
}

public static class Program
{
    public static void Main()
    {
        var café = "Café — naïve · 3‰ … 。";
        Console.WriteLine(café);
        Console.WriteLine(café.Length);
        Console.WriteLine(Señal.Flecha("service", "target"));
        var emoji = "mesh 😀 ok";
        Console.WriteLine(emoji.Length);
        Console.WriteLine(char.IsHighSurrogate(emoji[5]) + " " + char.IsLowSurrogate(emoji[6]));
        Console.WriteLine((int)emoji[5] + " " + (int)emoji[6]);
        Console.WriteLine(emoji.Substring(5, 2) == "😀");
        var lone = "a\ud800b";
        Console.WriteLine(lone.Length + " " + (int)lone[1]);
        Console.WriteLine($"{"–"}{42}{'•'}{"ß".ToUpperInvariant()}");
        Console.WriteLine(string.Compare("é", "z", StringComparison.Ordinal) > 0);
        Console.WriteLine(string.Join(" ", new[] { "→", "a", "—", "Z" }.OrderBy(s => s, StringComparer.Ordinal)));
        var byName = new Dictionary<string, int> { ["größe"] = 1, ["→"] = 2 };
        Console.WriteLine(byName["größe"] + byName["→"]);
        Console.WriteLine(café.IndexOf('—') + " " + café.Replace("—", "-"));
        Console.WriteLine(12.5.ToString("C"));
        Console.WriteLine("\u2028".Length + " " + (int)"\u2029"[0] + " " + (int)'\u007f' + " " + (int)'\u0085');
    }
}
