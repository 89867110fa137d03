using System;

public static class Program
{
    sealed class Holder { public string? Value; public Holder? Next; }

    public static void Main()
    {
        var h = new Holder();
        try
        {
            Console.WriteLine(h.Value!.Length);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("NullReferenceException on member access");
        }
        try
        {
            Console.WriteLine(h.Next!.Value);
        }
        catch (Exception e) when (e is NullReferenceException)
        {
            Console.WriteLine("NullReferenceException caught as Exception");
        }
        try
        {
            object o = "text";
            var n = (Holder)o;
            Console.WriteLine(n.Value);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("InvalidCastException");
        }
        try
        {
            int[]? arr = null;
            Console.WriteLine(arr![0]);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("NullReferenceException on indexing");
        }
        Console.WriteLine("done");
    }
}
