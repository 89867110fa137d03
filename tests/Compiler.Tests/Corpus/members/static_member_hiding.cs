using System;
using System.Collections.Generic;
using System.Linq;

// A static method declared new in a derived class does not change calls through the base class name.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Base.Make());
        Console.WriteLine(Derived.Make());
    }
}

class Base { public static string Make() => "base"; }
class Derived : Base { public static new string Make() => "derived"; }
