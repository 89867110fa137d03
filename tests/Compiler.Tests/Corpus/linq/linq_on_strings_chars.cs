using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        string text = "Kmesh Data Plane";
        Console.WriteLine(new string(text.Where(char.IsUpper).ToArray()));
        Console.WriteLine(text.Count(c => c == 'a'));
        Console.WriteLine(string.Concat(text.Reverse()));
        Console.WriteLine(string.Join("-", text.Split(' ').Select(w => w.ToLower())));
        Console.WriteLine(text.Split(' ').Max(w => w.Length));
        Console.WriteLine(string.Concat(text.Distinct().Where(char.IsLetter).OrderBy(c => c)));
        Console.WriteLine(text.Select(c => (int)c).Sum());
        Console.WriteLine(text.All(c => c < 128));
        Console.WriteLine(text.First(char.IsLower));
    }
}
