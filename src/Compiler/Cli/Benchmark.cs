using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace CSharpToJs.Cli;

/// <summary>
/// <c>CSharpToJs --bench [--console] [-r ref.dll]... &lt;input&gt;...</c>: prints compile figures, asserts nothing.
/// A directory of samples compiles each file on its own (a corpus); a .csproj or .cs file compiles as one program.
/// The first compilation (JIT and reference loading) is reported separately as warm-up.
/// </summary>
public static class Benchmark
{
    public static int Run(IReadOnlyList<string> inputs, IReadOnlyList<string> references, bool console)
    {
        var kind = console ? OutputKind.ConsoleProgram : OutputKind.Plugin;
        var warm = Stopwatch.StartNew();
        JsCompiler.Compile(new CompileRequest { Sources = [new SourceFile("warmup.cs", "public static class W { public static void Main() { } }")], References = references, Kind = kind });
        Console.WriteLine($"warm-up: {warm.ElapsedMilliseconds} ms");
        var failures = 0;
        foreach (var input in inputs)
        {
            var programs = Directory.Exists(input)
                ? Directory.GetFiles(input, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Select(f => new[] { f }).ToList()
                : [Program.SourceFiles(input).ToArray()];
            long bytes = 0, helperBytes = 0;
            var ok = 0;
            var watch = Stopwatch.StartNew();
            foreach (var files in programs)
            {
                var result = JsCompiler.Compile(new CompileRequest
                {
                    Sources = files.Select(f => new SourceFile(Path.GetFileName(f), File.ReadAllText(f))).ToList(),
                    References = references,
                    Kind = kind,
                });
                if (!result.Success) { failures++; continue; }
                ok++;
                bytes += result.Stats.OutputBytes;
                helperBytes += result.Stats.RuntimeHelperBytes;
            }
            watch.Stop();
            Console.WriteLine($"{input}: {programs.Count} program(s), {ok} compiled, {watch.ElapsedMilliseconds} ms total, " +
                              $"{watch.ElapsedMilliseconds / Math.Max(1, programs.Count)} ms each, main.js {bytes} bytes, runtime helpers {helperBytes} bytes");
        }
        return failures == 0 ? 0 : 1;
    }
}
