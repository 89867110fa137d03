using System;

public static class Program
{
    static class Defaults
    {
        public static readonly int BasePort;
        public static readonly string Prefix;
        static Defaults()
        {
            Console.WriteLine("Defaults cctor");
            BasePort = 15000;
            Prefix = "kmesh";
        }
    }

    static class Ports
    {
        public static readonly int Inbound;
        public static readonly int Outbound;
        static Ports()
        {
            Console.WriteLine("Ports cctor");
            Inbound = Defaults.BasePort + 6;
            Outbound = Defaults.BasePort + 1;
        }
    }

    static class Names
    {
        public static readonly string Daemon;
        static Names()
        {
            Console.WriteLine("Names cctor");
            Daemon = Defaults.Prefix + "-daemon:" + Ports.Inbound;
        }
    }

    public static void Main()
    {
        Console.WriteLine("main");
        Console.WriteLine(Names.Daemon);
        Console.WriteLine(Ports.Outbound);
        Console.WriteLine(Defaults.Prefix);
    }
}
