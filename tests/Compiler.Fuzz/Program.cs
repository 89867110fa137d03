using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CSharpToJs.Tests.Differential;
using CSharpToJs.Tests.Fuzz;

namespace CSharpToJs.Fuzz;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 1 && args[0] == "show")
        {
            Console.Write(ProgramGenerator.Generate(int.Parse(args[1])).Source);
            return 0;
        }
        if (args.Length > 0 && args[0] == "check")
            return Check(args.Skip(1).ToArray());
        var count = args.Length > 0 ? int.Parse(args[0]) : 2000;
        var seed = args.Length > 1 ? int.Parse(args[1]) : 1;
        var batchSize = args.Length > 2 ? int.Parse(args[2]) : 100;
        return Fuzz(count, seed, batchSize);
    }

    private static int Check(string[] files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var outcome = Differential.Compare(file, File.ReadAllText(file));
            Console.WriteLine($"{file}: {outcome.Verdict}");
            if (outcome.Verdict != Verdict.Equal)
            {
                failed++;
                Console.WriteLine(outcome.Detail);
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Codes(string diagnostics) =>
        diagnostics.Split('\n').Select(line => line.Split(": error ")).Where(p => p.Length > 1).Select(p => p[1].Split(':')[0]).Distinct();

    private static int Fuzz(int count, int seed, int batchSize)
    {
        var verdicts = new int[Enum.GetValues<Verdict>().Length];
        var times = new List<double>();
        var rejections = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var total = Stopwatch.StartNew();
        var programs = Enumerable.Range(seed, count).Select(s => ProgramGenerator.Generate(s)).ToList();
        foreach (var chunk in programs.Chunk(batchSize))
        {
            var clock = Stopwatch.StartNew();
            var results = Batch.Run(chunk);
            times.Add(clock.Elapsed.TotalMilliseconds);
            foreach (var (program, outcome) in results)
            {
                verdicts[(int)outcome.Verdict]++;
                if (outcome.Verdict == Verdict.Rejected)
                    foreach (var code in Codes(outcome.Detail))
                    {
                        if (!rejections.ContainsKey(code))
                            Console.WriteLine($"seed {program.Seed}: first rejection by {code}: {outcome.Detail.Split('\n')[0]}");
                        rejections[code] = rejections.GetValueOrDefault(code) + 1;
                    }
                if (outcome.Verdict is Verdict.Equal or Verdict.Rejected or Verdict.RefusedAtRunTime)
                    continue;
                var smallest = Minimizer.Minimize(program, p => Differential.Compare("min.cs", p.Source).Verdict == outcome.Verdict);
                Console.WriteLine($"seed {program.Seed}: {outcome.Verdict} (minimised from {program.Statements.Count} to {smallest.Statements.Count} statements)");
                Console.WriteLine(smallest.Source);
                Console.WriteLine(Differential.Compare("min.cs", smallest.Source).Detail);
            }
        }
        times.Sort();
        Console.WriteLine($"programs {count} from seed {seed}, batches of {batchSize}");
        foreach (var verdict in Enum.GetValues<Verdict>())
            Console.WriteLine($"  {verdict}: {verdicts[(int)verdict]}");
        foreach (var (code, rejected) in rejections)
            Console.WriteLine($"  rejected by {code}: {rejected} programs");
        Console.WriteLine($"per batch ms: min {times[0]:F0} median {times[times.Count / 2]:F0} max {times[^1]:F0}; total {total.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
