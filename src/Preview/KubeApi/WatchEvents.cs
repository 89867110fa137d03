using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Kmesh.Preview.KubeApi;

/// <summary>
/// The events a watch starts with: without a resourceVersion (or with 0) a synthetic ADDED per existing object;
/// from a given resourceVersion only objects changed after it (the simulated cluster does not change afterwards).
/// </summary>
public static class WatchEvents
{
    public static IEnumerable<byte[]> Initial(ResourceCollection collection, string? ns, ListQuery query)
    {
        var since = query.ResourceVersion is null or 0 ? (long?)null : query.ResourceVersion;
        var all = new ListQuery(query.Labels, query.Fields, 0, null, null, true);
        return ListSelection.Select(collection, ns, all, 0).Items
            .Where(item => since is null || item.ResourceVersion > since)
            .Select(item => Event("ADDED", item.ObjectJson));
    }

    public static byte[] Event(string type, byte[] objectJson)
    {
        var head = Encoding.UTF8.GetBytes($"{{\"type\":\"{type}\",\"object\":");
        var result = new byte[head.Length + objectJson.Length + 1];
        head.CopyTo(result, 0);
        objectJson.CopyTo(result, head.Length);
        result[^1] = (byte)'}';
        return result;
    }
}
