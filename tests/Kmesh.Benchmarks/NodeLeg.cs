using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using CSharpToJs;

namespace Kmesh.Benchmarks;

/// <summary>Compiles the model with <c>Node/BenchDriver.cs</c> into one JavaScript console program and runs it
/// with Node.js (<c>node --expose-gc</c>) on the same generated inputs.</summary>
public static class NodeLeg
{
    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <param name="modelRoot">The clone whose src/Kmesh is compiled (another checkout gives a baseline); this one by default.</param>
    public static int Run(string bpf, string config, string? modelRoot = null)
    {
        string root = modelRoot ?? Path.GetFullPath(Path.Combine(ThisDirectory(), "..", ".."));
        var sources = new List<SourceFile>();
        foreach (string path in Directory.GetFiles(Path.Combine(root, "src", "Kmesh"), "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (!relative.Contains("/obj/") && !relative.Contains("/bin/")) sources.Add(new SourceFile(relative, File.ReadAllText(path)));
        }
        sources.Add(new SourceFile("tests/Kmesh.Benchmarks/Node/BenchDriver.cs", File.ReadAllText(Path.Combine(ThisDirectory(), "Node", "BenchDriver.cs"))));
        var watch = Stopwatch.StartNew();
        CompileResult result = JsCompiler.Compile(new CompileRequest
        {
            Sources = sources,
            References = [typeof(CSharpToJs.Interop.JsonShapes).Assembly.Location, typeof(k8s.Models.V1Pod).Assembly.Location],
            Kind = OutputKind.ConsoleProgram,
        });
        if (!result.Success)
        {
            foreach (Diagnostic diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
            return 1;
        }
        Console.WriteLine($"compiled model: {result.Stats.OutputBytes / 1024.0:F0} KiB of JavaScript ({result.Stats.RuntimeHelperBytes / 1024.0:F0} KiB runtime helpers) in {watch.Elapsed.TotalSeconds:F1} s");

        // KMESH_BENCH_DIR keeps the compiled program and inputs (e.g. for node --cpu-prof); otherwise a temp dir.
        string? keep = Environment.GetEnvironmentVariable("KMESH_BENCH_DIR");
        string dir = keep ?? Path.Combine(Path.GetTempPath(), "kmesh-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "bench.js"), result.JavaScript);
        File.WriteAllText(Path.Combine(dir, "bpf.json"), bpf);
        File.WriteAllText(Path.Combine(dir, "config.json"), config);
        File.WriteAllText(Path.Combine(dir, "run.js"), """
            const fs = require("fs");
            const path = require("path");
            globalThis.kmeshBench = {
              input: name => fs.readFileSync(path.join(__dirname, name + ".json"), "utf8"),
              now: () => performance.now(),
              cpuNow: () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; },
              heapUsed: () => { global.gc(); return process.memoryUsage().heapUsed; },
            };
            console.log("node " + process.version);
            require("./bench.js");
            """);
        try
        {
            var start = new ProcessStartInfo("node", ["--expose-gc", Path.Combine(dir, "run.js")]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using Process node = Process.Start(start)!;
            string output = node.StandardOutput.ReadToEnd();
            string error = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Console.Write(output);
            if (error.Length > 0) Console.Error.Write(error);
            return node.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"node is not available: {e.Message}");
            return 1;
        }
        finally
        {
            if (keep is null) Directory.Delete(dir, true);
        }
    }
}
