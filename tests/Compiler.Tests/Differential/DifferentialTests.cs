using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace CSharpToJs.Tests.Differential;

/// <summary>Native runs redirect the process-wide Console, so nothing else may run beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DifferentialCollection
{
    public const string Name = "Differential";
}

/// <summary>Every Corpus/**/*.cs sample must print exactly the same text natively and compiled to JavaScript.</summary>
[Collection(DifferentialCollection.Name)]
public sealed class DifferentialTests
{
    public static IEnumerable<object[]> Samples() => CorpusSamples.All().Select(path => new object[] { path });

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample(string path)
    {
        var source = CorpusSamples.Read(path);
        var native = NativeRunner.Run(path, source);
        Assert.True(native.CompileErrors is null, $"{path} does not compile natively:\n{native.CompileErrors}");
        Assert.False(string.IsNullOrWhiteSpace(native.Output), $"{path} prints nothing natively");

        var js = JsLeg.Run(path, source);
        if (js.Output is null)
            Assert.Fail($"{path} was rejected by the compiler:\n{Format(js.Diagnostics)}");
        if (js.Output != native.Output)
            Assert.Fail(Mismatch(path, native.Output!, js.Output, js.Diagnostics));
    }

    private static string Format(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", diagnostics.Select(d => d.ToString()));

    private static string Mismatch(string path, string expected, string actual, IReadOnlyList<Diagnostic> diagnostics)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            line++;
        var message = new StringBuilder();
        message.Append(path).Append(": outputs differ at line ").Append(line + 1).Append('\n');
        message.Append("  native: ").Append(line < expectedLines.Length ? Show(expectedLines[line]) : "<end>").Append('\n');
        message.Append("  js:     ").Append(line < actualLines.Length ? Show(actualLines[line]) : "<end>").Append('\n');
        message.Append("--- native output ---\n").Append(expected);
        message.Append("--- js output ---\n").Append(actual);
        message.Append("--- compiler diagnostics ---\n").Append(Format(diagnostics)).Append('\n');
        return message.ToString();
    }

    private static string Show(string line) => "\"" + line.Replace("\t", "\\t") + "\"";
}
