using System;

public static class Program
{
    [Flags]
    enum Capability { None = 0, Read = 1, Write = 2, Delete = 4, Admin = Read | Write | Delete }

    public static void Main()
    {
        var c = Capability.Read | Capability.Write;
        Console.WriteLine(c);
        Console.WriteLine((int)c);
        Console.WriteLine(c.HasFlag(Capability.Write));
        Console.WriteLine(c.HasFlag(Capability.Delete));
        Console.WriteLine((c & Capability.Read) != 0);
        Console.WriteLine(Capability.Admin);
        Console.WriteLine(Capability.None);
        Console.WriteLine(c | Capability.Delete);
        Console.WriteLine(c & ~Capability.Read);
        Console.WriteLine((Capability)8);
        Console.WriteLine((Capability)9);
    }
}
