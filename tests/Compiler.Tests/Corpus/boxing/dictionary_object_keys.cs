using System;
using System.Collections.Generic;
using System.Linq;

// Dictionary<object,V> uses Equals/GetHashCode: boxed chars and ints are distinct keys.
public static class Program
{
    public static void Main()
    {
        var d = new Dictionary<object, string>();
        d['a'] = "char";
        d[97] = "int";
        d[97L] = "long";
        Console.WriteLine(d.Count);
        Console.WriteLine(d['a']);
        Console.WriteLine(d[97]);
        Console.WriteLine(d[97L]);
    }
}
