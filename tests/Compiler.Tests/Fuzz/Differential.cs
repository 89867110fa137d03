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
        return js.Output == native.Output
            ? new Outcome(Verdict.Equal, "")
            : new Outcome(Verdict.Mismatch, "--- native ---\n" + native.Output + "--- js ---\n" + js.Output);
    }
}
