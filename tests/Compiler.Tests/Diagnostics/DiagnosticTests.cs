using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Tests.Support;
using Xunit;

namespace CSharpToJs.Tests.Diagnostics;

/// <summary>One negative test per KJS code: the code, file, line and column of the first report. The expected
/// location is marked with <c>/*@*/</c> in the sample (the marker is removed before compiling).</summary>
public class DiagnosticTests
{
    private const string Marker = "/*@*/";

    public static IEnumerable<object[]> Cases() => new (string Code, string Source)[]
    {
        ("KJS0001", "var r = /*@*/1..3;"),
        ("KJS0002", "var ok = /*@*/System.Text.RegularExpressions.Regex.IsMatch(\"a1\", \"[0-9]\");"),
        ("KJS0101", "int i = 0; /*@*/again: i++; if (i < 3) goto again;"),
        ("KJS0102", "int x = 1; /*@*/unsafe { int* p = &x; }"),
        ("KJS0103", "/*@*/dynamic d = 1; Console.WriteLine(d);"),
        ("KJS0104", "/*@*/decimal price = 1;"),
        ("KJS0106", "Console.WriteLine(Name<int>()); } static string Name<T>() { return /*@*/typeof(T).Name;"),
        ("KJS0107", "object o = 1; Console.WriteLine(/*@*/o.GetType());"),
        ("KJS0108", "} static int Twice(/*@*/in int x) { return x * 2;"),
        ("KJS0108", "int v = 3; Console.WriteLine(new Cell(ref v).Seen); } class Cell { public int Seen; public Cell(/*@*/ref int x) { Seen = x; } } static void Nothing() {"),
        ("KJS0108", "Bump bump = (/*@*/ref int x) => x++; int a = 1; bump(ref a); Console.WriteLine(a); } delegate void Bump(ref int x); static void Nothing() {"),
        ("KJS0001", "object[] items = { \"a\" }; Reset(ref /*@*/items[0]); } static void Reset(ref object o) { o = 1;"),
        ("KJS0109", "int[] a = [1, 2]; Console.WriteLine(a is /*@*/[1, _]);"),
        ("KJS0110", "object gate = new object(); /*@*/lock (gate) { Console.WriteLine(1); }"),
        ("KJS0111", "System.Span<int> s = /*@*/stackalloc int[4];"),
        ("KJS0112", "var d = new Dictionary<string, int>(); IDictionary<string, int> view = /*@*/d;"),
        ("KJS0113", "} [/*@*/CSharpToJs.Interop.Template(\"Math.max({a}, {c})\")] static int Max(int a, int b) => System.Math.Max(a, b); static void Nothing() {"),
        ("KJS0114", "} static int UseCounter() => 1; static void Component(bool show) { if (show) { var c = /*@*/UseCounter(); }"),
        ("KJS0115", "long big = 1L << 40; Console.WriteLine(big /*@*/* 3);"),
        ("KJS0116", "} /*@*/public static event Action? Changed; static void Nothing() {"),
        ("KJS0119", "int[] a = { 1 }; /*@*/ref int first = ref a[0];"),
        ("KJS0120", "var grid = new int/*@*/[2, 3];"),
        ("KJS0105", "} struct /*@*/Counter { public int Value; } static void Nothing() {"),
        ("KJS0121", "} interface IShape { double Area(); /*@*/double Twice() => Area() * 2; } static void Nothing() {"),
        ("KJS0122", "object boxed = 'c'; Console.WriteLine(boxed is /*@*/int);"),
        ("KJS0122", "object boxed = 2.5; Console.WriteLine(boxed switch { /*@*/int i => i, _ => 0 });"),
        ("KJS0123", "Console.WriteLine(/*@*/Show('x')); } static string Show<T>(T value) { return \"<\" + value.ToString() + \">\";"),
        ("KJS0123", "Console.WriteLine(/*@*/Wrap(DayOfWeek.Monday)); } static object? Wrap<T>(T value) { return value;"),
        ("KJS0123", "Console.WriteLine(/*@*/Outer(7L)); } static string Outer<T>(T v) => Inner(v); static string Inner<U>(U u) { return $\"{u}\";"),
        ("KJS0124", "long big = /*@*/long.MaxValue; Console.WriteLine(big);"),
        ("KJS0124", "Console.WriteLine((/*@*/1L << 60));"),
        ("KJS0125", "var t = /*@*/Tuple.Create((1, 2), 'a'); Console.WriteLine(t);"),
        ("KJS0125", "Console.WriteLine(/*@*/new Tuple<int, int, int, int, int, int, int, Tuple<int>>(1, 2, 3, 4, 5, 6, 7, Tuple.Create(8)));"),
        ("KJS0125", "Console.WriteLine(/*@*/(1, new[] { 2 }).ToTuple().Item1);"),
        ("KJS0125", "Tuple<T, int> Make<T>(T x) => /*@*/Tuple.Create(x, 1); Console.WriteLine(Make('a'));"),
        ("KJS0125", "Console.WriteLine(/*@*/Tuple.Create(new List<int>(), 1));"),
        ("KJS0126", "} sealed class /*@*/Three : IReadOnlyList<int> { public int Count => 3; public int this[int i] => i; public IEnumerator<int> GetEnumerator() { yield return 0; } System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator(); } static void Nothing() {"),
        ("KJS0127", "Cache<int>.Count++; Cache<string>.Count++; Console.WriteLine(Cache<int>.Count); } static class Cache<T> { public static int /*@*/Count; } static void Nothing() {"),
        ("KJS0127", "Console.WriteLine(Box<int>.Inner.Made); } sealed class Box<T> { public static class Inner { public static int /*@*/Made { get; set; } } } static void Nothing() {"),
        ("KJS0127", "Console.WriteLine(Once<int>.Name()); } static class Once<T> { static /*@*/Once() { Console.WriteLine(\"init\"); } public static string Name() => \"once\"; } static void Nothing() {"),
        ("KJS0106", "bool IsPair<T>(object o) => /*@*/o is Tuple<T, T>; Console.WriteLine(IsPair<int>(Tuple.Create(1, 2)));"),
        ("KJS0002", "Console.WriteLine(new Holder().Id); } class Holder { public Guid /*@*/Id; } static void Nothing() {"),
        ("KJS0002", "object[] items = { 1 }; Console.WriteLine(/*@*/items.ToString());"),
        ("KJS0002", "Console.WriteLine(System.Linq.Enumerable.Count(/*@*/System.Linq.Enumerable.GroupBy(new[] { 1, 1, 2 }, i => new { K = i })));"),
        ("KJS0002", "var pairs = new[] { new { A = 1 }, new { A = 1 } }; Console.WriteLine(System.Linq.Enumerable.Count(/*@*/System.Linq.Enumerable.Distinct(pairs)));"),
        ("KJS0002", "var anon = new[] { new { A = 1 } }; Console.WriteLine(/*@*/System.Linq.Enumerable.Contains(anon, new { A = 1 }));"),
        ("KJS0002", "var d = /*@*/System.Linq.Enumerable.ToDictionary(new[] { 1 }, i => (i, new { K = i }), i => i); Console.WriteLine(d.Count);"),
        ("KJS0002", "var a = new { K = 1 }; Console.WriteLine(/*@*/a.GetHashCode());"),
        ("KJS0002", "var list = System.Linq.Enumerable.ToList(new[] { new { A = 1 } }); Console.WriteLine(/*@*/list.IndexOf(new { A = 1 }));"),
        ("KJS0002", "var list = System.Linq.Enumerable.ToList(new[] { new { A = 1 } }); Console.WriteLine(/*@*/list.Remove(new { A = 1 }));"),
        ("KJS0002", "Console.WriteLine(/*@*/System.Linq.Enumerable.SequenceEqual(new[] { new { A = 1 } }, new[] { new { A = 1 } }));"),
        ("KJS0002", "object o = System.Linq.Enumerable.First(System.Linq.Enumerable.GroupBy(new[] { 1 }, x => x)); Console.WriteLine(/*@*/o is System.Linq.IGrouping<int, int>);"),
        ("KJS0002", "var joined = System.Linq.Enumerable.GroupJoin(new[] { 1 }, new[] { 1 }, a => a, b => b, (a, g) => (object)g); foreach (var o in joined) Console.WriteLine(/*@*/o is IEnumerable<int>);"),
        ("KJS0002", "var l = new List<int> { 2, 1 }; l.Sort(new Two()); } class /*@*/Two : IComparer<int>, IComparer<string> { public int Compare(int a, int b) => a - b; public int Compare(string? a, string? b) => 0; } static void Nothing() {"),
        ("KJS0123", "Console.WriteLine(/*@*/Diff('a', 'c')); } static int Diff<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b);"),
        ("KJS0123", "Console.WriteLine(/*@*/Hash(1.5)); } static int Hash<T>(T a) { return EqualityComparer<T>.Default.GetHashCode(a!);"),
        ("KJS0002", "object o = new List<int> { 1 }; Console.WriteLine(/*@*/o is int[]);"),
        ("KJS0002", "IEnumerable<int> s = new[] { 1 }; Console.WriteLine((/*@*/s as List<int>)?.Count);"),
        ("KJS0002", "IEnumerable<object> s = new[] { \"a\" }; Console.WriteLine(s is /*@*/IReadOnlyList<object> list ? list.Count : -1);"),
    }.Select(c => new object[] { c.Code, c.Source });

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsCodeFileLineAndColumn(string code, string body)
    {
        var source = "using System;\nusing System.Collections.Generic;\n\npublic static class Program\n{\n    public static void Main()\n    {\n        "
                     + body + "\n    }\n}\n";
        var (clean, line, column) = Locate(source);
        var result = TestCompiler.Compile(clean, path: "Samples/Bad.cs");
        var found = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count > 0, $"expected {code}, got:\n{string.Join("\n", result.Diagnostics)}");
        var d = found[0];
        Assert.Equal("Samples/Bad.cs", d.Path);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.False(string.IsNullOrWhiteSpace(d.Message));
        Assert.Equal(code == "KJS0115" ? Severity.Warning : Severity.Error, d.Severity);
        if (code != "KJS0115") Assert.False(result.Success);
    }

    [Fact]
    public void KjsCodesHaveOneLineMessagesWithAFix()
    {
        var result = TestCompiler.Compile("public static class P { static void Main() { var gate = new object(); lock (gate) { } goto end; end: ; } }");
        Assert.All(result.Diagnostics.Where(d => d.Code.StartsWith("KJS")), d =>
        {
            Assert.DoesNotContain("\n", d.Message);
            Assert.Contains(";", d.Message);
        });
    }

    [Fact]
    public void ReportsAllErrorsOfARunInSourceOrder()
    {
        var result = TestCompiler.Compile("""
            public static class P
            {
                static void Main()
                {
                    decimal a = 1;
                    object gate = new object();
                    lock (gate) { }
                }
                static void F(in int x) { }
            }
            """, path: "All.cs");
        Assert.False(result.Success);
        Assert.Equal(["KJS0104", "KJS0110", "KJS0108"], result.Diagnostics.Select(d => d.Code).ToArray());
        Assert.Equal("All.cs(5,9): error KJS0104: " + result.Diagnostics[0].Message, result.Diagnostics[0].ToString());
    }

    [Fact]
    public void CSharpErrorsStopTheBuildInMSBuildForm()
    {
        const string source = "public static class P { static void Main() { int x = \"text\"; } }";
        var result = TestCompiler.Compile(source, path: "Broken.cs");
        Assert.False(result.Success);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("CS0029", d.Code);
        Assert.StartsWith($"Broken.cs(1,{source.IndexOf('"') + 1}): error CS0029: ", d.ToString());
    }

    private static (string Clean, int Line, int Column) Locate(string source)
    {
        var index = source.IndexOf(Marker, System.StringComparison.Ordinal);
        Assert.True(index >= 0, "sample has no marker");
        var before = source[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (source.Remove(index, Marker.Length), line, column);
    }
}
