using System;

public static class Program
{
    sealed class Box
    {
        public Box(int v) { V = v; }
        public int V { get; }
    }

    sealed class Version : IEquatable<Version>
    {
        public Version(int major, int minor) { Major = major; Minor = minor; }
        public int Major { get; }
        public int Minor { get; }
        public bool Equals(Version? other) => other is not null && other.Major == Major && other.Minor == Minor;
        public override bool Equals(object? obj) => obj is Version v && Equals(v);
        public override int GetHashCode() => Major * 1000 + Minor;
        public override string ToString() => $"v{Major}.{Minor}";
    }

    public static void Main()
    {
        var a = new Box(1);
        var b = new Box(1);
        var c = a;
        Console.WriteLine(a == b);
        Console.WriteLine(a == c);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(ReferenceEquals(a, c));
        Console.WriteLine(object.Equals(null, null));
        var v1 = new Version(1, 2);
        var v2 = new Version(1, 2);
        Console.WriteLine(v1 == v2);
        Console.WriteLine(v1.Equals(v2));
        Console.WriteLine(object.Equals(v1, v2));
        Console.WriteLine(v1.Equals(new Version(1, 3)));
        var list = new System.Collections.Generic.List<Version> { new(1, 0), new(1, 2) };
        Console.WriteLine(list.Contains(v2));
        Console.WriteLine(list.IndexOf(v2));
        var set = new System.Collections.Generic.HashSet<Version> { v1, v2, new(2, 0) };
        Console.WriteLine(set.Count);
    }
}
