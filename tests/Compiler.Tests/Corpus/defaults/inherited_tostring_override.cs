using System;
using System.Collections.Generic;
using System.Linq;

// A ToString override in a base class is used by derived classes that do not override it.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new Child());
    }
}

class Parent { public override string ToString() => "parent text"; }
class Child : Parent { }
