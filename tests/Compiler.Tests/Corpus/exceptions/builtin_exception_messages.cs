using System;
using System.Collections.Generic;

public static class Program
{
    static void Validate(string? name, int replicas)
    {
        if (name == null)
            throw new ArgumentNullException(nameof(name));
        if (replicas < 0)
            throw new ArgumentOutOfRangeException(nameof(replicas), "must be >= 0");
        if (name.Length == 0)
            throw new ArgumentException("name is empty", nameof(name));
        if (name == "locked")
            throw new InvalidOperationException("resource is locked");
        if (name == "todo")
            throw new NotImplementedException("not yet");
        if (name == "ro")
            throw new NotSupportedException("read-only");
        if (name == "bad-format")
            throw new FormatException("bad format");
        if (name == "missing")
            throw new KeyNotFoundException("missing key");
        if (name == "timeout")
            throw new TimeoutException("took too long");
        Console.WriteLine("valid " + name);
    }

    public static void Main()
    {
        var cases = new (string?, int)[] { ("web", 1), (null, 1), ("web", -1), ("", 1), ("locked", 1), ("todo", 1), ("ro", 1), ("bad-format", 1), ("missing", 1), ("timeout", 1) };
        foreach (var (name, replicas) in cases)
        {
            try
            {
                Validate(name, replicas);
            }
            catch (ArgumentException e)
            {
                Console.WriteLine("argument: " + e.Message + " | param=" + e.ParamName);
            }
            catch (Exception e)
            {
                Console.WriteLine("error: " + e.Message);
            }
        }
        Console.WriteLine(new Exception().Message.Length > 0);
    }
}
