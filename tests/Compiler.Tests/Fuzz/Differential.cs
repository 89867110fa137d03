using System;
using System.Linq;
using CSharpToJs.Tests.Differential;

namespace CSharpToJs.Tests.Fuzz;

public enum Verdict
{
    /// <summary>Both legs printed the same text.</summary>
    Equal,
    /// <summary>The compiler refused the program with a located KJS error (allowed: never a wrong output).</summary>
    Rejected,
    /// <summary>Compiled, but printed something .NET does not print.</summary>
    Mismatch,
    /// <summary>The compiler threw, or reported an error without a location.</summary>
    CompilerFault,
    /// <summary>The program itself does not compile natively (a generator bug).</summary>
    NativeInvalid,
    /// <summary>Output equal except lines where the compiled program stopped a 64-bit computation that left the range
    /// JavaScript numbers hold exactly with an OverflowException (allowed: never a wrong number).</summary>
    RefusedAtRunTime,
}

public sealed record Outcome(Verdict Verdict, string Detail);

/// <summary>One program run natively and compiled (the corpus's two legs), reduced to a verdict. Callers must not
/// run two at once (the native leg redirects the process-wide console).</summary>
public static class Differential
{
    public static Outcome Compare(string path, string source)
    {
        var native = NativeRunner.Run(path, source);
        if (native.CompileErrors is not null)
            return new Outcome(Verdict.NativeInvalid, native.CompileErrors);
        JsLeg.Outcome js;
        try
        {
            js = JsLeg.Run(path, source);
        }
        catch (Exception crash)
        {
            return new Outcome(Verdict.CompilerFault, crash.ToString());
        }
        var errors = js.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Any(d => d.Path != path || d.Line < 1 || d.Column < 1))
            return new Outcome(Verdict.CompilerFault, "error without a location:\n" + string.Join("\n", errors));
        if (js.Output is null)
            return new Outcome(Verdict.Rejected, string.Join("\n", errors));
        if (js.Output == native.Output)
            return new Outcome(Verdict.Equal, "");
        var detail = "--- native ---\n" + native.Output + "--- js ---\n" + js.Output;
        return new Outcome(OnlyRefusals(native.Output!, js.Output) ? Verdict.RefusedAtRunTime : Verdict.Mismatch, detail);
    }

    public const string ExactRangeRefusal = "left the range JavaScript numbers hold exactly";

    /// <summary>Equal but for lines where the compiled program reports the exact-range refusal. A refused statement's
    /// native output can span several lines (a printed '\n' char), so a refusal line stands for up to
    /// <see cref="MaxLinesPerRefusal"/> native lines, as few as let the rest match.</summary>
    public static bool OnlyRefusals(string native, string js) => Align(native.Split('\n'), 0, js.Split('\n'), 0);

    private const int MaxLinesPerRefusal = 4;

    private static bool Align(string[] expected, int i, string[] actual, int j)
    {
        while (i < expected.Length && j < actual.Length && expected[i] == actual[j])
        {
            i++;
            j++;
        }
        if (i == expected.Length || j == actual.Length)
            return i == expected.Length && j == actual.Length;
        if (!actual[j].Contains(ExactRangeRefusal, StringComparison.Ordinal))
            return false;
        for (var lines = 1; lines <= MaxLinesPerRefusal && i + lines <= expected.Length; lines++)
            if (Align(expected, i + lines, actual, j + 1))
                return true;
        return false;
    }
}
