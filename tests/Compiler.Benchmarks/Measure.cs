using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace CSharpToJs.Benchmarks;

public static class Measure
{
    public sealed record Timing(double ColdMs, double WarmMedianMs);

    /// <summary>The first run (cold: JIT, Roslyn caches) and the median of the next <paramref name="warmRuns"/>.</summary>
    public static Timing Time(Action action, int warmRuns = 5)
    {
        var cold = Elapsed(action);
        var warm = Enumerable.Range(0, warmRuns).Select(_ => Elapsed(action)).OrderBy(ms => ms).ToList();
        return new Timing(cold, warm[warm.Count / 2]);
    }

    private static double Elapsed(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    public static int GzipBytes(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            gzip.Write(bytes, 0, bytes.Length);
        }
        return (int)buffer.Length;
    }
}
