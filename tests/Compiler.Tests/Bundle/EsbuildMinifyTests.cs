using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Acornima;
using CSharpToJs.Tests.Hello;
using CSharpToJs.Tests.Support;
using Xunit;

namespace CSharpToJs.Tests.Bundle;

/// <summary>What the MSBuild target ships with JsMinify=true: the compiler's readable output minified by esbuild
/// (src/Compiler/build/minify.mjs). It must still be one strict classic script that behaves the same, rename
/// locals, keep every source-map position pointing at the C# statement it came from.</summary>
public class EsbuildMinifyTests
{
    private static string RepoRoot([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    private static string Readable(bool sourceMap)
    {
        var result = TestCompiler.Compile(HelloPlugin.Source, OutputKind.Plugin, "HelloPlugin.cs", false, sourceMap);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.JavaScript!;
    }

    private static string Minify(string js)
    {
        var dir = Directory.CreateTempSubdirectory("kmesh-esbuild-").FullName;
        try
        {
            var file = Path.Combine(dir, "main.js");
            File.WriteAllText(file, js);
            var start = new ProcessStartInfo("node", [Path.Combine(RepoRoot(), "src", "Compiler", "build", "minify.mjs"), file])
            {
                RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepoRoot(),
            };
            using var node = Process.Start(start)!;
            var stderr = node.StandardError.ReadToEnd();
            node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, stderr);
            return File.ReadAllText(file);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void MinifiedIsOneStrictClassicScriptThatBehavesTheSame()
    {
        var readable = Readable(sourceMap: false);
        var minified = Minify(readable);
        var script = new Parser().ParseScript(minified, "main.js", strict: true);
        Assert.Single(script.Body);
        Assert.StartsWith("(function(){\"use strict\";", minified);
        Assert.DoesNotMatch(new Regex(@"(^|[;\s])(import|export)\s", RegexOptions.Multiline), minified);
        Assert.True(minified.Length < readable.Length * 0.7, $"{minified.Length} vs {readable.Length}");
        Assert.DoesNotContain("setCount", minified); // locals are renamed
        var a = JsRunner.Run(readable + HelloPlugin.Probe, e => e.Execute(HelloPlugin.FakeHost));
        var b = JsRunner.Run("new Function(__bundle)();" + HelloPlugin.Probe, e =>
        {
            e.Execute(HelloPlugin.FakeHost);
            e.SetValue("__bundle", minified);
        });
        Assert.Null(b.Error);
        Assert.Equal(a.Output, b.Output);
    }

    [Fact]
    public void SourceMapStillPointsAtTheCSharpStatements()
    {
        var minified = Minify(Readable(sourceMap: true));
        var match = Regex.Match(minified, @"//# sourceMappingURL=data:application/json;base64,([A-Za-z0-9+/=]+)\s*$");
        Assert.True(match.Success, minified[^200..]);
        using var map = JsonDocument.Parse(Convert.FromBase64String(match.Groups[1].Value));
        Assert.Equal("HelloPlugin.cs", Path.GetFileName(map.RootElement.GetProperty("sources")[0].GetString()));
        var segments = Segments(map.RootElement.GetProperty("mappings").GetString()!);
        var sourceLines = HelloPlugin.Source.Split('\n');
        var code = minified.Split('\n');
        foreach (var (name, csharp) in new[] { ("registerSidebarEntry", "RegisterSidebarEntry"), ("registerRoute", "RegisterRoute") })
        {
            int line = Array.FindIndex(code, l => l.Contains(name + "("));
            int column = code[line].IndexOf(name + "(", StringComparison.Ordinal);
            var (_, _, sourceLine) = segments.FindLast(s => s.Line == line && s.Column <= column);
            Assert.Contains("PluginLib." + csharp + "(", sourceLines[sourceLine]);
        }
    }

    /// <summary>V8 holds a script's source (which the loaded script keeps alive) in one byte per character only when
    /// every character fits; the compiler escapes everything beyond ASCII and esbuild must keep it escaped. The
    /// corpus sample with non-ASCII literals, names and runtime text pins that it still prints the same.</summary>
    [Fact]
    public void EveryCharacterBeyondAsciiStaysEscapedAndBehavesTheSame()
    {
        var source = CSharpToJs.Tests.Differential.CorpusSamples.Read(Path.Combine("strings", "non_ascii_text.cs"));
        Assert.Contains(source, c => c > 0x7f);
        foreach (var compact in new[] { false, true })
        {
            var result = TestCompiler.Compile(source, OutputKind.ConsoleProgram, "non_ascii_text.cs", compact);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            var readable = result.JavaScript!;
            var minified = Minify(readable);
            foreach (var js in new[] { readable, minified })
            {
                int at = js.IndexOf(js.FirstOrDefault(c => c > 0x7e));
                Assert.True(js.All(c => c <= 0x7e), $"non-ASCII at {at}: {(at < 0 ? "" : js[Math.Max(0, at - 60)..Math.Min(js.Length, at + 20)])}");
                Assert.Equal(JsRunner.RunProgram(readable).Output, JsRunner.RunProgram(js).Output);
            }
        }
    }

    /// <summary>Source map v3 "mappings": generated (line, column) → original line, from the base64 VLQ segments.</summary>
    private static List<(int Line, int Column, int SourceLine)> Segments(string mappings)
    {
        var result = new List<(int, int, int)>();
        int sourceLine = 0;
        var lines = mappings.Split(';');
        for (int line = 0; line < lines.Length; line++)
        {
            int column = 0;
            foreach (var segment in lines[line].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var fields = Vlq(segment);
                column += fields[0];
                if (fields.Count < 4) continue;
                sourceLine += fields[2];
                result.Add((line, column, sourceLine));
            }
        }
        return result;
    }

    private static List<int> Vlq(string segment)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var values = new List<int>();
        int value = 0, shift = 0;
        foreach (char c in segment)
        {
            int digit = alphabet.IndexOf(c);
            value += (digit & 31) << shift;
            if ((digit & 32) != 0) { shift += 5; continue; }
            values.Add((value & 1) != 0 ? -(value >> 1) : value >> 1);
            value = 0;
            shift = 0;
        }
        return values;
    }
}
