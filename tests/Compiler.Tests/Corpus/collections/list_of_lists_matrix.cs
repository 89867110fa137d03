using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var matrix = new List<List<int>>();
        for (int r = 0; r < 3; r++)
        {
            var row = new List<int>();
            for (int c = 0; c < 4; c++)
                row.Add(r * 4 + c);
            matrix.Add(row);
        }
        var transposed = new List<List<int>>();
        for (int c = 0; c < 4; c++)
        {
            var col = new List<int>();
            foreach (var row in matrix)
                col.Add(row[c]);
            transposed.Add(col);
        }
        foreach (var row in transposed)
            Console.WriteLine(string.Join(" ", row));
        matrix[1].RemoveAt(0);
        matrix.RemoveAt(0);
        Console.WriteLine(matrix.Count + " " + matrix[0].Count + " " + matrix[0][0]);
    }
}
