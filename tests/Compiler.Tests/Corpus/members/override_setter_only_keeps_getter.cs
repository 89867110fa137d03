using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §15.7.6: an override may declare one accessor; the other is inherited.
public static class Program
{
    public static void Main()
    {
        var d = new Derived();
        d.Size = 5;
        Console.WriteLine(d.Size);
        Base b = d;
        Console.WriteLine(b.Size);
    }
}

class Base
{
    protected int size = 1;
    public virtual int Size { get => size; set => size = value; }
}
class Derived : Base
{
    public override int Size { set => size = value * 10; }
}
