using System;
using System.Collections.Generic;
using CSharpToJs.Interop;
using Kmesh.Model;
using Kmesh.Model.Sources.DualEngine;

namespace Kmesh.Benchmarks.Node;

/// <summary>Compiled to JavaScript with the model and run by Node.js: parses the generated dumps and prints the
/// median time and the heap the parsed model retains. Inputs and clocks come from the Node wrapper.</summary>
public static class BenchDriver
{
    private const int Runs = 21;

    [Template("globalThis.kmeshBench.input({name})")]
    public static string Input(string name) => "";

    [Template("globalThis.kmeshBench.now()")]
    public static double Now() => 0;

    [Template("globalThis.kmeshBench.cpuNow()")]
    public static double CpuNow() => 0;

    [Template("globalThis.kmeshBench.heapUsed()")]
    public static double HeapUsed() => 0;

    /// <summary>The platform's parser on the same text, the yardstick of the "≤ 1.5× JSON.parse".</summary>
    [Template("JSON.parse({text})")]
    public static object JsonParse(string text) => text;

    public static void Main()
    {
        string bpf = Input("bpf");
        string config = Input("config");
        Report("bpf-dump 50k:   ", () => BpfDumpReader.Read(bpf), parsed => Count((Parsed<BpfDump>)parsed), 50000);
        Report("config-dump 5k: ", () => ConfigDumpReader.Read(config), parsed => Count((Parsed<ConfigDump>)parsed), 5000);
        Versus("bpf-dump 50k:   ", bpf, () => BpfDumpReader.Read(bpf));
        Versus("config-dump 5k: ", config, () => ConfigDumpReader.Read(config));
    }

    private static int Count(Parsed<BpfDump> parsed)
    {
        BpfDump? dump = parsed.Value;
        if (dump is null) return -1;
        return dump.WorkloadPolicies.Count + dump.Backends.Count + dump.Endpoints.Count + dump.Frontends.Count + dump.Services.Count;
    }

    private static int Count(Parsed<ConfigDump> parsed) => parsed.Value is null ? -1 : parsed.Value.Workloads.Count;

    /// <summary>The model's read (parse and typed readers) against JSON.parse of the same text, runs interleaved so both
    /// see the same machine load; CPU milliseconds min/median/max and the ratio of the medians.</summary>
    private static void Versus(string label, string text, Func<object> read)
    {
        var model = new List<double>();
        var platform = new List<double>();
        for (int i = 0; i < 3; i++)
        {
            read();
            JsonParse(text);
        }
        for (int i = 0; i < Runs; i++)
        {
            double start = CpuNow();
            read();
            model.Add(CpuNow() - start);
            start = CpuNow();
            JsonParse(text);
            platform.Add(CpuNow() - start);
        }
        model.Sort();
        platform.Sort();
        Console.WriteLine($"node    {label} read {model[0]:F1}/{model[Runs / 2]:F1}/{model[Runs - 1]:F1} ms CPU, JSON.parse {platform[0]:F1}/{platform[Runs / 2]:F1}/{platform[Runs - 1]:F1} ms CPU (min/median/max), "
            + $"ratio {model[Runs / 2] / platform[Runs / 2]:F2}x JSON.parse");
    }

    private static void Report(string label, Func<object> parse, Func<object, int> count, int expected)
    {
        for (int i = 0; i < 3; i++) parse();
        var times = new List<double>();
        var cpuTimes = new List<double>();
        for (int i = 0; i < Runs; i++)
        {
            double start = Now();
            double cpuStart = CpuNow();
            object parsed = parse();
            cpuTimes.Add(CpuNow() - cpuStart);
            times.Add(Now() - start);
            if (count(parsed) != expected) throw new InvalidOperationException($"{label} read {count(parsed)} entries, expected {expected}");
        }
        times.Sort();
        cpuTimes.Sort();
        double before = HeapUsed();
        object held = parse();
        double after = HeapUsed();
        Console.WriteLine($"node    {label} median {times[Runs / 2]:F1} ms wall (min {times[0]:F1}), {cpuTimes[Runs / 2]:F1} ms CPU over {Runs} runs, "
            + $"{(after - before) / 1048576.0:F1} MiB heap retained by {count(held)} parsed entries");
    }
}
