using System.Collections.Generic;
using System.Linq;
using System.Text;
using CSharpToJs;
using Xunit;

namespace Kmesh.Tests.Compiled;

/// <summary>The same inputs through the native model and through the model compiled to JavaScript (Jint): the
/// canonical outputs must be identical, line for line.</summary>
public class CompiledLegTests
{
    [Fact]
    public void Compiled_model_prints_exactly_what_the_native_model_prints()
    {
        List<DriverCase> cases = DriverCases.All();
        Assert.True(cases.Count > 100, $"{cases.Count} cases");
        var native = new StringBuilder();
        ModelDriver.Run(cases, line => native.Append(line).Append('\n'));

        CompileResult compiled = CompiledLeg.Compile(cases);
        string errors = string.Join("\n", compiled.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        Assert.True(compiled.Success, errors);
        (string output, string? error) = CompiledLeg.Run(compiled.JavaScript!);
        if (error is not null)
        {
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kmesh-model-compiled.js");
            System.IO.File.WriteAllText(path, compiled.JavaScript);
            string[] lines = output.Split('\n');
            string tail = string.Join("\n", lines.Skip(System.Math.Max(0, lines.Length - 6)));
            Assert.Fail($"the compiled program failed: {error}\n(JavaScript written to {path})\nlast output:\n{tail}");
        }

        System.IO.File.WriteAllText(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kmesh-model-native.txt"), native.ToString());
        Assert.Contains("gateway waypoint: waypoint True for service; Green: Programmed", native.ToString());
        string[] expected = native.ToString().Split('\n');
        string[] actual = output.Split('\n');
        for (int i = 0; i < System.Math.Min(expected.Length, actual.Length); i++)
        {
            if (expected[i] != actual[i])
            {
                string section = expected.Take(i + 1).Last(l => l.StartsWith("=== "));
                Assert.Fail($"first difference at line {i + 1} in [{section}]\nnative:   {expected[i]}\ncompiled: {actual[i]}");
            }
        }
        Assert.Equal(expected.Length, actual.Length);
    }

    [Fact]
    public void The_model_compiles_without_warnings_about_64_bit_arithmetic()
    {
        CompileResult compiled = CompiledLeg.Compile(new List<DriverCase>());
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Path.StartsWith("src/Kmesh") && d.Severity == Severity.Warning);
    }
}
