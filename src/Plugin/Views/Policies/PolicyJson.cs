using System.Collections.Generic;
using Kmesh.Model;
using Kmesh.Model.Json;
using Kmesh.Plugin.Views.Shared;

namespace Kmesh.Plugin.Views.Policies;

/// <summary>The raw JSON of each policy as the daemon wrote it, keyed <c>&lt;ns&gt;/&lt;name&gt;</c>. Built only when a
/// row's JSON is first opened (it parses the dump once more), never on page load.</summary>
public static class PolicyJson
{
    private static string _body = "";
    private static Dictionary<string, string>? _byKey;

    /// <summary><see cref="ByKey"/> of the last dump asked for, so opening more rows reads the dump once.</summary>
    public static Dictionary<string, string> Cached(string body)
    {
        if (_byKey is null || body != _body)
        {
            _byKey = ByKey(body);
            _body = body;
        }
        return _byKey;
    }

    public static Dictionary<string, string> ByKey(string body)
    {
        var result = new Dictionary<string, string>();
        Parsed<JsonDocument> parsed = JsonParser.Parse(body);
        if (parsed.Value is null) return result;
        JsonValue? policies = ShapeReader.Member(parsed.Value.Root, "policies");
        if (policies is null || policies.Kind != JsonKind.Array) return result;
        for (int i = 0; i < policies.Count; i++)
        {
            JsonValue item = policies.ValueAt(i);
            if (item.Kind != JsonKind.Object) continue;
            string ns = ShapeReader.Member(item, "namespace")?.String ?? "";
            string name = ShapeReader.Member(item, "name")?.String ?? "";
            result[ns + "/" + name] = JsonPretty.Format(item);
        }
        return result;
    }
}
