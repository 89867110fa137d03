using System;

public static class Program
{
    enum Health { Ok, Degraded, Down }

    static string Icon(Health h, bool maintenance) => (h, maintenance) switch
    {
        (_, true) => "wrench",
        (Health.Ok, _) => "check",
        (Health.Degraded, _) => "warning",
        (Health.Down, false) => "cross",
        _ => "?",
    };

    static string Size(int bytes) => bytes switch
    {
        0 => "empty",
        < 1024 => bytes + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("F1") + " KiB",
        _ => (bytes / (1024.0 * 1024)).ToString("F1") + " MiB",
    };

    public static void Main()
    {
        Console.WriteLine(Icon(Health.Ok, false) + " " + Icon(Health.Degraded, false) + " " + Icon(Health.Down, false) + " " + Icon(Health.Down, true));
        foreach (var b in new[] { 0, 512, 2048, 5_000_000 })
            Console.WriteLine(Size(b));
        var h = Health.Degraded;
        Console.WriteLine(h is Health.Degraded or Health.Down ? "attention" : "fine");
    }
}
