using System.Linq;

namespace CSharpToJs.Tests.Support;

/// <summary>Compiles C# test sources with the interop and KubernetesClient references.</summary>
public static class TestCompiler
{
    public static string[] References { get; } =
    [
        typeof(CSharpToJs.Interop.ExternalAttribute).Assembly.Location,
        typeof(k8s.Models.V1Pod).Assembly.Location,
    ];

    public static CompileResult Compile(string source, OutputKind kind = OutputKind.ConsoleProgram, string path = "Test.cs",
        bool minify = false, bool sourceMap = false) =>
        JsCompiler.Compile(new CompileRequest
        {
            Sources = [new SourceFile(path, source)],
            References = References,
            Kind = kind,
            Minify = minify,
            SourceMap = sourceMap,
        });

    /// <summary>Compiles and runs a console program; fails with the diagnostics when it does not compile.</summary>
    public static string Run(string source)
    {
        var result = Compile(source);
        if (!result.Success)
            throw new Xunit.Sdk.XunitException(string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        var (output, error) = JsRunner.RunProgram(result.JavaScript!);
        return error is null ? output : output + "UNHANDLED " + error + "\n";
    }
}
