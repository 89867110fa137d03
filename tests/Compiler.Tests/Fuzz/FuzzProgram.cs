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

        public static class Program
        {
            static T Id<T>(T value) => value;

            static object? Box<T>(T value) => value;

            static string Show<T>(T value) => value?.ToString() ?? "null";

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
