using System;
using System.Collections.Generic;

public static class Program
{
    class Shape
    {
        public virtual string Name => "shape";
        public virtual double Area() => 0;
        public string Describe() => $"{Name} with area {Area():F2}";
    }

    class Circle : Shape
    {
        private readonly double radius;
        public Circle(double radius) { this.radius = radius; }
        public override string Name => "circle";
        public override double Area() => Math.PI * radius * radius;
    }

    class Square : Shape
    {
        protected readonly double Side;
        public Square(double side) { Side = side; }
        public override string Name => "square";
        public override double Area() => Side * Side;
    }

    sealed class Cube : Square
    {
        public Cube(double side) : base(side) { }
        public override string Name => "cube";
        public override double Area() => 6 * base.Area();
    }

    public static void Main()
    {
        var shapes = new List<Shape> { new Shape(), new Circle(1), new Square(2), new Cube(2) };
        foreach (var s in shapes)
            Console.WriteLine(s.Describe());
        Shape upcast = new Cube(1);
        Console.WriteLine(upcast.Name + " " + upcast.Area());
        Console.WriteLine(upcast is Square);
        Console.WriteLine(upcast is Circle);
    }
}
