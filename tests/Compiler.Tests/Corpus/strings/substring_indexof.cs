using System;

public static class Program
{
    public static void Main()
    {
        string image = "ghcr.io/kmesh-net/kmesh:v1.0.0";
        int colon = image.LastIndexOf(':');
        Console.WriteLine(image.Substring(0, colon));
        Console.WriteLine(image.Substring(colon + 1));
        int slash = image.IndexOf('/');
        Console.WriteLine(slash);
        Console.WriteLine(image.Substring(slash + 1, image.IndexOf('/', slash + 1) - slash - 1));
        Console.WriteLine(image.IndexOf("kmesh"));
        Console.WriteLine(image.IndexOf("kmesh", 10));
        Console.WriteLine(image.IndexOf("istio"));
        Console.WriteLine(image.IndexOf('x'));
        Console.WriteLine(image.LastIndexOf("kmesh"));
        Console.WriteLine(image[0]);
        Console.WriteLine(image[image.Length - 1]);
        Console.WriteLine(image.IndexOf(""));
        try
        {
            Console.WriteLine(image.Substring(40));
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("substring out of range");
        }
        Console.WriteLine(image[..5]);
        Console.WriteLine(image[^6..]);
    }
}
