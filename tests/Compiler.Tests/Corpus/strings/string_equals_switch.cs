using System;

public static class Program
{
    static string Phase(string status) => status switch
    {
        "Running" => "green",
        "Pending" or "ContainerCreating" => "yellow",
        "Failed" => "red",
        "" => "empty",
        _ => "unknown:" + status,
    };

    static int Weight(string unit)
    {
        switch (unit)
        {
            case "Ki": return 1;
            case "Mi": return 2;
            case "Gi": return 3;
            default: return 0;
        }
    }

    public static void Main()
    {
        foreach (var s in new[] { "Running", "Pending", "ContainerCreating", "Failed", "", "running" })
            Console.WriteLine(Phase(s));
        foreach (var u in new[] { "Ki", "Mi", "Gi", "Ti" })
            Console.WriteLine(u + "=" + Weight(u));
    }
}
