using System;
using System.Collections.Generic;

public static class Program
{
    abstract class Expr
    {
        public abstract double Eval();
        public abstract string Print();
    }

    sealed class Num : Expr
    {
        private readonly double v;
        public Num(double v) { this.v = v; }
        public override double Eval() => v;
        public override string Print() => v.ToString();
    }

    sealed class Bin : Expr
    {
        private readonly char op;
        private readonly Expr l, r;
        public Bin(char op, Expr l, Expr r) { this.op = op; this.l = l; this.r = r; }
        public override double Eval() => op switch
        {
            '+' => l.Eval() + r.Eval(),
            '-' => l.Eval() - r.Eval(),
            '*' => l.Eval() * r.Eval(),
            '/' => l.Eval() / r.Eval(),
            _ => throw new InvalidOperationException("bad op " + op),
        };
        public override string Print() => $"({l.Print()} {op} {r.Print()})";
    }

    public static void Main()
    {
        var exprs = new List<Expr>
        {
            new Bin('+', new Num(1), new Bin('*', new Num(2), new Num(3))),
            new Bin('/', new Num(1), new Num(3)),
            new Bin('-', new Num(0.5), new Bin('/', new Num(1), new Num(0))),
        };
        foreach (var e in exprs)
            Console.WriteLine(e.Print() + " = " + e.Eval());
        try
        {
            new Bin('%', new Num(1), new Num(2)).Eval();
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine(ex.Message);
        }
    }
}
