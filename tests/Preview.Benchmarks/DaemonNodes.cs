using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace Kmesh.Preview.Benchmarks;

/// <summary>Which node a per-node view is opened on in the benchmarks (this one and tests/Perf.Benchmarks).</summary>
public static class DaemonNodes
{
    /// <summary>The node of the first Kmesh daemon pod the preview lists, or "none".</summary>
    public static async Task<string> First(Uri baseAddress, string cluster)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        string json = await http.GetStringAsync($"/clusters/{cluster}/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh&limit=1");
        using var doc = JsonDocument.Parse(json);
        var items = doc.RootElement.GetProperty("items");
        return items.GetArrayLength() == 0 ? "none" : items[0].GetProperty("spec").GetProperty("nodeName").GetString() ?? "none";
    }
}
