using System;
using System.Collections.Generic;
using System.Linq;

// An explicit interface method is called through the interface; the class may have its own method of another name.
public static class Program
{
    public static void Main()
    {
        IGreeter g = new Greeter();
        Console.WriteLine(g.Greet("Ann"));
        Console.WriteLine(new Greeter().Hello());
    }
}

interface IGreeter { string Greet(string name); }
class Greeter : IGreeter
{
    string IGreeter.Greet(string name) => "hi " + name;
    public string Hello() => "hello";
}
