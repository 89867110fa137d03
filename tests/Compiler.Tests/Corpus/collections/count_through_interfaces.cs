using System;
using System.Collections.Generic;
using System.Linq;

// Count read through the interface a value is typed as: a list or an array (read as the array's length), a collection
// that may hold a set, a dictionary or a list, and a missing list (NullReferenceException, as the property read is).
public static class Program
{
    static int ViaReadOnlyList(IReadOnlyList<string> items) => items.Count;
    static int ViaList(IList<int> items) => items.Count;
    static int ViaReadOnlyCollection<T>(IReadOnlyCollection<T> items) => items.Count;
    static int ViaCollection<T>(ICollection<T> items) => items.Count;
    static int Generic<TList>(TList items) where TList : IReadOnlyList<int> => items.Count;

    public static void Main()
    {
        var list = new List<string> { "a", "b", "c" };
        string[] array = ["x", "y"];
        Console.WriteLine(ViaReadOnlyList(list) + " " + ViaReadOnlyList(array) + " " + ViaReadOnlyList([]));
        Console.WriteLine(ViaList(new List<int> { 1, 2, 3, 4 }) + " " + ViaList(new[] { 5 }));
        Console.WriteLine(ViaReadOnlyCollection(list) + " " + ViaReadOnlyCollection(new HashSet<int> { 1, 2, 2 }) + " " +
                          ViaReadOnlyCollection(new Dictionary<string, int> { ["k"] = 1 }) + " " + ViaReadOnlyCollection(array));
        Console.WriteLine(ViaCollection(new HashSet<string> { "p" }) + " " + ViaCollection(new List<int> { 1, 2 }) + " " + ViaCollection(new int[3]));
        Console.WriteLine(Generic(new List<int> { 9, 8 }) + " " + Generic(new[] { 1, 2, 3 }));
        IReadOnlyList<string> grown = list;
        list.Add("d");
        Console.WriteLine(grown.Count + " " + grown.Count() + " " + list.Where(s => s != "a").ToList().Count);
        IReadOnlyList<string>? missing = null;
        try { Console.WriteLine(missing!.Count); }
        catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); }
        try { Console.WriteLine(missing!.Count()); }
        catch (ArgumentNullException e) { Console.WriteLine("ArgumentNullException " + e.ParamName); }
    }
}
