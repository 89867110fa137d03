using System;
using System.Collections.Generic;

public static class Program
{
    abstract class Check
    {
        protected Check(string name) { Name = name; }
        public string Name { get; }
        public abstract bool Run(int value);
        public virtual string Severity => "warning";
        public string Report(int value) => $"[{Severity}] {Name}: {(Run(value) ? "pass" : "fail")}";
    }

    sealed class MinCheck : Check
    {
        private readonly int min;
        public MinCheck(int min) : base("min " + min) { this.min = min; }
        public override bool Run(int value) => value >= min;
    }

    sealed class EvenCheck : Check
    {
        public EvenCheck() : base("even") { }
        public override bool Run(int value) => value % 2 == 0;
        public override string Severity => "error";
    }

    public static void Main()
    {
        var checks = new List<Check> { new MinCheck(3), new EvenCheck() };
        foreach (var v in new[] { 2, 5 })
            foreach (var c in checks)
                Console.WriteLine(v + " " + c.Report(v));
    }
}
