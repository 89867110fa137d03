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

    public static void Main()
    {
        string bpf = Input("bpf");
        string config = Input("config");
        Report("bpf-dump 50k:   ", () => BpfDumpReader.Read(bpf), parsed => Count((Parsed<BpfDump>)parsed), 50000);
        Report("config-dump 5k: ", () => ConfigDumpReader.Read(config), parsed => Count((Parsed<ConfigDump>)parsed), 5000);
    }

    private static int Count(Parsed<BpfDump> parsed)
    {
        BpfDump? dump = parsed.Value;
        if (dump is null) return -1;
        return dump.WorkloadPolicies.Count + dump.Backends.Count + dump.Endpoints.Count + dump.Frontends.Count + dump.Services.Count;
    }

    private static int Count(Parsed<ConfigDump> parsed) => parsed.Value is null ? -1 : parsed.Value.Workloads.Count;

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
