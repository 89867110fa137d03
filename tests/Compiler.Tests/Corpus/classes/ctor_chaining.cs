using System;

public static class Program
{
    sealed class Endpoint
    {
        public string Host { get; }
        public int Port { get; }
        public string Scheme { get; }

        public Endpoint(string host) : this(host, 80) { Console.WriteLine("ctor(host)"); }
        public Endpoint(string host, int port) : this(host, port, port == 443 ? "https" : "http") { Console.WriteLine("ctor(host, port)"); }
        public Endpoint(string host, int port, string scheme)
        {
            Console.WriteLine("ctor(host, port, scheme)");
            Host = host;
            Port = port;
            Scheme = scheme;
        }

        public override string ToString() => $"{Scheme}://{Host}:{Port}";
    }

    class Animal
    {
        public string Sound { get; }
        public Animal() : this("...") { }
        public Animal(string sound) { Sound = sound; }
    }

    class Dog : Animal
    {
        public Dog() : base("woof") { }
        public Dog(bool quiet) : this() { Quiet = quiet; }
        public bool Quiet { get; }
    }

    public static void Main()
    {
        Console.WriteLine(new Endpoint("a.svc"));
        Console.WriteLine(new Endpoint("b.svc", 443));
        Console.WriteLine(new Endpoint("c.svc", 9090, "grpc"));
        Console.WriteLine(new Animal().Sound + " " + new Dog().Sound + " " + new Dog(true).Quiet);
    }
}
