using System;

public static class Program
{
    record Quantity
    {
        public Quantity(double value, string unit)
        {
            if (value < 0)
                throw new ArgumentException("negative quantity");
            Value = value;
            Unit = unit;
        }

        public double Value { get; }
        public string Unit { get; }
        public Quantity Scale(double factor) => new(Value * factor, Unit);
        public override string ToString() => Value + Unit;
    }

    record Tagged(string Name)
    {
        public string Upper => Name.ToUpper();
    }

    public static void Main()
    {
        var q = new Quantity(2, "Gi");
        Console.WriteLine(q);
        Console.WriteLine(q.Scale(1.5));
        Console.WriteLine(q == new Quantity(2, "Gi"));
        try
        {
            new Quantity(-1, "Mi");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine(new Tagged("abc"));
        Console.WriteLine(new Tagged("abc").Upper);
    }
}
