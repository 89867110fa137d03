using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Tests.Differential;
using Xunit;

namespace CSharpToJs.Tests.Fuzz;

/// <summary>A bounded, seeded run of the differential fuzzer: every generated program must print what .NET prints,
/// be rejected with a located diagnostic, or stop a 64-bit computation beyond ±2^53 with an OverflowException. A
/// failure shows the program minimised to the statements that still fail. Kept small (fixed seeds, a few seconds)
/// so the suite stays fast on a busy machine; the command project tests/Compiler.Fuzz runs thousands and prints
/// figures (see its README).</summary>
[Collection(DifferentialCollection.Name)]
public sealed class FuzzTests
{
    private const int Programs = 6;
    private const int FirstSeed = 20261203;

    [Fact]
    public void GeneratedProgramsMatchDotNetOrAreRejected()
    {
        var failures = new List<string>();
        var verdicts = new Dictionary<Verdict, int>();
        for (var seed = FirstSeed; seed < FirstSeed + Programs && failures.Count < 3; seed++)
        {
            var program = ProgramGenerator.Generate(seed);
            var outcome = Differential.Compare($"fuzz_{seed}.cs", program.Source);
            verdicts[outcome.Verdict] = verdicts.GetValueOrDefault(outcome.Verdict) + 1;
            if (outcome.Verdict is Verdict.Equal or Verdict.Rejected or Verdict.RefusedAtRunTime)
                continue;
            var smallest = Minimizer.Minimize(program, p => Differential.Compare("min.cs", p.Source).Verdict == outcome.Verdict);
            failures.Add($"seed {seed}: {outcome.Verdict}\n{smallest.Source}\n{Differential.Compare("min.cs", smallest.Source).Detail}");
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // The generator must mostly produce programs the compiler accepts, or the run tests little.
        Assert.True(verdicts.GetValueOrDefault(Verdict.Equal) >= Programs / 2,
            "too few programs compiled and compared: " + string.Join(", ", verdicts.Select(v => $"{v.Key} {v.Value}")));
    }
}
