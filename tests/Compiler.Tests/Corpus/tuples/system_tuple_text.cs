using System;
using System.Collections.Generic;

// System.Tuple.ToString is "(" + each item's ToString() joined by ", " + ")", a null item printing nothing;
// items keep their .NET type inside the tuple (a char prints as a character, an enum by name, a double in its
// shortest round-trip form), also once the tuple is an object; an eight-item Tuple.Create nests the last item
// in Rest and still prints flat.
public enum Phase { Pending, Running }

[Flags]
public enum Access { None = 0, Read = 1, Write = 2 }

public class Pod
{
    public string Name = "";
    public override string ToString() => "pod/" + Name;
}

public static class Program
{
    public static void Main()
    {
        var t = Tuple.Create(1, "a");
        Console.WriteLine(t);
        Console.WriteLine(t.Item1 + 1);
        Console.WriteLine(t.Item2 + "!");
        Console.WriteLine(new Tuple<int, string>(2, "b"));
        Console.WriteLine(Tuple.Create('x', Phase.Running, Access.Read | Access.Write));
        Console.WriteLine(Tuple.Create(2.5, 1.0, 1e21, -0.125));
        Console.WriteLine(Tuple.Create(long.MinValue + 1 > 0, 9007199254740991L, (byte)255, (short)-3));
        Console.WriteLine(Tuple.Create<string, int?, char?>(null, null, 'q'));
        Console.WriteLine(Tuple.Create(new Pod { Name = "web" }, (object)'c', (object)Phase.Pending));
        Console.WriteLine(Tuple.Create(Tuple.Create(1, 'z'), "outer"));
        var eight = Tuple.Create(1, 2, 3, 4, 5, 6, 7, 'h');
        Console.WriteLine(eight);
        Console.WriteLine(eight.Rest);
        Console.WriteLine(eight.Rest.Item1);
        Console.WriteLine(eight.Item7 * 2);
        object boxed = Tuple.Create('k', 3L);
        Console.WriteLine(boxed);
        Console.WriteLine($"[{t}] {Tuple.Create(Phase.Pending)}");
        Console.WriteLine(string.Join(" | ", new List<Tuple<string, char>> { Tuple.Create("a", 'b'), Tuple.Create("c", 'd') }));
        Console.WriteLine(string.Format("{0}", Tuple.Create(true, false)));
        Tuple<int, int>? none = null;
        Console.WriteLine("<" + none + ">");
    }
}
