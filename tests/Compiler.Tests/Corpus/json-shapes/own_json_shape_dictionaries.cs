using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using CSharpToJs.Interop;

[JsonShape]
public sealed class MapDump
{
    [JsonPropertyName("maps")] public IDictionary<string, MapInfo>? Maps { get; set; }
    [JsonPropertyName("counters")] public IDictionary<string, long>? Counters { get; set; }
    [JsonPropertyName("enabled")] public bool Enabled { get; set; }
    [JsonPropertyName("loglevel")] public string? LogLevel { get; set; }
}

[JsonShape]
public sealed class MapInfo
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("max_entries")] public int MaxEntries { get; set; }
    [JsonPropertyName("entries")] public int Entries { get; set; }
    [JsonPropertyName("pinned")] public bool? Pinned { get; set; }
}

public static class Program
{
    const string Json = """
        {
          "enabled": true,
          "loglevel": "info",
          "maps": {
            "km_frontend": { "type": "hash", "max_entries": 65535, "entries": 312, "pinned": true },
            "km_backend": { "type": "hash", "max_entries": 65535, "entries": 1207 },
            "km_endpoint": { "type": "lru_hash", "max_entries": 16384, "entries": 16000, "pinned": false },
            "km_service": { "type": "hash", "max_entries": 5000, "entries": 0 }
          },
          "counters": { "tcp_conn_opened": 45012, "tcp_conn_closed": 44980, "bypass_hits": 3 }
        }
        """;

    public static void Main()
    {
        var dump = JsonShapes.Parse<MapDump>(Json);
        Console.WriteLine($"enabled={dump.Enabled} level={dump.LogLevel}");
        var maps = dump.Maps!;
        Console.WriteLine(maps.Count + " maps");
        foreach (var name in maps.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var m = maps[name];
            var usage = (double)m.Entries / m.MaxEntries;
            Console.WriteLine($"{name,-12} {m.Type,-8} {m.Entries,6}/{m.MaxEntries,-6} {usage,7:P1} pinned={(m.Pinned.HasValue ? m.Pinned.Value.ToString() : "?")}{(usage > 0.9 ? " NEAR FULL" : "")}");
        }
        Console.WriteLine(maps.ContainsKey("km_backend") + " " + maps.ContainsKey("km_missing"));
        Console.WriteLine(maps.TryGetValue("km_service", out var svc) ? "service entries " + svc.Entries : "no service map");
        var counters = dump.Counters!;
        Console.WriteLine("open connections " + (counters["tcp_conn_opened"] - counters["tcp_conn_closed"]));
        Console.WriteLine("total entries " + maps.Values.Sum(m => m.Entries));
        foreach (var kv in counters.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"{kv.Key}: {kv.Value:N0}");
    }
}
