using System;
using System.Collections.Generic;
using System.Linq;

// Object.ToString() returns the fully qualified type name when not overridden.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new Shapes.Circle());
        Console.WriteLine(new Shapes.Circle().ToString());
        object o = new Plain();
        Console.WriteLine(o);
        Console.WriteLine($"{new Shapes.Outer.Inner()}");
    }
}

namespace Shapes
{
    class Circle { }
    class Outer { public class Inner { } }
}
class Plain { }
