using System;

public static class Program
{
    static class Registry
    {
        public static readonly string Name;
        static Registry()
        {
            Console.WriteLine("Registry static ctor");
            Name = "registry";
        }
        public static void Touch() => Console.WriteLine("Registry.Touch");
    }

    sealed class Widget
    {
        public static int Instances;
        static Widget()
        {
            Console.WriteLine("Widget static ctor");
        }
        public Widget()
        {
            Instances++;
            Console.WriteLine("Widget instance " + Instances);
        }
    }

    public static void Main()
    {
        Console.WriteLine("main start");
        Registry.Touch();
        Console.WriteLine(Registry.Name);
        Registry.Touch();
        Console.WriteLine("before widget");
        new Widget();
        new Widget();
        Console.WriteLine(Widget.Instances);
    }
}
