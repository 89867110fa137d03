using System;

public static class Program
{
    class Base
    {
        public static readonly string BaseTag;
        static Base()
        {
            Console.WriteLine("Base cctor");
            BaseTag = "base";
        }
        public Base() { Console.WriteLine("Base instance ctor"); }
    }

    sealed class Derived : Base
    {
        public static readonly string DerivedTag;
        static Derived()
        {
            Console.WriteLine("Derived cctor");
            DerivedTag = "derived";
        }
        public Derived() { Console.WriteLine("Derived instance ctor"); }
    }

    public static void Main()
    {
        Console.WriteLine("main");
        var d = new Derived();
        Console.WriteLine(Derived.DerivedTag + " " + Base.BaseTag);
        new Derived();
    }
}
