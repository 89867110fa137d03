using CSharpToJs.Tests.Support;
using Xunit;

namespace CSharpToJs.Tests.Reach;

/// <summary>What the reachability pass keeps and drops. Behaviour is pinned by the differential corpus (every sample
/// is compiled with the pass on); these pin what is emitted.</summary>
public class ReachabilityTests
{
    private static string Compile(string source, OutputKind kind = OutputKind.ConsoleProgram)
    {
        var result = TestCompiler.Compile(source, kind);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.JavaScript!;
    }

    private const string Shapes = """
        using System;
        public abstract class Shape { public abstract double Area(); public virtual string Describe() => "shape"; }
        public sealed class Square : Shape { public double Side; public override double Area() => Side * Side; public override string Describe() => "square"; }
        public sealed class Circle : Shape { public double R; public override double Area() => 3 * R * R; }
        public interface INamed { string Name(); }
        public sealed class Named : INamed { public string Name() => "n"; public string Unused() => "u"; }
        public sealed class NeverUsed { public static int Count() => 1; }
        public enum Color { Red, Green }
        public enum Unseen { A }
        public sealed record Point(int X, int Y);
        public sealed record Printed(int X);
        public static class Program
        {
            static Func<int, int> Twice = x => x * 2;
            public static void Main()
            {
                Shape s = new Square { Side = 2 };
                INamed n = new Named();
                Console.WriteLine(s.Area() + " " + n.Name() + " " + Color.Green + " " + new Point(1, 2).X + " " + $"{new Printed(3)}" + " " + Twice(4));
            }
        }
        """;

    [Fact]
    public void UnreachableTypesAndMembersAreDropped()
    {
        var js = Compile(Shapes);
        Assert.DoesNotContain("class NeverUsed", js);
        Assert.DoesNotContain("class Circle", js);
        Assert.DoesNotContain("const Unseen", js);
        Assert.DoesNotContain("Unused()", js);
        Assert.DoesNotContain("Describe()", js); // nothing calls Describe, on any class
    }

    [Fact]
    public void DispatchTargetsStaticInitialisersAndCalledRecordMethodsStay()
    {
        var js = Compile(Shapes);
        Assert.Contains("class Square", js);
        Assert.Contains("Area()", js); // the override called through Shape
        Assert.Contains("Name()", js); // the implementation called through INamed
        Assert.Contains("const Color", js);
        Assert.Contains("Twice", js);
        Assert.Contains("class Printed", js);
        Assert.Contains("ToString()", js); // interpolating a record calls its ToString
        Assert.Equal("4 n Green 1 Printed { X = 3 } 8\n", TestCompiler.Run(Shapes));
    }

    [Fact]
    public void RecordValueMethodsGoWhenNothingCanCallThem()
    {
        var js = Compile("""
            using System;
            public sealed record Point(int X, int Y);
            public static class Program
            {
                public static void Main() => Console.WriteLine(new Point(1, 2).Y);
            }
            """);
        Assert.Contains("class Point", js);
        Assert.DoesNotContain("Equals(", js);
        Assert.DoesNotContain("GetHashCode(", js);
        Assert.DoesNotContain("ToString(", js);
    }

