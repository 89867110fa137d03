using System;

public static class Program
{
    public static void Main()
    {
        int[][] grid = new int[3][];
        for (int r = 0; r < grid.Length; r++)
        {
            grid[r] = new int[r + 2];
            for (int c = 0; c < grid[r].Length; c++)
                grid[r][c] = r * 10 + c;
        }
        foreach (var row in grid)
            Console.WriteLine(string.Join(" ", row));
        var triangle = new int[6][];
        for (int i = 0; i < triangle.Length; i++)
        {
            triangle[i] = new int[i + 1];
            triangle[i][0] = triangle[i][i] = 1;
            for (int j = 1; j < i; j++)
                triangle[i][j] = triangle[i - 1][j - 1] + triangle[i - 1][j];
        }
        Console.WriteLine(string.Join(" ", triangle[5]));
        string[][] table = { new[] { "a", "b" }, new[] { "c" }, new string[0] };
        Console.WriteLine(table[0][1] + table[1][0] + table[2].Length);
    }
}
