using System;
using System.Collections.Generic;
using System.Linq;

// The default ToString names the runtime type, also through a base-typed reference.
public static class Program
{
    public static void Main()
    {
        Animal a = new Cat();
        Console.WriteLine(a);
        Console.WriteLine(new Animal());
    }
}

namespace Zoo
{
}
class Animal { }
class Cat : Animal { }
