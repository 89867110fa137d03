using System;

public static class Program
{
    static (bool Ok, int Value, string Error) ParsePort(string text)
    {
        if (!int.TryParse(text, out var port))
            return (false, 0, "not a number");
        if (port is < 1 or > 65535)
            return (false, port, "out of range");
        return (true, port, "");
    }

    public static void Main()
    {
        foreach (var input in new[] { "80", "0", "99999", "http", "15006" })
        {
            var (ok, value, error) = ParsePort(input);
            Console.WriteLine(ok ? $"{input}: port {value}" : $"{input}: {error} ({value})");
        }
        var result = ParsePort("443");
        if (result is (true, var p, _))
            Console.WriteLine("matched " + p);
    }
}
