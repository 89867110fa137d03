using System;

// C# spec, reference parameters: the argument must be a variable (local, parameter, field or array element); its
// storage location is determined when the argument list is evaluated, left to right, before the method runs.
public static class Program
{
    sealed class Box
    {
        public int Value;
        public string Name = "box";
    }

    static int total = 100;
    static int step;

    static int Next(string what)
    {
        Console.WriteLine("evaluate " + what);
        return step++;
    }

    static void Add(ref int target, int amount) => target += amount;

    static void Rename(ref string name, string suffix) => name = name + suffix;

    static Box Pick(Box[] boxes, string why)
    {
        Console.WriteLine("pick " + why);
        return boxes[0];
    }

    public static void Main()
    {
        var box = new Box();
        Add(ref box.Value, 7);
        Rename(ref box.Name, "!");
        Console.WriteLine($"{box.Value} {box.Name}");

        Add(ref total, -1);
        Console.WriteLine(total);

        var numbers = new[] { 1, 2, 3 };
        Add(ref numbers[Next("index")], Next("amount") + 10);
        Add(ref numbers[^1], 100);
        Console.WriteLine(string.Join(",", numbers));

        var boxes = new[] { new Box() };
        Add(ref Pick(boxes, "receiver").Value, Next("amount"));
        Console.WriteLine(boxes[0].Value);

        var words = new[] { "a", "b" };
        Rename(ref words[1], "c");
        Console.WriteLine(string.Join(",", words));

        try
        {
            Add(ref numbers[3], Next("amount after a bad index"));
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("index out of range before the call");
        }

        Box? missing = null;
        try
        {
            Add(ref missing!.Value, Next("amount after null receiver"));
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("null receiver");
        }

        var pair = (Count: 1, Label: "p");
        Add(ref pair.Count, 41);
        Rename(ref pair.Label, "q");
        Console.WriteLine(pair);
    }
}
