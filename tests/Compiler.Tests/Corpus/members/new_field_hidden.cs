using System;
using System.Collections.Generic;
using System.Linq;

// A field declared new is a second field: base-typed access reads the base field.
public static class Program
{
    public static void Main()
    {
        var d = new Derived();
        Base b = d;
        d.Value = 2;
        Console.WriteLine(b.Value);
        Console.WriteLine(d.Value);
    }
}

class Base { public int Value = 1; }
class Derived : Base { public new int Value; }
