using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Tasks;
using Kmesh.Benchmarks;
using Kmesh.Preview;
using Kmesh.Preview.Benchmarks;
using Kmesh.Preview.Cli;
using Kmesh.Tests;
using Microsoft.Playwright;

namespace Kmesh.Perf.Benchmarks;

/// <summary>
/// Every figure of issue 12's table for this tree and for a baseline main.js, measured in one run so the ratios
/// compare like with like: main.js bytes and gzip -9 (per route), top-level declarations no root can reach, bytes of
/// Equals/GetHashCode/ToString methods, the model's parse of the 50,000-entry BPF dump and the 5,000-workload config
/// dump in Node.js against JSON.parse of the same text, and in Debian's Chromium on the `large` scenario the eBPF and
/// Nodes views' heap and long tasks and main.js's load (new Function compile + run, heap it adds).
/// Builds this tree's plugin (Debug for the readable figures, Release for what ships). Prints; asserts nothing.
/// </summary>
public static class Program
{
    private const string Cluster = "kmesh-preview";

    private static string RepoRoot([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    public static async Task<int> Main(string[] args)
    {
        string? baseline = Option(args, "--baseline");
        string? baselineTree = Option(args, "--baseline-tree");
        int runs = int.Parse(Option(args, "--runs") ?? "5");
        if (baseline is null || !File.Exists(baseline))
        {
            Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Perf.Benchmarks -- --baseline <main.js> [--baseline-tree <clone>] [--runs N] [--current <main.js> --readable <main.js>] [--no-parse] [--no-browser]");
            return 2;
        }
        string work = Directory.CreateTempSubdirectory("kmesh-perf-").FullName;
        try
        {
            string readable = Path.Combine(work, "readable", "main.js");
            string current = Path.Combine(work, "current", "main.js");
            string old = Path.Combine(work, "baseline", "main.js");
            // --current/--readable reuse builds of this tree (the Release main.js and a Debug one) instead of building.
            if (Option(args, "--readable") is { } givenReadable) Copy(givenReadable, readable);
            else Build("Debug", readable);
            if (Option(args, "--current") is { } given) Copy(given, current);
            else Build("Release", current);
            Directory.CreateDirectory(Path.GetDirectoryName(old)!);
            File.Copy(baseline, old);
            File.Copy(Path.Combine(RepoRoot(), "plugin-dist", "package.json"), Path.Combine(work, "baseline", "package.json"));

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load {LoadAverage()}; baseline {Path.GetFullPath(baseline)}");
            Console.WriteLine();
            StaticFigures(Analyze(old), Analyze(current), Analyze(readable));
            Console.WriteLine();
            if (Array.IndexOf(args, "--no-parse") < 0) ParseFigures(baselineTree);
            if (Array.IndexOf(args, "--no-browser") < 0)
            {
                Console.WriteLine();
                await BrowserFigures(Path.GetDirectoryName(old)!, Path.GetDirectoryName(current)!, runs);
            }
            return 0;
        }
        finally
        {
            Directory.Delete(work, true);
        }
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static void Build(string configuration, string copyTo)
    {
        var (code, output) = Run("dotnet", ["build", Path.Combine("src", "Plugin", "Kmesh.Plugin.csproj"), "-c", configuration, "-nologo", "-v", "q"]);
        if (code != 0) throw new InvalidOperationException($"dotnet build -c {configuration} failed:\n{output}");
        Directory.CreateDirectory(Path.GetDirectoryName(copyTo)!);
        File.Copy(Path.Combine(RepoRoot(), "plugin-dist", "main.js"), copyTo, true);
        File.Copy(Path.Combine(RepoRoot(), "plugin-dist", "package.json"), Path.Combine(Path.GetDirectoryName(copyTo)!, "package.json"), true);
    }

    private static void Copy(string mainJs, string copyTo)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(copyTo)!);
        File.Copy(mainJs, copyTo, true);
        File.Copy(Path.Combine(RepoRoot(), "plugin-dist", "package.json"), Path.Combine(Path.GetDirectoryName(copyTo)!, "package.json"), true);
    }

    private static (int Code, string Output) Run(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot() };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static JsonElement Analyze(string mainJs)
    {
        var (code, output) = Run("node", [Path.Combine(RepoRoot(), "tests", "Perf.Benchmarks", "analyze.mjs"), mainJs]);
        if (code != 0) throw new InvalidOperationException($"analyze.mjs {mainJs} failed:\n{output}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static void StaticFigures(JsonElement old, JsonElement current, JsonElement readable)
    {
        Console.WriteLine($"{"main.js",-46} {"baseline",12} {"this tree",12} {"ratio",7}");
        Row("bytes (what ships)", old.GetProperty("bytes").GetInt32(), current.GetProperty("bytes").GetInt32());
        Row("gzip -9 bytes (goal <= 40,000)", old.GetProperty("gzip").GetInt32(), current.GetProperty("gzip").GetInt32());
        int oldRoutes = old.GetProperty("routes").GetInt32(), routes = current.GetProperty("routes").GetInt32();
        Console.WriteLine($"{"routes registered",-46} {oldRoutes,12} {routes,12}");
        Row("gzip -9 bytes per route", old.GetProperty("gzip").GetInt32() / Math.Max(1, oldRoutes), current.GetProperty("gzip").GetInt32() / Math.Max(1, routes));
        Console.WriteLine($"{"top-level declarations (readable build)",-46} {old.GetProperty("declarations").GetInt32(),12} {readable.GetProperty("declarations").GetInt32(),12}");
        Console.WriteLine($"{"  unreachable from the entry (goal 0)",-46} {old.GetProperty("unreachable").GetInt32(),12} {readable.GetProperty("unreachable").GetInt32(),12}");
        Console.WriteLine($"{"  their share of the bytes",-46} {Share(old, "unreachableBytes"),12} {Share(readable, "unreachableBytes"),12}");
        Console.WriteLine($"{"Equals/GetHashCode/ToString bytes (classes)",-46} {Record(old),12} {Record(readable),12}");
        Console.WriteLine($"{"  their share of the bytes",-46} {Share(old, "recordBytes"),12} {Share(readable, "recordBytes"),12}");
        foreach (var (label, figures) in new[] { ("baseline", old), ("this tree", readable) })
        {
            var names = figures.GetProperty("unreachableNames").EnumerateArray().Select(n => n.GetString()).ToList();
            if (names.Count > 0) Console.WriteLine($"  unreachable in {label}: {string.Join(", ", names)}");
        }
    }

    private static void Row(string label, int old, int current) =>
        Console.WriteLine($"{label,-46} {old,12:N0} {current,12:N0} {(double)current / old,6:F2}x");

    private static string Share(JsonElement figures, string name) =>
        $"{100.0 * figures.GetProperty(name).GetInt32() / figures.GetProperty("bytes").GetInt32():F1}%";

    private static string Record(JsonElement figures) => $"{figures.GetProperty("recordBytes").GetInt32():N0} ({figures.GetProperty("recordClasses").GetInt32()})";

    private static void ParseFigures(string? baselineTree)
    {
        string bpf = Generated.BpfDump(50000);
        string config = Generated.ConfigDump(5000);
        Console.WriteLine($"parse in Node.js (goal <= 1.5x JSON.parse): BPF dump 50,000 entries = {bpf.Length / 1048576.0:F1} MiB, config dump 5,000 workloads = {config.Length / 1048576.0:F1} MiB");
        if (baselineTree is not null)
        {
            Console.WriteLine($"baseline model ({baselineTree}/src/Kmesh, this compiler):");
            NodeLeg.Run(bpf, config, Path.GetFullPath(baselineTree));
        }
        Console.WriteLine("this tree's model:");
        NodeLeg.Run(bpf, config);
    }

    private static async Task BrowserFigures(string oldDir, string currentDir, int runs)
    {
        if (!File.Exists(Path.Combine(RepoRoot(), "src", "Preview", "page", "dist", "index.html")))
            throw new InvalidOperationException("the preview page is not built: run `npm run build:page` (or `npm start` once) first");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--enable-precise-memory-info"],
        });
        Console.WriteLine($"Chromium, scenario large, {runs} runs each, min/median/max; heap = JS heap used after a full GC once the view has settled");
        var figures = new Dictionary<string, Dictionary<string, List<double>>>();
        foreach (var (label, dir) in new[] { ("baseline", oldDir), ("this tree", currentDir) })
        {
            var mine = figures[label] = new Dictionary<string, List<double>>();
            await using var server = await PreviewServer.StartAsync(new PreviewOptions { Scenario = "large", Port = 0, PluginDir = dir });
            await server.WarmUp;
            string node = await DaemonNodes.First(server.BaseAddress, Cluster);
            string text = await File.ReadAllTextAsync(Path.Combine(dir, "main.js"));
            for (int i = 0; i < runs; i++)
            {
                await View(browser, server, $"/kmesh/bpf-maps/{node}", "eBPF view", mine);
                await View(browser, server, "/kmesh/nodes", "Nodes view", mine);
                await Load(browser, text, mine);
            }
        }
        var alone = await HeadlampAlone(browser, oldDir, runs);
        Console.WriteLine($"{"",-40} {"baseline min/median/max",28} {"this tree min/median/max",28} {"ratio",7}  goal");
        foreach (var (key, goal) in new[]
        {
            ("eBPF view heap MiB", "<= 40"), ("eBPF view long tasks ms", "<= 1500"),
            ("Nodes view heap MiB", "<= 120"), ("Nodes view long tasks ms", "<= 1200"),
            ("load: new Function compile+run ms", "<= 0.5x"), ("load: heap after load KiB", "<= 0.5x"),
            ("load floor: compiled, never run ms", ""), ("load floor: compiled, never run KiB", ""),
        })
        {
            var a = figures["baseline"][key];
            var b = figures["this tree"][key];
            Console.WriteLine($"{key,-40} {Triple(a),28} {Triple(b),28} {Median(b) / Median(a),6:F2}x  {goal}");
        }
        Console.WriteLine("Headlamp alone (no plugin loaded, same scenario), what the view figures include before any plugin code:");
        foreach (var (key, values) in alone) Console.WriteLine($"  {key,-62} {Triple(values),28}");
    }

    /// <summary>The long tasks and heap of Headlamp's own pages with no plugin loaded: its boot and a small list
    /// (Namespaces), and its Pods list of the daemons' namespace, which fetches the same 5,000 pods the Nodes view
    /// does. They are the floor under the view figures, which include Headlamp's boot and fetches.</summary>
    private static async Task<Dictionary<string, List<double>>> HeadlampAlone(IBrowser browser, string anyPluginDir, int runs)
    {
        string empty = Directory.CreateTempSubdirectory("kmesh-perf-empty-").FullName;
        try
        {
            File.Copy(Path.Combine(anyPluginDir, "package.json"), Path.Combine(empty, "package.json"));
            File.WriteAllText(Path.Combine(empty, "main.js"), "");
            var figures = new Dictionary<string, List<double>>();
            await using var server = await PreviewServer.StartAsync(new PreviewOptions { Scenario = "large", Port = 0, PluginDir = empty });
            await server.WarmUp;
            for (int i = 0; i < runs; i++)
            {
                await View(browser, server, "/namespaces", "Headlamp's Namespaces page (boot and a 46-row list)", figures);
                await View(browser, server, "/pods?namespace=kmesh-system", "Headlamp's Pods page, kmesh-system (the 5,000 daemon pods)", figures);
            }
            return figures;
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    private static string Triple(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return $"{sorted[0]:F1} / {Median(sorted):F1} / {sorted[^1]:F1}";
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private static void Add(Dictionary<string, List<double>> figures, string key, double value)
    {
        if (!figures.TryGetValue(key, out var list)) figures[key] = list = [];
        list.Add(value);
    }

    private const string LongTaskObserver = """
        window.__longTaskMs = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) window.__longTaskMs += e.duration; })
          .observe({ type: "longtask", buffered: true });
        """;

    /// <summary>Opens the view in a fresh context, waits for its table and for quiet (no long task for 2 s), then reads
    /// the long tasks' total and the heap after a full GC.</summary>
    private static async Task View(IBrowser browser, PreviewServer server, string url, string label, Dictionary<string, List<double>> figures)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
        await context.AddInitScriptAsync(LongTaskObserver);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(180_000);
        await page.GotoAsync($"/c/{Cluster}{url}");
        await page.Locator("main tbody tr").First.WaitForAsync();
        double last = -1;
        for (int i = 0; i < 60; i++)
        {
            await Task.Delay(2000);
            double now = await page.EvaluateAsync<double>("() => window.__longTaskMs");
            if (now == last) break;
            last = now;
        }
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("HeapProfiler.collectGarbage");
        var heap = await cdp.SendAsync("Runtime.getHeapUsage");
        Add(figures, label + " heap MiB", heap!.Value.GetProperty("usedSize").GetDouble() / 1048576.0);
        Add(figures, label + " long tasks ms", last);
        await context.CloseAsync();
    }

    /// <summary>main.js as Headlamp ≥ 0.34 runs it (the body of <c>new Function</c>) in a blank page with a recording
    /// pluginLib that keeps what is registered: time to compile and run, and the heap it leaves after a full GC.</summary>
    private static async Task Load(IBrowser browser, string mainJs, Dictionary<string, List<double>> figures)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.EvaluateAsync("""
            () => {
              const any = () => new Proxy(function () {}, { get: (t, k) => k === "prototype" ? {} : any(), apply: () => any(), construct: () => any() });
              // Headlamp keeps what a plugin registers; so does this pluginLib, or the heap after load would count nothing.
              globalThis.__registered = [];
              globalThis.pluginLib = new Proxy({}, { get: (t, k) => typeof k === "string" && k.startsWith("register") ? (...a) => { globalThis.__registered.push(a); } : any() });
            }
            """);
        var cdp = await context.NewCDPSessionAsync(page);
        async Task<double> HeapAfterGc()
        {
            await cdp.SendAsync("HeapProfiler.collectGarbage");
            return (await cdp.SendAsync("Runtime.getHeapUsage"))!.Value.GetProperty("usedSize").GetDouble();
        }
        // body: the JavaScript handed to new Function, made from main.js's text.
        async Task Measure(string msKey, string heapKey, string body)
        {
            double before = await HeapAfterGc();
            double ms = await page.EvaluateAsync<double>($"text => {{ const t0 = performance.now(); new Function({body})(); return performance.now() - t0; }}", mainJs);
            double after = await HeapAfterGc();
            Add(figures, msKey, ms);
            Add(figures, heapKey, (after - before) / 1024.0);
        }
        await Measure("load: new Function compile+run ms", "load: heap after load KiB", "text");
        // The floor under both: the same text compiled (pre-parsed) and kept, but never run, so no class or function
        // of it is created. No main.js of this length can load for less.
        await Measure("load floor: compiled, never run ms", "load floor: compiled, never run KiB", "'globalThis.__unrun = function () {\\n' + text + '\\n};'");
        await context.CloseAsync();
    }
}
