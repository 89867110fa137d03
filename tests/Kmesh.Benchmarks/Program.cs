using System;
using System.Collections.Generic;
using System.Diagnostics;
using Kmesh.Model;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Tests;

namespace Kmesh.Benchmarks;

/// <summary>Prints the median parse time and the memory allocated per parse for a 50,000-entry BPF dump and a
/// 5,000-workload config dump, natively. The Node.js figures for the compiled model come from
/// <see cref="NodeLeg"/> when the compiler and node are available.</summary>
public static class Program
{
    private const int Runs = 21;

    public static int Main(string[] args)
    {
        string bpf = Generated.BpfDump(50000);
        string config = Generated.ConfigDump(5000);
        Console.WriteLine($"input: BPF dump 50,000 entries = {bpf.Length / 1024.0 / 1024.0:F1} MiB; config dump 5,000 workloads = {config.Length / 1024.0 / 1024.0:F1} MiB");

        (double bpfMs, double bpfCpu, long bpfBytes) = Measure(() => Check(BpfDumpReader.Read(bpf), d => d.Services.Count + d.Backends.Count + d.Endpoints.Count + d.Frontends.Count + d.WorkloadPolicies.Count, 50000));
        (double configMs, double configCpu, long configBytes) = Measure(() => Check(ConfigDumpReader.Read(config), d => d.Workloads.Count, 5000));
        Console.WriteLine($"native  bpf-dump 50k:      median {bpfMs:F1} ms wall, {bpfCpu:F1} ms CPU over {Runs} runs, {bpfBytes / 1024.0 / 1024.0:F1} MiB allocated per parse");
        Console.WriteLine($"native  config-dump 5k:    median {configMs:F1} ms wall, {configCpu:F1} ms CPU over {Runs} runs, {configBytes / 1024.0 / 1024.0:F1} MiB allocated per parse");

        if (Array.IndexOf(args, "--split") >= 0)
        {
            (double parseMs, double _, long parseBytes) = Measure(() => Kmesh.Model.Json.JsonParser.Parse(bpf));
            Console.WriteLine($"json only bpf: {parseMs:F1} ms {parseBytes / 1024.0 / 1024.0:F1} MiB");
        }
        int status = 0;
        if (Array.IndexOf(args, "--native-only") < 0) status = NodeLeg.Run(bpf, config);
        return status;
    }

    private static void Check<T>(Parsed<T> parsed, Func<T, int> count, int expected) where T : class
    {
        if (parsed.Value is null) throw new InvalidOperationException(parsed.Error!.ToString());
        if (count(parsed.Value) != expected) throw new InvalidOperationException($"expected {expected} entries, read {count(parsed.Value)}");
    }

    /// <summary>Median wall-clock and median process CPU time (the machine is shared, so CPU time is the steadier
    /// figure), and bytes allocated by one parse.</summary>
    private static (double MedianMs, double MedianCpuMs, long BytesPerRun) Measure(Action parse)
    {
        parse();
        parse();
        var times = new List<double>();
        var cpuTimes = new List<double>();
        long bytes = 0;
        Process process = Process.GetCurrentProcess();
        for (int i = 0; i < Runs; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            parse();
            watch.Stop();
            process.Refresh();
            cpuTimes.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        cpuTimes.Sort();
        return (times[times.Count / 2], cpuTimes[cpuTimes.Count / 2], bytes);
    }
}
