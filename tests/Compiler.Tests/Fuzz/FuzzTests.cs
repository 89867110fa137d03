using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Tests.Differential;
using Xunit;

namespace CSharpToJs.Tests.Fuzz;

/// <summary>A bounded, seeded run of the differential fuzzer: every generated program must print what .NET prints,
/// be rejected with a located diagnostic, or stop a 64-bit computation beyond ±2^53 with an OverflowException. A
/// failure shows the program minimised to the statements that still fail. The programs run in batches
/// (<see cref="Batch"/>) so a few hundred cost a few compiles; the command project tests/Compiler.Fuzz runs
/// thousands and prints figures (see its README).</summary>
[Collection(DifferentialCollection.Name)]
public sealed class FuzzTests
{
    private const int Programs = 300;
    private const int BatchSize = 100;
    private const int FirstSeed = 20261203;

    [Fact]
    public void GeneratedProgramsMatchDotNetOrAreRejected()
    {
        var programs = Enumerable.Range(FirstSeed, Programs).Select(seed => ProgramGenerator.Generate(seed)).ToList();
        var results = programs.Chunk(BatchSize).SelectMany(chunk => Batch.Run(chunk)).ToList();
        var failures = results
            .Where(r => r.Outcome.Verdict is not (Verdict.Equal or Verdict.Rejected or Verdict.RefusedAtRunTime))
            .Take(3)
            .Select(r => Minimized(r.Program, r.Outcome.Verdict))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // The generator must mostly produce programs the compiler accepts, or the run tests little.
        var equal = results.Count(r => r.Outcome.Verdict == Verdict.Equal);
        Assert.True(equal >= Programs / 2,
            "too few programs compiled and compared: " + string.Join(", ", results.GroupBy(r => r.Outcome.Verdict).Select(g => $"{g.Key} {g.Count()}")));
    }

    private static string Minimized(FuzzProgram program, Verdict verdict)
    {
        var smallest = Minimizer.Minimize(program, p => Differential.Compare("min.cs", p.Source).Verdict == verdict);
        return $"seed {program.Seed}: {verdict}\n{smallest.Source}\n{Differential.Compare("min.cs", smallest.Source).Detail}";
    }
}
