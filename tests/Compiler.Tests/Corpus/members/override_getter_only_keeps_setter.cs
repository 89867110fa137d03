using System;
using System.Collections.Generic;
using System.Linq;

// An override of only the getter keeps the inherited setter.
public static class Program
{
    public static void Main()
    {
        var d = new Derived();
        d.Label = "x";
        Console.WriteLine(d.Label);
    }
}

class Base
{
    protected string label = "";
    public virtual string Label { get => label; set => label = value; }
}
class Derived : Base
{
    public override string Label { get => "<" + label + ">"; }
}
