using System;

public static class Program
{
    sealed class Deployment
    {
        private int replicas;
        private string name = "";

        public string Name
        {
            get => name;
            set => name = value.Trim().ToLower();
        }

        public int Replicas
        {
            get { return replicas; }
            set
            {
                if (value < 0)
                    throw new ArgumentOutOfRangeException(nameof(value), "replicas must not be negative");
                Console.WriteLine($"replicas {replicas} -> {value}");
                replicas = value;
            }
        }

        public int Ready { get; set; }
        public bool Available => Ready >= Replicas && Replicas > 0;
        public string Summary => $"{Name} {Ready}/{Replicas}{(Available ? "" : " (unavailable)")}";
        public int Version { get; private set; } = 1;
        public string Owner { get; init; } = "nobody";

        public void Bump() => Version++;
    }

    public static void Main()
    {
        var d = new Deployment { Name = "  Reviews-V2 ", Owner = "team-a" };
        Console.WriteLine(d.Name);
        d.Replicas = 3;
        d.Ready = 2;
        Console.WriteLine(d.Summary);
        d.Ready++;
        Console.WriteLine(d.Summary);
        d.Replicas += 2;
        Console.WriteLine(d.Summary);
        try
        {
            d.Replicas = -1;
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("rejected negative");
        }
        d.Bump();
        d.Bump();
        Console.WriteLine(d.Version + " " + d.Owner);
    }
}