    [Fact]
    public void RecordsOnlyMovedAroundLoseTheirValueMethodsAndOnesHashedKeepThem()
    {
        var js = Compile("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            public sealed record Row(int X, string Name);
            public sealed record Key(string Name);
            public static class Program
            {
                public static void Main()
                {
                    var rows = new List<Row> { new(2, "b"), new(1, "a") };
                    var keys = new HashSet<Key> { new("a") };
                    Console.WriteLine(string.Join(",", rows.Where(r => r.X > 0).OrderBy(r => r.X).Select(r => r.Name)) + keys.Count);
                }
            }
            """);
        Assert.DoesNotContain("Row { X = ", js);
        Assert.Contains("Key { Name = ", js); // a set's element: hashed and compared
    }

    [Fact]
    public void ValuesHandedToJavaScriptAsOpaqueReferencesDoNotKeepValueMethods()
    {
        var js = Compile("""
            using System;
            using CSharpToJs.Interop;
            [External, JsGlobal("host")]
            public static class Host
            {
                public static T Keep<T>(T value, object?[] dependencies) => throw new NotImplementedException();
            }
            public sealed record State(int Count);
            public static class Views
            {
                public static void Main()
                {
                    var state = new State(1);
                    Host.Keep(state, new object?[] { state });
                }
            }
            """, OutputKind.Plugin);
        Assert.Contains("class State", js);
        Assert.DoesNotContain("State { Count = ", js);
    }

    [Fact]
    public void ValuesHandedOnToJavaScriptByTheProgramsOwnMethodDoNotKeepValueMethods()
    {
        var js = Compile("""
            using System;
            using CSharpToJs.Interop;
            [External, JsGlobal("host")]
            public static class Host
            {
                public static void Effect(Action effect, object?[] dependencies) => throw new NotImplementedException();
            }
            public sealed record Passed(int Count);
            public sealed record Kept(int Count);
            public static class Hooks
            {
                public static void Watch(Action effect, object?[] changes) => Host.Effect(effect, changes);
                public static void Inspect(object?[] changes) { Host.Effect(() => { }, changes); Console.WriteLine(changes[0]); }
            }
            public abstract class Watcher { public abstract void Watch(object?[] changes); }
            public sealed class Printer : Watcher { public override void Watch(object?[] changes) => Console.WriteLine(changes[0]); }
            public static class Views
            {
                public static void Main()
                {
                    Hooks.Watch(() => { }, new object?[] { new Passed(1) });
                    Hooks.Inspect(new object?[] { new Kept(2) });
                    Watcher w = new Printer();
                    w.Watch(new object?[] { new Kept(3) });
                }
            }
            """, OutputKind.Plugin);
        Assert.Contains("class Passed", js);
        Assert.DoesNotContain("Passed { Count = ", js); // Watch only hands it to the binding
        Assert.Contains("Kept { Count = ", js); // Inspect and the override print it
    }

    [Fact]
    public void CallbacksHandedToJavaScriptStay()
    {
        var js = Compile("""
            using System;
            using CSharpToJs.Interop;
            [External, JsGlobal("host")]
            public static class Host { public static void On(Func<string> callback) => throw new NotImplementedException(); }
            public static class Views
            {
                public static string Render() => "rendered";
                public static string Orphan() => "orphan";
                public static void Main() => Host.On(Render);
            }
            """, OutputKind.Plugin);
        Assert.Contains("Render()", js);
        Assert.DoesNotContain("Orphan", js);
    }

    [Fact]
    public void OutputIsDeterministic() => Assert.Equal(Compile(Shapes), Compile(Shapes));

    [Fact]
    public void StaticGettersThatOnlyCallWithConstantsAreInlinedAndDropped()
    {
        var js = Compile("""
            using System;
            public static class Tr { public static string T(string text, params object[] args) => text + args.Length; }
            public static class Strings
            {
                public static string Title => Tr.T("title");
                public static string Counted => Tr.T("counted", 1, "a");
                public static string Joined => Title + "!";
                public static string Line(string node, int count) => Tr.T("line", "node", node, "count", count);
            }
            public static class Guarded
            {
                static Guarded() { Console.WriteLine("cctor"); }
                public static string Label => Tr.T("guarded");
            }
            public sealed class Page { public string Title = "page"; } // another member spelled Title
            public static class Program
            {
                public static void Main() => Console.WriteLine(Strings.Title + Strings.Counted + Strings.Joined + Guarded.Label + new Page().Title + Strings.Line("n", 2));
            }
            """);
        // Static classes are top-level functions (StaticClassFlattening): a getter is function C$Name().
        Assert.DoesNotContain("Strings$Title", js);
        Assert.DoesNotContain("Strings$Counted", js);
        Assert.Contains("Tr$T(\"counted\", [1, \"a\"])", js);
        Assert.Contains("function Strings$Joined()", js); // not a call with constants: stays a getter
        Assert.Contains("function Guarded$Label()", js); // runs the static constructor first
        Assert.DoesNotContain("Strings$Line", js);
        Assert.Contains("Tr$T(\"line\", [\"node\", \"n\", \"count\", 2])", js);
    }

    [Fact]
    public void RuntimeClassMethodsNothingCallsAreDropped()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            public static class Program
            {
                public static void Main()
                {
                    var set = new HashSet<string> { "a", "b" };
                    set.UnionWith(new[] { "c" });
                    Console.WriteLine(set.Contains("c") + " " + set.Count);
                }
            }
            """;
        var js = Compile(source);
        Assert.Contains("class $HashSet", js);
        Assert.Contains("UnionWith(items)", js);
        Assert.Contains("Contains(item)", js);
        Assert.DoesNotContain("SymmetricExceptWith", js);
        Assert.DoesNotContain("IsProperSupersetOf", js);
        Assert.Contains("[Symbol.iterator]", js); // computed keys stay
        Assert.Equal("True 3\n", TestCompiler.Run(source));
    }
    [Fact]
    public void StaticClassesBecomeTopLevelFunctionsUnlessSomethingCouldTell()
    {
        const string source = """
            using System;
            public static class Flat
            {
                public static int Count;
                static Flat() { Console.WriteLine("cctor"); }
                public static int Next() => ++Count;
                public static string Name => "flat" + Count;
            }
            public static class WithSetter
            {
                static int _v;
                public static int V { get => _v; set => _v = value * 2; }
            }
            public static class Program
            {
                public static void Main()
                {
                    Func<int> next = Flat.Next;
                    Flat.Count = 10;
                    WithSetter.V = 4;
                    Console.WriteLine(next() + " " + Flat.Name + " " + WithSetter.V);
                }
            }
            """;
        var js = Compile(source);
        Assert.DoesNotContain("class Flat", js);
        Assert.Contains("let Flat$Count;", js);
        Assert.Contains("function Flat$$cctor()", js);
        Assert.Contains("const next = Flat$Next;", js); // a method group is the function itself
        Assert.Contains("Flat$$cctor(), Flat$Count = 10", js);
        Assert.Contains("class WithSetter", js); // a setter: stays a class
        Assert.DoesNotContain("class Program", js);
        Assert.Equal("cctor\n11 flat11 8\n", TestCompiler.Run(source));
    }
}
