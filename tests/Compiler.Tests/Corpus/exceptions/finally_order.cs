using System;

public static class Program
{
    static int Depth(int n)
    {
        try
        {
            Console.WriteLine("enter " + n);
            if (n == 0)
                throw new InvalidOperationException("bottom");
            return Depth(n - 1) + 1;
        }
        finally
        {
            Console.WriteLine("finally " + n);
        }
    }

    static string ReturnFromTry()
    {
        string state = "start";
        try
        {
            state = "try";
            return state;
        }
        finally
        {
            state = "finally";
            Console.WriteLine("finally ran, state=" + state);
        }
    }

    public static void Main()
    {
        try
        {
            Depth(2);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        finally
        {
            Console.WriteLine("outer finally");
        }
        Console.WriteLine(ReturnFromTry());
        for (int i = 0; i < 3; i++)
        {
            try
            {
                if (i == 1)
                    continue;
                if (i == 2)
                    break;
                Console.WriteLine("body " + i);
            }
            finally
            {
                Console.WriteLine("loop finally " + i);
            }
        }
    }
}
