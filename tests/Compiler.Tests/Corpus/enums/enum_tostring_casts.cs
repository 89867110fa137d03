using System;

public static class Program
{
    enum Phase { Pending, Running, Succeeded, Failed, Unknown }
    enum Port : int { Http = 80, Https = 443, Grpc = 9090 }

    public static void Main()
    {
        var p = Phase.Running;
        Console.WriteLine(p);
        Console.WriteLine(p.ToString());
        Console.WriteLine((int)p);
        Console.WriteLine((Phase)3);
        Console.WriteLine((Phase)42);
        Console.WriteLine($"{Phase.Failed} {(int)Phase.Failed}");
        Console.WriteLine("phase: " + Phase.Unknown);
        Console.WriteLine(Port.Https);
        Console.WriteLine((int)Port.Grpc);
        Console.WriteLine((Port)80);
        Console.WriteLine(Phase.Pending < Phase.Failed);
        Console.WriteLine(p == Phase.Running);
        Console.WriteLine(p + 1);
        Console.WriteLine(Phase.Failed - Phase.Running);
        Phase next = p;
        next++;
        Console.WriteLine(next);
        Console.WriteLine(default(Phase));
        Console.WriteLine(Phase.Running.CompareTo(Phase.Pending) > 0);
        Console.WriteLine(Phase.Succeeded.Equals(Phase.Succeeded));
    }
}
