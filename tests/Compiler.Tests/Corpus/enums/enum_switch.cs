using System;

public static class Program
{
    enum Mode { None, Kernel, DualEngine, Waypoint }

    static string Describe(Mode m) => m switch
    {
        Mode.None => "not managed",
        Mode.Kernel => "kernel-native eBPF",
        Mode.DualEngine => "dual engine",
        _ => "other: " + m,
    };

    static int Cost(Mode m)
    {
        switch (m)
        {
            case Mode.None:
                return 0;
            case Mode.Kernel:
            case Mode.DualEngine:
                return 1;
            default:
                return 5;
        }
    }

    public static void Main()
    {
        foreach (var m in new[] { Mode.None, Mode.Kernel, Mode.DualEngine, Mode.Waypoint })
            Console.WriteLine($"{m}: {Describe(m)} cost {Cost(m)}");
        Console.WriteLine(Describe((Mode)7));
    }
}
