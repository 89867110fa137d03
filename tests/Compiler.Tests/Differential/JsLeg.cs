using System.Collections.Generic;
using CSharpToJs.Tests.Support;

namespace CSharpToJs.Tests.Differential;

/// <summary>The JavaScript leg: compiles one sample as a console program, with its own members' property names
/// shortened as the shipped build does (RenameMembers), and runs it under Jint.</summary>
public static class JsLeg
{
    public sealed record Outcome(string? Output, string? JavaScript, IReadOnlyList<Diagnostic> Diagnostics);

    public static Outcome Run(string path, string source)
    {
        var result = JsCompiler.Compile(new CompileRequest
        {
            Sources = [new SourceFile(path, source)],
            References = NativeRunner.ExtraReferencePaths,
            Kind = OutputKind.ConsoleProgram,
            RenameMembers = true,
        });
        if (!result.Success)
            return new Outcome(null, null, result.Diagnostics);
        var (output, error) = JsRunner.RunProgram(result.JavaScript!);
        if (error is not null)
            output += "UNHANDLED " + error + "\n";
        return new Outcome(output, result.JavaScript, result.Diagnostics);
    }
}
