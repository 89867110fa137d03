// .NET docs, DateTime(int, int, int[, int, int, int[, DateTimeKind]]) and TimeSpan constructors: fields without an
// initializer hold default(DateTime) = DateTime.MinValue and TimeSpan.Zero; an impossible date throws
// ArgumentOutOfRangeException; Environment.NewLine is "\n" on Unix.
using System;

public static class Program
{
    sealed class Holder
    {
        public DateTime When;
        public TimeSpan Span;
        public DateTime? Maybe;
    }
    static DateTime staticWhen;
    public static void Main()
    {
        var h = new Holder();
        Console.WriteLine(h.When.Year + " " + h.When.Ticks + " " + h.Span + " " + (h.Maybe == null));
        Console.WriteLine(staticWhen == DateTime.MinValue);
        var d = new DateTime(2024, 2, 29, 13, 5, 9);
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss") + " " + d.DayOfWeek + " " + d.AddDays(1).Month);
        Console.WriteLine(new DateTime(2024, 1, 1) < d);
        var u = new DateTime(2020, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        Console.WriteLine(u.Kind + " " + u.ToString("o"));
        Console.WriteLine(new TimeSpan(1, 2, 3) + " " + new TimeSpan(2, 1, 2, 3).TotalHours);
        Console.Write("a" + Environment.NewLine + "b");
        Console.WriteLine();
        Console.WriteLine(Environment.NewLine.Length);
        try { Console.WriteLine(new DateTime(2023, 2, 29)); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad date"); }
        Console.WriteLine(default(DateTime).ToString("yyyy-MM-dd") + " " + default(TimeSpan));
    }
}
