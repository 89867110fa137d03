using System;

public static class Program
{
    static class Config
    {
        public const string Version = "v1";
        public static readonly string Loaded;
        static Config()
        {
            Console.WriteLine("Config cctor");
            Loaded = "loaded";
        }
        public static string Describe() => "describe " + Loaded;
    }

    sealed class Service
    {
        static Service() { Console.WriteLine("Service cctor"); }
        public Service() { Console.WriteLine("Service instance"); }
        public static int Zero => 0;
    }

    sealed class Outer
    {
        static Outer() { Console.WriteLine("Outer cctor"); }
        public sealed class Inner
        {
            static Inner() { Console.WriteLine("Inner cctor"); }
            public static string Name => "inner";
        }
    }

    public static void Main()
    {
        Console.WriteLine("const " + Config.Version);
        Console.WriteLine("after const");
        Console.WriteLine(Config.Describe());
        Console.WriteLine(Outer.Inner.Name);
        Console.WriteLine("before service");
        Console.WriteLine(Service.Zero);
        new Service();
    }
}
