using System;

public static class Program
{
    sealed class WrapperException : Exception
    {
        public WrapperException(string message, Exception inner) : base(message, inner) { }
    }

    static void Inner()
    {
        throw new InvalidOperationException("inner failure");
    }

    static void Middle()
    {
        try
        {
            Inner();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("middle saw: " + e.Message);
            throw;
        }
    }

    static void Wrapping()
    {
        try
        {
            Middle();
        }
        catch (Exception e)
        {
            throw new WrapperException("outer wrapper", e);
        }
    }

    public static void Main()
    {
        try
        {
            Middle();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("main saw same: " + e.Message);
        }
        try
        {
            Wrapping();
        }
        catch (WrapperException e)
        {
            Console.WriteLine(e.Message + " | " + e.InnerException!.Message);
        }
        Exception? saved = null;
        try
        {
            throw new FormatException("saved for later");
        }
        catch (FormatException e)
        {
            saved = e;
        }
        try
        {
            throw saved;
        }
        catch (FormatException e)
        {
            Console.WriteLine("rethrown object: " + e.Message + " " + ReferenceEquals(e, saved));
        }
    }
}
