using System;
using System.Collections.Generic;
using System.Linq;

// An explicit reference conversion to an unrelated derived type throws InvalidCastException; as gives null.
public static class Program
{
    public static void Main()
    {
        Shape s = new Square();
        try { var c = (Circle)s; Console.WriteLine(c); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        Console.WriteLine(s as Circle == null);
        Console.WriteLine(s is Square);
    }
}

class Shape { }
class Square : Shape { }
class Circle : Shape { }
