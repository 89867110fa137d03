using System;

public static class Program
{
    class Base
    {
        protected readonly string Tag;
        public Base(string tag)
        {
            Tag = tag;
            Console.WriteLine("Base ctor " + tag);
        }
        public virtual string Render() => "<" + Tag + ">";
        public override string ToString() => "Base(" + Tag + ")";
    }

    class Middle : Base
    {
        public Middle(string tag) : base(tag.ToUpper())
        {
            Console.WriteLine("Middle ctor");
        }
        public override string Render() => "[" + base.Render() + "]";
    }

    class Leaf : Middle
    {
        private readonly int depth = Init();
        static int Init()
        {
            Console.WriteLine("Leaf field init");
            return 3;
        }
        public Leaf() : base("leaf")
        {
            Console.WriteLine("Leaf ctor depth " + depth);
        }
        public override string Render() => "{" + base.Render() + "}";
        public override string ToString() => "Leaf:" + base.ToString();
    }

    public static void Main()
    {
        var leaf = new Leaf();
        Console.WriteLine(leaf.Render());
        Console.WriteLine(leaf.ToString());
        Console.WriteLine(leaf);
        Console.WriteLine($"{leaf}");
        Console.WriteLine("x" + leaf);
    }
}
