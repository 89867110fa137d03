using System;

public static class Program
{
    sealed class Node { public Node? Next; public int Value; }

    public static void Main()
    {
        var list = new Node { Value = 1, Next = new Node { Value = 2, Next = new Node { Value = 3 } } };
        int sum = 0;
        for (var n = list; n is not null; n = n.Next)
            sum += n.Value;
        Console.WriteLine(sum);
        Node? missing = null;
        Console.WriteLine(missing is null);
        Console.WriteLine(missing?.Next is null);
        Console.WriteLine(list.Next is { Value: 2 });
        Console.WriteLine(list.Next?.Next?.Next?.Value ?? -1);
        int? maybe = 5;
        if (maybe is int value)
            Console.WriteLine("has " + value);
        maybe = null;
        Console.WriteLine(maybe is int ? "has value" : "empty");
        int? boxed = 42;
        Console.WriteLine(boxed is 42);
        Console.WriteLine(boxed is int and > 40);
        Console.WriteLine("kmesh" is "kmesh");
    }
}
