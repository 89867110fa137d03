using System;
using System.Collections.Generic;
using System.Linq;

// Override replaces the base implementation for every reference; new hides it only for the derived static type.
public static class Program
{
    public static void Main()
    {
        Base[] all = { new Overrides(), new Hides() };
        foreach (var b in all) Console.WriteLine(b.Describe() + " " + b.Kind());
    }
}

class Base { public virtual string Describe() => "base"; public string Kind() => "base-kind"; }
class Overrides : Base { public override string Describe() => "overrides"; }
class Hides : Base { public new string Describe() => "hides"; public new string Kind() => "hides-kind"; }
