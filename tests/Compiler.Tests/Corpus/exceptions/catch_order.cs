using System;
using System.Collections.Generic;

public static class Program
{
    static void Throw(int kind)
    {
        switch (kind)
        {
            case 0: throw new ArgumentNullException("param");
            case 1: throw new ArgumentException("bad argument");
            case 2: throw new InvalidOperationException("invalid op");
            case 3: throw new KeyNotFoundException("no key");
            case 4: throw new NotSupportedException("nope");
            default: throw new Exception("generic");
        }
    }

    public static void Main()
    {
        for (int kind = 0; kind <= 5; kind++)
        {
            try
            {
                Throw(kind);
            }
            catch (ArgumentNullException)
            {
                Console.WriteLine(kind + ": ArgumentNullException");
            }
            catch (ArgumentException e)
            {
                Console.WriteLine(kind + ": ArgumentException " + e.Message);
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine(kind + ": InvalidOperationException " + e.Message);
            }
            catch (SystemException e)
            {
                Console.WriteLine(kind + ": SystemException " + e.Message);
            }
            catch (Exception e)
            {
                Console.WriteLine(kind + ": Exception " + e.Message);
            }
        }
    }
}
