using System;
using System.Collections.Generic;

// A System.Tuple type test (is, as, cast, switch) succeeds only for the very same type arguments: Tuple<T…> is a
// class that is not covariant, so an object holding Tuple<int, int> is no Tuple<long, int> nor Tuple<int, string>.
public static class Program
{
    public static void Main()
    {
        object o = Tuple.Create(1, 2);
        Console.WriteLine(o is Tuple<int, int>);
        Console.WriteLine(o is Tuple<long, int>);
        if (o is Tuple<int, int> t) Console.WriteLine(t.Item2);
        var c = (Tuple<int, int>)o;
        Console.WriteLine(c.Item1);
        Console.WriteLine((o as Tuple<string, int>) == null);
        try { var bad = (Tuple<int, string>)o; Console.WriteLine(bad); } catch (InvalidCastException) { Console.WriteLine("cast"); }
        object[] xs = { Tuple.Create('a'), Tuple.Create(1), "s", null, Tuple.Create(Tuple.Create(1, 2), "x") };
        foreach (var x in xs)
        {
            Console.WriteLine(x switch
            {
                Tuple<char> ch => "char " + ch.Item1,
                Tuple<int> i => "int " + i.Item1,
                Tuple<Tuple<int, int>, string> n => "nested " + n.Item1.Item2,
                string s => "string " + s,
                _ => "other",
            });
        }
    }
}
