using System.Linq;

namespace CSharpToJs.Tests.Fuzz;

/// <summary>Statements with ref/out calls (locals, array elements, aliasing, writes before an exception, recursion,
/// out var and discards, generic ref) and LINQ pipelines over ints and strings (Where, Select, OrderBy/ThenBy,
/// GroupBy, Distinct, Skip/Take and terminal operators), built from the same expressions as the other statements.</summary>
public sealed partial class ProgramGenerator
{
    private string RefOut()
    {
        var a = Expr(T.Int, 2);
        var b = Expr(T.Int, 2);
        return random.Next(8) switch
        {
            0 => $"int a = {a};\nint b = {b};\nBump(ref a, {Expr(T.Int, 2)});\nConsole.WriteLine(a + \" \" + b);",
            1 => $"int a = {a};\nvar sum = AddBoth(ref a, ref a);\nConsole.WriteLine(sum + \" \" + a);",
            2 => $"var arr = new[] {{ {a}, {b} }};\nBump(ref arr[{Pick("0", "1")}], {Expr(T.Int, 2)});\nAddBoth(ref arr[0], ref arr[{Pick("0", "1")}]);\nConsole.WriteLine(string.Join(\",\", arr));",
            3 => $"Console.WriteLine(TryHalf({a}, out var half) + \" \" + half);\nConsole.WriteLine(TryHalf({b}, out _));",
            4 => $"Split({Expr(T.String, 2)}, out var head, out var size);\nConsole.WriteLine(head + \":\" + size);",
            5 => $"var s = {Expr(T.String, 2)};\ntry {{ SetThenFail(ref s, {Expr(T.Bool, 2)}); }} catch (InvalidOperationException) {{ s += \"#\"; }}\nConsole.WriteLine(s);",
            6 => $"int n = ({a}) & 15;\nConsole.WriteLine(Depth(ref n) + \" \" + n);",
            _ => SwapOf(Pick(T.Int, T.Char, T.String, T.Long, T.Color)),
        };
    }

    private string SwapOf(T type)
    {
        var name = type switch { T.Int => "int", T.Char => "char", T.String => "string", T.Long => "long", _ => "Color" };
        return $"{name} x = {Expr(type, 2)};\n{name} y = {Expr(type, 2)};\nSwap(ref x, ref y);\nConsole.WriteLine(x + \"/\" + y);";
    }

    private string Ints(int count) =>
        "new int[] { " + string.Join(", ", Enumerable.Range(0, count).Select(_ => random.Next(3) == 0 ? Expr(T.Int, 1) : random.Next(-5, 12).ToString())) + " }";

    private string IntLinq()
    {
        var source = Ints(random.Next(0, 7));
        var pipeline = source;
        for (var steps = random.Next(1, 4); steps > 0; steps--)
        {
            var k = random.Next(-3, 5).ToString();
            pipeline += random.Next(10) switch
            {
                9 => ".Distinct(new Mod3())",
                0 => $".Where(x => x {Pick("<", ">", "!=", "==")} {k})",
                1 => $".Where(x => x % {Pick("2", "3")} {Pick("==", "!=")} 0)",
                2 => $".Select(x => x {Pick("*", "+", "-")} {k})",
                3 => $".OrderBy(x => {Pick("x", "-x", "x % 3", "Math.Abs(x)")})" + (random.Next(2) == 0 ? ".ThenByDescending(x => x)" : ""),
                4 => ".OrderByDescending(x => x)",
                5 => ".Distinct()",
                6 => $".{Pick("Skip", "Take")}({random.Next(0, 4)})",
                7 => ".Reverse()",
                _ => $".Select(x => x % {Pick("3", "4")})",
            };
        }
        return random.Next(9) switch
        {
            7 => $"foreach (var g in {pipeline}.GroupBy(x => x, new Mod3()))\n    Console.WriteLine(g.Key + \": \" + string.Join(\" \", g));",
            8 => $"Console.WriteLine(string.Join(\" \", {pipeline}.GroupBy(x => Tuple.Create(x % 2, x > {random.Next(0, 5)})).Select(g => g.Key + \"#\" + g.Count())));",
            0 => $"Console.WriteLine(string.Join(\",\", {pipeline}));",
            1 => $"Console.WriteLine({pipeline}.Count() + \" \" + {pipeline}.Sum());",
            2 => $"Console.WriteLine({pipeline}.{Pick("First", "Last", "Min", "Max", "Single")}());",
            3 => $"Console.WriteLine({pipeline}.{Pick("FirstOrDefault", "LastOrDefault")}(x => x > {random.Next(-2, 6)}));",
            4 => $"foreach (var g in {pipeline}.GroupBy(x => {Pick("x % 3", "x < 0", "x / 4", "Math.Sign(x)")}))\n    Console.WriteLine(g.Key + \": \" + string.Join(\" \", g) + \" = \" + g.Sum());",
            5 => $"Console.WriteLine(string.Join(\";\", {pipeline}.GroupBy(x => x % {Pick("2", "5")}, x => x * 2).Select(g => g.Key + \"x\" + g.Count())));",
            _ => $"Console.WriteLine({pipeline}.Any(x => x > {random.Next(0, 9)}) + \" \" + {pipeline}.All(x => x != 0) + \" \" + {pipeline}.Contains({random.Next(-2, 6)}));",
        };
    }

    private string StringLinq()
    {
        var words = "new string[] { " + string.Join(", ", Enumerable.Range(0, random.Next(0, 7)).Select(_ => Expr(T.String, 1))) + " }";
        var pipeline = words;
        for (var steps = random.Next(1, 4); steps > 0; steps--)
        {
            pipeline += random.Next(8) switch
            {
                0 => $".Where(s => s.Length {Pick("<", ">", "==")} {random.Next(0, 5)})",
                1 => $".Select(s => s.{Pick("ToUpper", "ToLower", "Trim")}())",
                2 => ".OrderBy(s => s)",
                3 => ".OrderByDescending(s => s.Length).ThenBy(s => s)",
                4 => ".Distinct()",
                5 => ".Distinct(StringComparer.OrdinalIgnoreCase)",
                6 => $".Select(s => s + {Expr(Pick(T.Int, T.Char, T.Bool), 1)})",
                _ => $".Where(s => s.{Pick("StartsWith", "Contains", "EndsWith")}({Pick("\"a\"", "\"A\"", "\"e\"", "\"\"")}))",
            };
        }
        return random.Next(5) switch
        {
            0 => $"Console.WriteLine(string.Join(\"|\", {pipeline}));",
            1 => $"foreach (var g in {pipeline}.GroupBy(s => {Pick("s.Length", "s.Length > 0 ? s[0] : '-'", "s.ToLower()")}))\n    Console.WriteLine(g.Key + \"=\" + string.Join(\",\", g));",
            2 => $"foreach (var g in {pipeline}.GroupBy(s => s, StringComparer.OrdinalIgnoreCase))\n    Console.WriteLine(g.Key + \"#\" + g.Count());",
            3 => $"Console.WriteLine({pipeline}.Count() + \" \" + {pipeline}.Sum(s => s.Length) + \" \" + string.Concat({pipeline}.Take(2)));",
            _ => $"Console.WriteLine(string.Join(\",\", {pipeline}.ToDictionary(s => s, s => s.Length, StringComparer.OrdinalIgnoreCase).Select(kv => kv.Key + \":\" + kv.Value)));",
        };
    }
}
