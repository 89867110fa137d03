using System;
using System.Collections.Generic;
using System.Linq;

// base.M() in an override calls the overridden implementation.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new Leaf().Path());
    }
}

class Root { public virtual string Path() => "root"; }
class Mid : Root { public override string Path() => base.Path() + "/mid"; }
class Leaf : Mid { public override string Path() => base.Path() + "/leaf"; }
