using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary>How a misbehaving daemon's admin server (or whatever answers in its place) spoils its answers.</summary>
public enum AdminFault
{
    /// <summary>JSON answers cut off part-way (a daemon killed mid-write behind a buffering proxy).</summary>
    TruncatedJson,
    /// <summary>Every route but /debug/ready answers 500 with an HTML error page carrying markup.</summary>
    HtmlServerError,
    /// <summary>The dumps answer 400 <c>\tInvalid Client Mode</c>, as a daemon of the other mode does.</summary>
    InvalidClientMode,
    /// <summary>Well-formed JSON with fields of the wrong type: a string where a list belongs, a string where a number belongs.</summary>
    WrongTypes,
    /// <summary>Markup, script, template, RTL, zero-width and very long strings in /version and in the dumps' string fields.</summary>
    HostileStrings,
}

/// <summary>Applies an <see cref="AdminFault"/> to the answer the daemon would otherwise give.</summary>
public static class AdminFaults
{
    public const string HtmlErrorPage =
        "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
        + "<body><h1>Internal Server Error</h1><img src=x onerror=alert(5)><script>alert(6)</script></body></html>\n";

    private static readonly string[] Dumps =
    {
        "/debug/config_dump/dual-engine", "/debug/config_dump/bpf/dual-engine", "/debug/config_dump/kernel-native", "/debug/config_dump/bpf/kernel-native",
    };

    public static AdminResponse Apply(AdminFault fault, string path, AdminResponse answer)
    {
        var json = answer.Status == 200 && (path == "/version" || Dumps.Contains(path));
        return fault switch
        {
            AdminFault.TruncatedJson when json => answer with { Body = answer.Body[..(answer.Body.Length * 3 / 5)] },
            AdminFault.HtmlServerError when path != "/debug/ready" => new AdminResponse(500,
                new List<KeyValuePair<string, string>> { new("Content-Type", "text/html; charset=utf-8") }, Encoding.UTF8.GetBytes(HtmlErrorPage)),
            AdminFault.InvalidClientMode when Dumps.Contains(path) => AdminResponse.Error(400, "\tInvalid Client Mode"),
            AdminFault.WrongTypes when json => Rewrite(answer, path, WrongTypes),
            AdminFault.HostileStrings when json => Rewrite(answer, path, HostileStrings),
            _ => answer,
        };
    }

    private static AdminResponse Rewrite(AdminResponse answer, string path, Action<string, JsonObject> change)
    {
        var document = JsonNode.Parse(answer.Body)!.AsObject();
        change(path, document);
        return answer with { Body = GoJson.Indented(document, path == "/version" ? 2 : 4) };
    }

    /// <summary>In each list's first two items numbers become strings and lists become one string; the last list becomes a string.</summary>
    private static void WrongTypes(string path, JsonObject document)
    {
        if (path == "/version")
        {
            document["gitVersion"] = new JsonArray("v1.2.0", "v1.1.0");
            document["buildDate"] = 1764664877;
            return;
        }
        foreach (var (key, value) in document.ToList())
        {
            if (value is JsonArray { Count: > 1 } list)
            {
                foreach (var item in list.Take(2).OfType<JsonObject>())
                {
                    foreach (var (field, fieldValue) in item.ToList())
                    {
                        item[field] = fieldValue switch
                        {
                            JsonValue v when v.TryGetValue<long>(out var number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            JsonArray a => string.Join(",", a.Select(x => x?.ToJsonString())),
                            _ => fieldValue?.DeepClone(),
                        };
                    }
                }
            }
        }
        var last = document.Where(p => p.Value is JsonArray).Select(p => p.Key).LastOrDefault();
        if (last is not null)
        {
            document[last] = document[last]!.ToJsonString();
        }
    }

    /// <summary>The payloads in place of /version's strings and of every string field of each list's first items.</summary>
    private static void HostileStrings(string path, JsonObject document)
    {
        var payloads = HostilePayloads.All;
        var next = 0;
        string Payload() => payloads[next++ % payloads.Count];
        if (path == "/version")
        {
            foreach (var key in document.Select(p => p.Key).ToList())
            {
                document[key] = Payload();
            }
            return;
        }
        // A BPF dump's other strings are decoded map values (IPs, ports, enum words) no cluster data can reach.
        bool bpf = path.StartsWith("/debug/config_dump/bpf/", StringComparison.Ordinal);
        foreach (var list in document.Select(p => p.Value).OfType<JsonArray>())
        {
            foreach (var item in list.Take(3).OfType<JsonObject>())
            {
                foreach (var (field, value) in item.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out _) && (!bpf || BpfNameFields.Contains(field)))
                    {
                        item[field] = Payload();
                    }
                    else if (bpf && value is JsonArray names && BpfNameFields.Contains(field) && names.Count > 0)
                    {
                        names[0] = Payload();
                    }
                }
            }
        }
    }

    /// <summary>The fields of a BPF dump that carry names taken from the cluster (workload UIDs, service and policy names).</summary>
    private static readonly HashSet<string> BpfNameFields = ["backendUid", "upstreamId", "services", "policyIds"];
}
