using System;
using System.Collections.Generic;
using System.Linq;

// Fields without initializers hold default(T): DateTime.MinValue and TimeSpan.Zero.
public static class Program
{
    public static void Main()
    {
        var h = new Holder();
        Console.WriteLine(h.When.Ticks);
        Console.WriteLine(h.When == DateTime.MinValue);
        Console.WriteLine(h.Span);
        Console.WriteLine(h.Span == TimeSpan.Zero);
    }
}

class Holder
{
    public DateTime When;
    public TimeSpan Span;
}
