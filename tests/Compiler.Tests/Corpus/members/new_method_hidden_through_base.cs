using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §15.3.5 hiding: a new method is not called through a base-typed reference.
public static class Program
{
    public static void Main()
    {
        Animal a = new Dog();
        Console.WriteLine(a.Name());
        Console.WriteLine(((Dog)a).Name());
        Dog d = new Dog();
        Console.WriteLine(d.Name());
    }
}

class Animal { public string Name() => "animal"; }
class Dog : Animal { public new string Name() => "dog"; }
