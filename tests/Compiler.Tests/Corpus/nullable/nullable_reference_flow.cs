using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Spec { public List<string>? Args { get; set; } public Dictionary<string, string>? Env { get; set; } }

    static string Describe(Spec? spec)
    {
        var args = spec?.Args;
        var count = args?.Count ?? 0;
        var first = spec?.Args?[0];
        var env = spec?.Env?.GetValueOrDefault("MODE") ?? "default";
        return $"{count} first={first ?? "-"} mode={env}";
    }

    public static void Main()
    {
        Console.WriteLine(Describe(null));
        Console.WriteLine(Describe(new Spec()));
        Console.WriteLine(Describe(new Spec { Args = new() { "--v=2", "--x" }, Env = new() { ["MODE"] = "dual" } }));
        string? maybe = DateTimeFree();
        if (maybe != null)
            Console.WriteLine(maybe.Length);
        int? len = maybe?.Length;
        Console.WriteLine(len);
    }

    static string? DateTimeFree() => "constant";
}
