using System;

public static class Program
{
    static int Parse(string unit) => unit switch
    {
        "Ki" => 1024,
        "Mi" => 1024 * 1024,
        "" => 1,
        _ => throw new ArgumentException("unknown unit " + unit),
    };

    public static void Main()
    {
        Console.WriteLine(Parse("Ki"));
        Console.WriteLine(Parse("Mi"));
        Console.WriteLine(Parse(""));
        try
        {
            Parse("Xi");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            int n = 3;
            var r = n switch { 1 => "one", 2 => "two" };
            Console.WriteLine(r);
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("no arm matched: InvalidOperationException");
        }
    }
}
