using System;

public static class Program
{
    public static void Main()
    {
        try
        {
            Console.WriteLine("outer try");
            try
            {
                Console.WriteLine("inner try");
                throw new ArgumentException("from inner");
            }
            catch (InvalidOperationException)
            {
                Console.WriteLine("inner catch (not reached)");
            }
            finally
            {
                Console.WriteLine("inner finally");
            }
            Console.WriteLine("after inner (not reached)");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("outer catch: " + e.Message);
            try
            {
                throw new InvalidOperationException("from catch");
            }
            catch (InvalidOperationException e2)
            {
                Console.WriteLine("catch inside catch: " + e2.Message);
            }
        }
        finally
        {
            Console.WriteLine("outer finally");
        }
        try
        {
            try
            {
                throw new Exception("first");
            }
            finally
            {
                Console.WriteLine("finally before propagation");
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("propagated: " + e.Message);
        }
    }
}
