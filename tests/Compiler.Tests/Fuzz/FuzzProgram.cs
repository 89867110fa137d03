using System.Collections.Generic;
using System.Linq;

namespace CSharpToJs.Tests.Fuzz;

/// <summary>A generated program: independent statements (each declares its own locals and prints), so any subset is
/// again a valid program, which is what lets <see cref="Minimizer"/> drop statements.</summary>
public sealed record FuzzProgram(int Seed, IReadOnlyList<string> Statements)
{
    /// <summary>Usings, the enums and the helpers every generated program may call, up to the class's open body.</summary>
    public const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public enum Color { Red, Green = 5, Blue }

        [Flags]
        public enum Perm { None = 0, Read = 1, Write = 2, Exec = 4 }

        public sealed class Mod3 : IEqualityComparer<int>
        {
            public bool Equals(int x, int y) => (x % 3 + 3) % 3 == (y % 3 + 3) % 3;
            public int GetHashCode(int x) => (x % 3 + 3) % 3;
        }

        public static class Program
        {
            static T Id<T>(T value) => value;

            static object? Box<T>(T value) => value;

            static string Show<T>(T value) => value?.ToString() ?? "null";

            static void Swap<T>(ref T a, ref T b) { var t = a; a = b; b = t; }

            static void Bump(ref int x, int by) { x += by; }

            static int AddBoth(ref int x, ref int y) { x++; y *= 2; return x + y; }

            static bool TryHalf(int n, out int half) { half = n / 2; return n % 2 == 0; }

            static void Split(string s, out string head, out long size) { head = s.Length > 0 ? s.Substring(0, 1) : "-"; size = s.Length * 3000000000L; }

            static void SetThenFail(ref string s, bool fail) { s += "!"; if (fail) throw new InvalidOperationException(); s += "?"; }

            static int Depth(ref int n) { if (n <= 0) return 0; n--; return 1 + Depth(ref n); }

            static string Describe(Exception e) => e switch
            {
                DivideByZeroException => "DivideByZeroException",
                OverflowException => "OverflowException: " + e.Message,
                IndexOutOfRangeException => "IndexOutOfRangeException",
                ArgumentOutOfRangeException => "ArgumentOutOfRangeException",
                ArgumentException => "ArgumentException",
                NullReferenceException => "NullReferenceException",
                InvalidCastException => "InvalidCastException",
                FormatException => "FormatException",
                _ => "other exception",
            };

        """;

    public string Source => Prelude + Method("Main") + "}\n";

    /// <summary>The statements as the body of a static method named <paramref name="name"/>.</summary>
    public string Method(string name) =>
        $"    public static void {name}()\n    {{\n"
        + string.Concat(Statements.Select(s => "        " + s.Replace("\n", "\n        ") + "\n"))
        + "    }\n";
}
