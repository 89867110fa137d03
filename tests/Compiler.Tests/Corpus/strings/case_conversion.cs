using System;

public static class Program
{
    static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

    static string KebabToPascal(string s)
    {
        var parts = s.Split('-');
        var result = "";
        foreach (var p in parts)
            result += Capitalize(p);
        return result;
    }

    public static void Main()
    {
        Console.WriteLine("Kmesh Headlamp".ToUpper());
        Console.WriteLine("Kmesh Headlamp".ToLower());
        Console.WriteLine("MiXeD".ToUpperInvariant());
        Console.WriteLine("MiXeD".ToLowerInvariant());
        Console.WriteLine(Capitalize("waypoint"));
        Console.WriteLine(Capitalize(""));
        Console.WriteLine(KebabToPascal("bpf-map-entries"));
        Console.WriteLine("ALREADY".ToUpper() == "ALREADY");
        Console.WriteLine("123-abc".ToUpper());
    }
}
