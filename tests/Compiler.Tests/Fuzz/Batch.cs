using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CSharpToJs.Tests.Differential;

namespace CSharpToJs.Tests.Fuzz;

/// <summary>
/// Runs many generated programs as one: each becomes a static method of one class, Main prints a marker line and calls
/// it, so a batch costs one Roslyn compile, one compile to JavaScript and one Jint run instead of one each per program
/// (the fixed costs dominate a 12-statement program). Verdicts are the ones <see cref="Differential.Compare"/> gives a
/// program alone: a program the compiler rejects is recognised by its diagnostics' lines and the rest is compiled
/// again without it; an output that differs is run again alone (which decides, and is what a minimiser shrinks), and
/// programs a failed run never reached are batched again.
/// </summary>
public static class Batch
{
    public sealed record Result(FuzzProgram Program, Outcome Outcome);

    private sealed record Layout(string Source, IReadOnlyList<(FuzzProgram Program, int FirstLine, int LastLine)> Spans);

    private const string MarkerStart = "=== fuzz program ";
    private const string MarkerEnd = " ===";

    private static string Marker(int seed) => MarkerStart + seed + MarkerEnd;

    public static IReadOnlyList<Result> Run(IReadOnlyList<FuzzProgram> programs, string path = "fuzz_batch.cs")
    {
        var results = new Dictionary<int, Outcome>();
        var pending = programs.ToList();
        var nativeRun = NativeRunner.Run(path, Build(pending).Source);
        var native = Segments(nativeRun.Output);
        while (pending.Count > 0)
        {
            if (nativeRun.CompileErrors is not null)
            {
                // The batch does not compile natively: a generator bug; let each program show its own errors.
                foreach (var program in pending)
                    results[program.Seed] = Alone(program);
                break;
            }
            var left = Step(path, pending, native, results);
            if (left.Count == pending.Count)
            {
                // The run reached none of them (it failed before the first marker): decide each alone.
                foreach (var program in pending)
                    results[program.Seed] = Alone(program);
                break;
            }
            pending = left;
        }
        return programs.Select(p => new Result(p, results[p.Seed])).ToList();
    }

    /// <summary>Compiles and runs <paramref name="pending"/> once; records what that decides, returns what is left.</summary>
    private static List<FuzzProgram> Step(string path, List<FuzzProgram> pending, IReadOnlyDictionary<int, string> native,
        Dictionary<int, Outcome> results)
    {
        var layout = Build(pending);
        JsLeg.Outcome js;
        try
        {
            js = JsLeg.Run(path, layout.Source);
        }
        catch (Exception)
        {
            foreach (var program in pending)
                results[program.Seed] = Alone(program);
            return [];
        }
        if (js.Output is null)
        {
            var errors = js.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var owners = errors.Select(d => layout.Spans.FirstOrDefault(s => d.Path == path && d.Line >= s.FirstLine && d.Line <= s.LastLine).Program).ToList();
            if (owners.Any(o => o is null))
            {
                // An error outside every program (or without a location): decide each program alone.
                foreach (var program in pending)
                    results[program.Seed] = Alone(program);
                return [];
            }
            foreach (var group in errors.Zip(owners).GroupBy(pair => pair.Second!.Seed))
                results[group.Key] = new Outcome(Verdict.Rejected, string.Join("\n", group.Select(pair => pair.First)));
            return pending.Where(p => !results.ContainsKey(p.Seed)).ToList();
        }
        var compiled = Segments(js.Output);
        var unreached = new List<FuzzProgram>();
        foreach (var program in pending)
        {
            if (!compiled.TryGetValue(program.Seed, out var text))
            {
                unreached.Add(program);
                continue;
            }
            if (!native.TryGetValue(program.Seed, out var expected))
                results[program.Seed] = Alone(program);
            else if (text == expected)
                results[program.Seed] = new Outcome(Verdict.Equal, "");
            else if (Differential.OnlyRefusals(expected, text))
                results[program.Seed] = new Outcome(Verdict.RefusedAtRunTime, "--- native ---\n" + expected + "--- js ---\n" + text);
            else
                results[program.Seed] = Alone(program);
        }
        return unreached;
    }

    private static Outcome Alone(FuzzProgram program) => Differential.Compare($"fuzz_{program.Seed}.cs", program.Source);

    private static Layout Build(IReadOnlyList<FuzzProgram> programs)
    {
        var source = new StringBuilder(FuzzProgram.Prelude);
        var spans = new List<(FuzzProgram, int, int)>();
        var line = FuzzProgram.Prelude.Count(c => c == '\n') + 1;
        foreach (var program in programs)
        {
            var method = program.Method("Program" + program.Seed);
            var lines = method.Count(c => c == '\n');
            spans.Add((program, line, line + lines - 1));
            source.Append(method);
            line += lines;
        }
        source.Append("    public static void Main()\n    {\n");
        foreach (var program in programs)
            source.Append($"        Console.WriteLine(\"{Marker(program.Seed)}\");\n        Program{program.Seed}();\n");
        source.Append("    }\n}\n");
        return new Layout(source.ToString(), spans);
    }

    /// <summary>The output of each program by seed; a program whose run was cut short (an unhandled error stopped the
    /// batch) has everything up to the end, including the runner's UNHANDLED line.</summary>
    private static Dictionary<int, string> Segments(string? output)
    {
        var segments = new Dictionary<int, string>();
        if (output is null)
            return segments;
        int? seed = null;
        var text = new StringBuilder();
        foreach (var line in output.Split('\n').SkipLast(1))
        {
            if (line.StartsWith(MarkerStart, StringComparison.Ordinal) && line.EndsWith(MarkerEnd, StringComparison.Ordinal))
            {
                if (seed is { } done)
                    segments[done] = text.ToString();
                seed = int.Parse(line[MarkerStart.Length..^MarkerEnd.Length]);
                text.Clear();
                continue;
            }
            text.Append(line).Append('\n');
        }
        if (seed is { } last)
            segments[last] = text.ToString() + (output.EndsWith('\n') ? "" : output[(output.LastIndexOf('\n') + 1)..]);
        return segments;
    }
}
