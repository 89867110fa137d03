using System;

public static class Program
{
    sealed class Resource : IDisposable
    {
        private readonly string name;
        public Resource(string name)
        {
            this.name = name;
            Console.WriteLine("open " + name);
        }
        public void Use() => Console.WriteLine("use " + name);
        public void Dispose() => Console.WriteLine("dispose " + name);
    }

    public static void Main()
    {
        using (var a = new Resource("a"))
        {
            a.Use();
            using var b = new Resource("b");
            b.Use();
            Console.WriteLine("end of block");
        }
        try
        {
            using var c = new Resource("c");
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        Resource? none = null;
        using (none)
        {
            Console.WriteLine("null resource is fine");
        }
    }
}
