using System;
using System.Collections.Generic;
using System.Linq;

// Each type below has its value methods (Equals/GetHashCode/ToString) called through one indirect path only, so a
// compiler that drops them where "nothing calls them" must see every one of these paths.
public static class Program
{
    record A(int X);
    record B(string Name);
    record C(int X);
    interface IShape { }
    record D(int Side) : IShape;
    record E(int X);
    record F(int X, int Y) : E(X);
    record G(string Key);
    record H(int X);
    record K(int X);
    record J(K Inner, string Tag);
    record L(int X);
    record M(int X);
    record N(int X);
    record P(int X);
    record Q(int X);
    readonly record struct R1(int X, int Y);
    record S(int X);
    record U(int X);
    record V(int X);
    class W { }
    record X1(int X);
    record Y1(int X);
    record Z1(int X);
    record Plain(int X, string Y);
    record T1(int X);
    record T2(T1 Held);

    sealed class Bag<T>
    {
        private readonly List<T> _items = new();
        public void Add(T item) => _items.Add(item);
        public bool Has(T item) => _items.Contains(item);
    }

    static string Show<T>(T value) => $"[{value}]";
    static bool Same<TU>(TU a, TU b) => a!.Equals(b);
    static bool Outer<TV>(TV a, TV b) => Same(a, b);
    static string Describe(IShape shape) => shape.ToString()!;
    static object? stored;

    public static void Main()
    {
        Console.WriteLine(Show(new A(1)));
        var bag = new Bag<B>();
        bag.Add(new B("x"));
        Console.WriteLine(bag.Has(new B("x")) + " " + bag.Has(new B("y")));
        stored = new C(3);
        Console.WriteLine(stored);
        Console.WriteLine(Describe(new D(4)));
        E e = new F(1, 2);
        Console.WriteLine(e.Equals(new F(1, 2)) + " " + e.Equals(new F(1, 3)) + " " + e);
        var byTuple = new Dictionary<(G, int), string> { [(new G("k"), 1)] = "found" };
        Console.WriteLine(byTuple[(new G("k"), 1)]);
        var grouped = new[] { new H(1), new H(1), new H(2) }.GroupBy(h => h).Count();
        Console.WriteLine(grouped);
        Console.WriteLine($"{new J(new K(5), "t")}");
        Console.WriteLine(string.Join(", ", new List<L> { new(1), new(2) }));
        Console.WriteLine(new[] { new M(1), new M(1), new M(2) }.Distinct().Count());
        Console.WriteLine(EqualityComparer<N>.Default.Equals(new N(1), new N(1)));
        object[] covariant = new P[] { new P(6) };
        Console.WriteLine(covariant[0]);
        Func<Q> makeQ = () => new Q(7);
        Func<object> asObject = makeQ;
        Console.WriteLine(asObject());
        var set = new HashSet<R1> { new(1, 2), new(1, 2), new(2, 1) };
        Console.WriteLine(set.Count);
        foreach (object o in new List<S> { new(8) }) Console.WriteLine(o);
        IEnumerable<object> objects = new List<U> { new(9) };
        foreach (var o in objects) Console.WriteLine(o.Equals(new U(9)));
        Console.WriteLine(new KeyValuePair<string, V>("k", new V(10)));
        Console.WriteLine($"{new W()}");
        Console.WriteLine(new X1(1) == new X1(1));
        Console.WriteLine(Outer(new Y1(2), new Y1(2)));
        Func<object, string> show = o => o.ToString()!;
        Console.WriteLine(show(new Z1(3)));
        var plain = new List<Plain> { new(2, "b"), new(1, "a") }.OrderBy(p => p.X).Select(p => p.Y + p.X);
        Console.WriteLine(string.Join(" ", plain));
        Console.WriteLine(new List<T2> { new(new T1(4)) }.Contains(new T2(new T1(4))));
    }
}
