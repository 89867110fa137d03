using System.Text;
using System.Text.RegularExpressions;
using Acornima;
using CSharpToJs.Tests.Hello;
using CSharpToJs.Tests.Support;
using Xunit;

namespace CSharpToJs.Tests.Bundle;

/// <summary>The contract of HEADLAMP.md §1: one strict classic script, no modules, runnable as a new Function body,
/// deterministic.</summary>
public class BundleTests
{
    private static string Build(bool minify = false, bool sourceMap = false)
    {
        var result = TestCompiler.Compile(HelloPlugin.Source, OutputKind.Plugin, "HelloPlugin.cs", minify, sourceMap);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.JavaScript!;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ParsesAsStrictClassicScriptWithoutModules(bool minify)
    {
        var js = Build(minify);
        var script = new Parser().ParseScript(js, "main.js", strict: true);
        Assert.Single(script.Body);
        Assert.StartsWith("(function", js);
        Assert.Contains("\"use strict\"", js[..40]);
        Assert.DoesNotMatch(new Regex(@"(^|[;\s])(import|export)\s", RegexOptions.Multiline), js);
        Assert.DoesNotContain("import(", js);
    }

    [Fact]
    public void RunsAsTheBodyOfNewFunction()
    {
        var js = Build();
        var (output, error) = JsRunner.Run("new Function(__bundle)();" + HelloPlugin.Probe, engine =>
        {
            engine.Execute(HelloPlugin.FakeHost);
            engine.SetValue("__bundle", js);
        });
        Assert.Null(error);
        Assert.StartsWith("registerSidebarEntry {\"parent\":null,\"name\":\"hello\"", output);
    }

    [Fact]
    public void SecondBuildGivesTheSameBytes()
    {
        Assert.Equal(Build(), Build());
        Assert.Equal(Build(minify: true), Build(minify: true));
    }

    [Fact]
    public void MinifiedBundleIsSmallerAndBehavesTheSame()
    {
        var readable = Build();
        var minified = Build(minify: true);
        // Whitespace only; static classes are top-level functions, so the readable text is little indented.
        Assert.True(minified.Length < readable.Length * 0.85, $"{minified.Length} vs {readable.Length}");
        var a = JsRunner.Run(readable + HelloPlugin.Probe, e => e.Execute(HelloPlugin.FakeHost));
        var b = JsRunner.Run(minified + HelloPlugin.Probe, e => e.Execute(HelloPlugin.FakeHost));
        Assert.Null(b.Error);
        Assert.Equal(a.Output, b.Output);
    }

    [Fact]
    public void SourceMapIsAnInlineDataUrlNamingTheCSharpFile()
    {
        var js = Build(sourceMap: true);
        var match = Regex.Match(js, @"//# sourceMappingURL=data:application/json;base64,([A-Za-z0-9+/=]+)\n$");
        Assert.True(match.Success);
        var json = Encoding.UTF8.GetString(System.Convert.FromBase64String(match.Groups[1].Value));
        Assert.Contains("\"version\":3", json);
        Assert.Contains("\"sources\":[\"HelloPlugin.cs\"]", json);
        Assert.Matches("\"mappings\":\"[A-Za-z0-9+/,;]+\"", json);
    }

    [Fact]
    public void EmitsOnlyTheRuntimeHelpersItUses()
    {
        var result = TestCompiler.Compile("""
            using System;
            public static class Program
            {
                static int two = 2;
                public static void Main() => Console.WriteLine(7 / two);
            }
            """);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Contains("$idiv", result.Stats.RuntimeHelpers);
        Assert.DoesNotContain("$SwitchExpressionException", result.Stats.RuntimeHelpers);
        Assert.DoesNotContain("class $SwitchExpressionException", result.JavaScript);
        Assert.DoesNotContain("Array.prototype", result.JavaScript);
    }

    [Fact]
    public void NumberFormatsKnownWhenCompilingPickTheirHelper()
    {
        var result = TestCompiler.Compile("""
            using System;
            public static class Program
            {
                public static void Main(string[] args) => Console.WriteLine(1.5.ToString("0.##") + 2.ToString("N0") + $"{3.25:0.0}");
            }
            """);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Contains("$fmtFixed", result.Stats.RuntimeHelpers);
        Assert.Contains("$fmtStd", result.Stats.RuntimeHelpers);
        Assert.DoesNotContain("$fmtCustom", result.Stats.RuntimeHelpers); // no format to parse at run time
        Assert.Equal("1.523.3\n", TestCompiler.Run("""
            using System;
            public static class Program
            {
                public static void Main(string[] args) => Console.WriteLine(1.5.ToString("0.##") + 2.ToString("N0") + $"{3.25:0.0}");
            }
            """));
    }

    [Fact]
    public void AnEmptyParamsArrayIsTheCalleesDefault()
    {
        var result = TestCompiler.Compile("""
            using System;
            public static class Program
            {
                static int Count(string head, params object[] rest) => rest.Length;
                public static void Main() => Console.WriteLine(Count("a") + Count("b", 1, 2));
            }
            """);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Contains("Count(head, rest = [])", result.JavaScript);
        Assert.Contains("Program$Count(\"a\")", result.JavaScript);
        Assert.Contains("Program$Count(\"b\", [1, 2])", result.JavaScript);
    }
}
