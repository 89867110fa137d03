using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §15.6.4: a new virtual method starts a new slot; overrides of the base method are not reached through it.
public static class Program
{
    public static void Main()
    {
        A x = new C();
        B y = new C();
        Console.WriteLine(x.M());
        Console.WriteLine(y.M());
    }
}

class A { public virtual string M() => "A"; }
class B : A { public override string M() => "B"; }
class C : B { public new virtual string M() => "C"; }
