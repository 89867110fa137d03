using System;
using System.Collections.Generic;
using System.Linq;

// A property declared new hides the base property only for references of the derived type.
public static class Program
{
    public static void Main()
    {
        var d = new Derived();
        Base b = d;
        Console.WriteLine(b.Title);
        Console.WriteLine(d.Title);
    }
}

class Base { public string Title => "base"; }
class Derived : Base { public new string Title => "derived"; }
