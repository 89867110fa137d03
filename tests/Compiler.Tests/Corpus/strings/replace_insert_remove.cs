using System;

public static class Program
{
    public static void Main()
    {
        string s = "kmesh.io/dataplane-mode";
        Console.WriteLine(s.Replace('.', '_'));
        Console.WriteLine(s.Replace("-", " "));
        Console.WriteLine(s.Replace("mesh", "MESH"));
        Console.WriteLine("aaa".Replace("a", "aa"));
        Console.WriteLine("abcabc".Replace("b", ""));
        Console.WriteLine(s.Insert(0, ">> "));
        Console.WriteLine(s.Insert(5, "!"));
        Console.WriteLine(s.Remove(5));
        Console.WriteLine(s.Remove(0, 9));
        Console.WriteLine("a.b.c".Replace(".", "..").Replace("..", "/"));
        Console.WriteLine("x$y".Replace("$", "$$"));
        string template = "{ns}/{name}";
        Console.WriteLine(template.Replace("{ns}", "default").Replace("{name}", "web-1"));
    }
}
