using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CSharpToJs;
using CSharpToJs.Benchmarks;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

IReadOnlyList<string> references =
[
    typeof(CSharpToJs.Interop.JsonShapes).Assembly.Location,
    typeof(k8s.Models.V1Pod).Assembly.Location,
];

CompileResult Compile(IReadOnlyList<SourceFile> sources, OutputKind kind, bool minify = false) =>
    JsCompiler.Compile(new CompileRequest { Sources = sources, References = references, Kind = kind, Minify = minify });

Console.WriteLine("C#-to-JS compiler benchmark (" + Environment.ProcessorCount + " cores, " + RuntimeInfo() + ")");
Console.WriteLine();

var helloText = HelloPluginSource.TryRead();
if (helloText is null)
{
    Console.WriteLine("hello plugin: no HelloPlugin.Source constant in " + HelloPluginSource.Path);
}
else
{
    IReadOnlyList<SourceFile> hello = [new SourceFile("HelloPlugin.cs", helloText)];
    CompileResult? result = null;
    var timing = Measure.Time(() => result = Compile(hello, OutputKind.Plugin));
    Console.WriteLine($"hello plugin ({helloText.Split('\n').Length} lines of C#)");
    Console.WriteLine($"  compile time        cold {timing.ColdMs,8:F1} ms   warm median of 5 {timing.WarmMedianMs,8:F1} ms");
    if (result!.Success)
    {
        var minified = Compile(hello, OutputKind.Plugin, minify: true);
        Console.WriteLine($"  main.js             {result.Stats.OutputBytes,8:N0} bytes   gzip {Measure.GzipBytes(result.JavaScript!),7:N0} bytes");
        if (minified.Success)
            Console.WriteLine($"  main.js --minify    {minified.Stats.OutputBytes,8:N0} bytes   gzip {Measure.GzipBytes(minified.JavaScript!),7:N0} bytes");
        Console.WriteLine($"  runtime helpers     {result.Stats.RuntimeHelperBytes,8:N0} bytes   ({result.Stats.RuntimeHelpers.Count} helpers: {string.Join(", ", result.Stats.RuntimeHelpers)})");
    }
    else
    {
        Console.WriteLine("  compile FAILED:");
        foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(10))
            Console.WriteLine("    " + d);
    }
}
Console.WriteLine();

var samples = Directory.GetFiles(RepositoryPaths.Corpus, "*.cs", SearchOption.AllDirectories)
    .OrderBy(path => path, StringComparer.Ordinal)
    .Select(path => new SourceFile(Path.GetRelativePath(RepositoryPaths.Root, path), File.ReadAllText(path)))
    .ToList();
var compiled = 0;
var crashed = 0;
long outputBytes = 0;
var corpusTiming = Measure.Time(() =>
{
    compiled = 0;
    crashed = 0;
    outputBytes = 0;
    foreach (var sample in samples)
    {
        CompileResult r;
        try
        {
            r = Compile([sample], OutputKind.ConsoleProgram);
        }
        catch (Exception)
        {
            // A crash is the compiler's bug, reported by the differential tests; here it only must not stop the run.
            crashed++;
            continue;
        }
        if (!r.Success)
            continue;
        compiled++;
        outputBytes += r.Stats.OutputBytes;
    }
});
Console.WriteLine($"differential corpus ({samples.Count} programs, each compiled on its own)");
Console.WriteLine($"  compile time        cold {corpusTiming.ColdMs,8:F1} ms   warm median of 5 {corpusTiming.WarmMedianMs,8:F1} ms   ({corpusTiming.WarmMedianMs / Math.Max(1, samples.Count):F1} ms per program warm)");
Console.WriteLine($"  compiled            {compiled}/{samples.Count} ({samples.Count - compiled - crashed} rejected, {crashed} compiler crashes)   total JS {outputBytes:N0} bytes");

static string RuntimeInfo() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
