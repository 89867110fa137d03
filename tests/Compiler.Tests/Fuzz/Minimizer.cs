using System;
using System.Collections.Generic;
using System.Linq;

namespace CSharpToJs.Tests.Fuzz;

/// <summary>Shrinks a failing program while it still fails the same way: first halves, then single statements
/// (delta debugging over the independent statements).</summary>
public static class Minimizer
{
    public static FuzzProgram Minimize(FuzzProgram program, Func<FuzzProgram, bool> stillFails)
    {
        var current = program.Statements.ToList();
        for (var chunk = Math.Max(1, current.Count / 2); chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start < current.Count && current.Count > 1;)
            {
                var candidate = current.Take(start).Concat(current.Skip(start + chunk)).ToList();
                if (candidate.Count > 0 && stillFails(program with { Statements = candidate }))
                    current = candidate;
                else
                    start += chunk;
            }
        }
        return program with { Statements = current };
    }
}
