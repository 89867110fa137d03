using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Config
    {
        public Config(string? endpoint) { Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint)); }
        public string Endpoint { get; }
    }

    static int Port(string s) => int.TryParse(s, out var p) ? p : throw new FormatException("not a port: " + s);

    public static void Main()
    {
        Console.WriteLine(new Config("http://x").Endpoint);
        try
        {
            new Config(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null endpoint, param " + e.ParamName);
        }
        Console.WriteLine(Port("8080"));
        try
        {
            Port("http");
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.Message);
        }
        var map = new Dictionary<string, string>();
        try
        {
            var v = map.TryGetValue("k", out var found) ? found : throw new KeyNotFoundException("k is required");
            Console.WriteLine(v);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
