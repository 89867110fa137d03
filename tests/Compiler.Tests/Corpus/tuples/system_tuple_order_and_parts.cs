using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

// System.Tuple implements IComparable: items compare in order with the default comparer (null first; a char's
// CompareTo answers the difference of the two codes); OrderBy and List.Sort use it. Deconstruction and
// ToTuple/ToValueTuple move between System.Tuple and value tuples.
public static class Program
{
    public static void Main()
    {
        var list = new List<Tuple<string, int>>
        {
            Tuple.Create("web", 3), Tuple.Create("api", 9), Tuple.Create("web", 1), Tuple.Create("Api", 2),
        };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        Console.WriteLine(string.Join(" ", list.OrderByDescending(t => t)));
        Console.WriteLine(((IComparable)Tuple.Create('a', 1)).CompareTo(Tuple.Create('d', 0)));
        Console.WriteLine(((IComparable)Tuple.Create(5, 1)).CompareTo(Tuple.Create(2, 0)));
        Console.WriteLine(((IComparable)Tuple.Create<string?>(null)).CompareTo(Tuple.Create<string?>("a")));
        Console.WriteLine(((IComparable)Tuple.Create(1)).CompareTo(null));
        Console.WriteLine(Comparer<Tuple<double, int>>.Default.Compare(Tuple.Create(double.NaN, 1), Tuple.Create(0.5, 1)));
        try
        {
            Console.WriteLine(((IComparable)Tuple.Create(1)).CompareTo(Tuple.Create(1L)));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }

        var (name, replicas) = Tuple.Create("db", 2);
        Console.WriteLine(name + replicas);
        var value = Tuple.Create('v', 4).ToValueTuple();
        Console.WriteLine(value.Item1 + "/" + value.Item2);
        var back = (3, "three").ToTuple();
        Console.WriteLine(back + " " + back.Item2.Length);
    }
}
