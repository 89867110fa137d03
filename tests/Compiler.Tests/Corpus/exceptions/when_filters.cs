using System;

public static class Program
{
    sealed class HttpException : Exception
    {
        public HttpException(int status, string message) : base(message) { Status = status; }
        public int Status { get; }
    }

    static bool Log(string what)
    {
        Console.WriteLine("filter evaluated: " + what);
        return false;
    }

    static string Fetch(int status)
    {
        try
        {
            throw new HttpException(status, "status " + status);
        }
        catch (HttpException e) when (Log("log-only " + e.Status))
        {
            return "never";
        }
        catch (HttpException e) when (e.Status == 404)
        {
            return "not found";
        }
        catch (HttpException e) when (e.Status >= 500)
        {
            return "server error " + e.Status;
        }
        catch (HttpException e)
        {
            return "other: " + e.Message;
        }
    }

    public static void Main()
    {
        Console.WriteLine(Fetch(404));
        Console.WriteLine(Fetch(503));
        Console.WriteLine(Fetch(401));
    }
}
