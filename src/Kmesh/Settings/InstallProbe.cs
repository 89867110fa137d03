using Kmesh.Model;
using Kmesh.Model.Json;

namespace Kmesh.Model.Settings;

/// <summary>Whether Kmesh is installed, from one list of daemon pods (<c>limit=1</c>) in the configured namespace with
/// the configured selector: true with a pod, false with none (an absent namespace lists empty too), null when the
/// answer does not say (forbidden, failed, unreadable): the section then stays, since "unknown" is not "absent".</summary>
public static class InstallProbe
{
    public static string Path(KmeshSettings settings, string encodedSelector) =>
        $"/api/v1/namespaces/{settings.Namespace}/pods?labelSelector={encodedSelector}&limit=1";

    public static bool? Installed(int status, string body, string? error)
    {
        if (error is not null || status < 200 || status > 299) return null;
        Parsed<JsonDocument> parsed = JsonParser.Parse(body);
        if (parsed.Value is null || parsed.Value.Root.Kind != JsonKind.Object) return null;
        JsonValue? items = parsed.Value.Root.Get("items");
        if (items is null || items.IsNull) return false;
        if (items.Kind != JsonKind.Array) return null;
        return items.Count > 0;
    }
}
