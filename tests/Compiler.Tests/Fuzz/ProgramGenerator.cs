using System;
using System.Collections.Generic;
using System.Linq;

namespace CSharpToJs.Tests.Fuzz;

/// <summary>
/// Seeded generator of well-typed programs over the supported subset: int, long, char, string, bool, double, enums
/// (plain and flags), nullable int, boxing to object and through a generic T, and every way the compiler turns a
/// value into text (WriteLine overloads, interpolation, composite formats, string.Join, concatenation, ToString),
/// ref/out calls and LINQ pipelines (ProgramGenerator.RefLinq.cs). The same seed always gives the same program.
/// </summary>
public sealed partial class ProgramGenerator
{
    private enum T { Int, Long, Char, String, Bool, Double, Color, Perm, NullableInt }

    private static readonly T[] AllTypes = Enum.GetValues<T>();

    // Generic code that formats or boxes its T is rejected (KJS0123) for char, enums and non-int numbers; the
    // generic helpers get only the types they accept, so one such call does not reject a whole program.
    private static readonly T[] TextSafe = [T.Int, T.String, T.Bool, T.Double, T.NullableInt];
    private static readonly T[] BoxSafe = [T.Int, T.String, T.Bool];

    private readonly Random random;

    private ProgramGenerator(int seed) => random = new Random(seed);

    public static FuzzProgram Generate(int seed, int statements = 12)
    {
        var generator = new ProgramGenerator(seed);
        return new FuzzProgram(seed, Enumerable.Range(0, statements).Select(_ => generator.Statement()).ToList());
    }

    private string Statement()
    {
        var type = Pick(AllTypes);
        var value = Expr(type, 3);
        var body = random.Next(13) switch
        {
            10 => RefOut(),
            11 => IntLinq(),
            12 => StringLinq(),
            0 => $"var v = {value};\nConsole.WriteLine(v);",
            1 => $"Console.WriteLine($\"<{{{value}}}>\");",
            2 => $"Console.WriteLine(\"[{{0}}]\", {value});",
            3 => $"Console.WriteLine(string.Join(\"|\", {value}, {Expr(Pick(AllTypes), 2)}));",
            4 => $"Console.WriteLine(Show({Expr(Pick(TextSafe), 3)}));",
            5 => $"object o = {value};\nConsole.WriteLine(o);",
            6 => $"Console.WriteLine(\"=\" + {value});",
            7 => Equality(),
            8 => $"Console.WriteLine(Box({Expr(Pick(BoxSafe), 3)}));",
            _ => $"Console.WriteLine({value});",
        };
        return "try\n{\n    " + body.Replace("\n", "\n    ") + "\n}\ncatch (Exception e)\n{\n    Console.WriteLine(Describe(e));\n}";
    }

    private string Equality()
    {
        var left = Pick(AllTypes);
        var right = random.Next(3) == 0 ? left : Pick(AllTypes);
        var a = Expr(left, 2);
        var b = Expr(right, 2);
        return random.Next(3) switch
        {
            0 => $"object a = {a};\nobject b = {b};\nConsole.WriteLine(a.Equals(b));",
            1 => $"Console.WriteLine(object.Equals({a}, {b}));",
            _ => $"Console.WriteLine(Id({a}).Equals({b}));",
        };
    }

    private string Expr(T type, int depth)
    {
        if (depth <= 0 || random.Next(4) == 0)
            return Leaf(type);
        return type switch
        {
            T.Int => IntExpr(depth - 1),
            T.Long => LongExpr(depth - 1),
            T.Char => CharExpr(depth - 1),
            T.String => StringExpr(depth - 1),
            T.Bool => BoolExpr(depth - 1),
            T.Double => DoubleExpr(depth - 1),
            T.Color => random.Next(2) == 0 ? $"(Color)({IntExpr(depth - 1)} & 7)" : $"({BoolExpr(depth - 1)} ? Color.Blue : Color.Green)",
            T.Perm => random.Next(2) == 0 ? $"({Leaf(T.Perm)} | {Leaf(T.Perm)})" : $"(Perm)({IntExpr(depth - 1)} & 15)",
            _ => random.Next(3) switch
            {
                0 => $"({BoolExpr(depth - 1)} ? {IntExpr(depth - 1)} : (int?)null)",
                1 => $"((int?)({IntExpr(depth - 1)}) + {Leaf(T.NullableInt)})",
                _ => Leaf(T.NullableInt),
            },
        };
    }

    /// <summary>Numeric leaves go through Id(…) so that no expression is a compile-time constant: C# folds constants
    /// and rejects overflowing ones, while the point is to exercise run-time arithmetic.</summary>
    private string Leaf(T type) => type is T.Int or T.Long or T.Char or T.Double ? $"Id({RawLeaf(type)})" : RawLeaf(type);

    private string RawLeaf(T type) => type switch
    {
        T.Int => Pick("0", "1", "-1", "7", "-13", "100", "46341", "65535", "int.MaxValue", "int.MinValue"),
        T.Long => Pick("0L", "1L", "-1L", "5L", "3000000000L", "4294967296L", "(1L << 40)", "9007199254740991L", "-9007199254740991L", "1234567890123L"),
        T.Char => Pick("'a'", "'Z'", "'0'", "' '", "'\\u00e9'", "'\\n'", "'~'"),
        T.String => Pick("\"abc\"", "\"\"", "\"Hello\"", "\"a,b\"", "\"Zed\"", "\"apple\"", "\"\\u00c9t\\u00e9\""),
        T.Bool => Pick("true", "false"),
        T.Double => Pick("0.5", "-2.25", "1e21", "0.1", "3.0", "double.NaN", "-0.0", "1.0 / 3"),
        T.Color => Pick("Color.Red", "Color.Green", "Color.Blue", "(Color)1", "(Color)6"),
        T.Perm => Pick("Perm.None", "Perm.Read", "Perm.Write", "Perm.Exec", "(Perm)3", "(Perm)8"),
        _ => Pick("(int?)null", "(int?)4", "(int?)-2"),
    };

