using System;
using System.Collections.Generic;
using System.Linq;

// default(S) zeroes every field: numbers 0, bools false, references null.
public static class Program
{
    public static void Main()
    {
        var d = default(Cell);
        Console.WriteLine(d.Row);
        Console.WriteLine(d.Open);
        Console.WriteLine(d.Name is null);
    }
}

readonly struct Cell
{
    public Cell(int row, bool open, string name) { Row = row; Open = open; Name = name; }
    public int Row { get; }
    public bool Open { get; }
    public string Name { get; }
}
