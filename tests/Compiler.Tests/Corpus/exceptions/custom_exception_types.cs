using System;

public static class Program
{
    class KmeshException : Exception
    {
        public KmeshException(string message) : base(message) { }
        public KmeshException(string message, Exception inner) : base(message, inner) { }
    }

    sealed class MapNotFoundException : KmeshException
    {
        public MapNotFoundException(string map) : base($"BPF map '{map}' not found") { Map = map; }
        public string Map { get; }
    }

    static void Load(string map)
    {
        if (map.StartsWith("km_"))
            Console.WriteLine("loaded " + map);
        else
            throw new MapNotFoundException(map);
    }

    public static void Main()
    {
        foreach (var map in new[] { "km_frontend", "other" })
        {
            try
            {
                Load(map);
            }
            catch (MapNotFoundException e)
            {
                Console.WriteLine(e.Message + " / map=" + e.Map);
            }
        }
        try
        {
            try
            {
                Load("bad");
            }
            catch (KmeshException e)
            {
                throw new KmeshException("wrapped", e);
            }
        }
        catch (KmeshException e)
        {
            Console.WriteLine(e.Message + " <- " + e.InnerException?.Message);
            Console.WriteLine(e.InnerException is MapNotFoundException);
        }
        var ex = new KmeshException("plain");
        Console.WriteLine(ex.Message + " " + (ex.InnerException == null));
        Exception asBase = new MapNotFoundException("x");
        Console.WriteLine(asBase is KmeshException);
    }
}