    private string IntExpr(int depth) => random.Next(12) switch
    {
        0 or 1 or 2 => $"({Expr(T.Int, depth)} {Pick("+", "-", "*", "/", "%", "&", "|", "^")} {Expr(T.Int, depth)})",
        3 => $"({Expr(T.Int, depth)} {Pick("<<", ">>", ">>>")} {Pick("1", "3", "31", "33")})",
        4 => $"{Pick("-", "~")}({Expr(T.Int, depth)})",
        5 => $"(int)({Expr(T.Long, depth)})",
        6 => $"({Expr(T.Char, depth)} + {Expr(T.Int, depth)})",
        7 => $"({Expr(T.String, depth)}).Length",
        8 => $"Math.{Pick("Max", "Min")}({Expr(T.Int, depth)}, {Expr(T.Int, depth)})",
        9 => $"checked({Expr(T.Int, depth)} {Pick("+", "-", "*")} {Expr(T.Int, depth)})",
        10 => $"Id((int)({Expr(T.Color, depth)}))",
        _ => $"({Expr(T.String, depth)}).CompareTo({Expr(T.String, depth)})",
    };

    private string LongExpr(int depth) => random.Next(8) switch
    {
        0 or 1 => $"({Expr(T.Long, depth)} {Pick("+", "-", "*", "/", "%")} {Expr(T.Long, depth)})",
        2 => $"((long){Expr(T.Int, depth)} * {Expr(T.Int, depth)})",
        3 => Expr(T.Int, depth),
        4 => $"-({Expr(T.Long, depth)})",
        5 => $"Math.Abs({Expr(T.Long, depth)})",
        // Bitwise operators and shifts on long are rejected (KJS0001), so they are not generated.
        6 => $"Math.{Pick("Max", "Min")}({Expr(T.Long, depth)}, {Expr(T.Long, depth)})",
        _ => $"(long)({Expr(T.Char, depth)})",
    };

    private string CharExpr(int depth) => random.Next(4) switch
    {
        0 => $"(char)({Expr(T.Char, depth)} + {Pick("1", "2", "25")})",
        1 => $"char.{Pick("ToUpper", "ToLower")}({Expr(T.Char, depth)})",
        2 => $"({Expr(T.String, depth)})[{Pick("0", "1", "2")}]",
        _ => $"({Expr(T.Bool, depth)} ? {Expr(T.Char, depth)} : {Leaf(T.Char)})",
    };

    private string StringExpr(int depth) => random.Next(8) switch
    {
        0 => $"({Expr(T.String, depth)} + {Expr(Pick(AllTypes), depth)})",
        1 => $"$\"{{{Expr(Pick(AllTypes), depth)}}}-{{{Expr(Pick(AllTypes), depth)}}}\"",
        2 => $"({Expr(Pick(AllTypes), depth)}).ToString()",
        3 => $"({Expr(T.String, depth)}).{Pick("ToUpper", "ToLower", "Trim")}()",
        4 => $"string.Concat({Expr(Pick(AllTypes), depth)}, {Expr(Pick(AllTypes), depth)})",
        5 => $"new string({Expr(T.Char, depth)}, {Pick("0", "2", "3")})",
        6 => $"string.Join(\",\", new[] {{ {Expr(T.String, depth)}, {Expr(T.String, depth)} }}.OrderBy(s => s))",
        _ => $"({Expr(T.String, depth)}).Substring({Pick("0", "1")})",
    };

    private string BoolExpr(int depth) => random.Next(8) switch
    {
        0 => $"({Expr(T.Int, depth)} {Pick("<", "<=", "==", "!=", ">")} {Expr(T.Int, depth)})",
        1 => $"({Expr(T.Long, depth)} {Pick("<", "==", ">")} {Expr(T.Long, depth)})",
        2 => $"({Expr(T.Char, depth)} {Pick("<", "==", ">")} {Expr(T.Char, depth)})",
        3 => $"({Expr(T.String, depth)} == {Expr(T.String, depth)})",
        4 => $"!({Expr(T.Bool, depth)})",
        5 => $"({Expr(T.Bool, depth)} {Pick("&&", "||", "^")} {Expr(T.Bool, depth)})",
        6 => $"({Expr(T.Perm, depth)}).HasFlag({Leaf(T.Perm)})",
        _ => $"(string.CompareOrdinal({Expr(T.String, depth)}, {Expr(T.String, depth)}) < 0)",
    };

    private string DoubleExpr(int depth) => random.Next(4) switch
    {
        0 => $"({Expr(T.Double, depth)} {Pick("+", "-", "*", "/")} {Expr(T.Double, depth)})",
        1 => $"({Expr(T.Int, depth)} / {Pick("2.0", "3.0", "0.0")})",
        2 => $"Math.{Pick("Floor", "Round", "Abs", "Sqrt")}({Expr(T.Double, depth)})",
        _ => $"(double)({Expr(T.Long, depth)})",
    };

    private TItem Pick<TItem>(params TItem[] items) => items[random.Next(items.Length)];
}
