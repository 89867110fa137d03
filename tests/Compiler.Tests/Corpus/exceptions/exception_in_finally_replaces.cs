using System;

public static class Program
{
    public static void Main()
    {
        try
        {
            try
            {
                throw new InvalidOperationException("original");
            }
            finally
            {
                throw new ArgumentException("from finally");
            }
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine(e is ArgumentException);
        }
    }
}
