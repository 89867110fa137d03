using System;

namespace Kmesh.Preview.Admin;

/// <summary>An HTTP request to a daemon's admin server on 127.0.0.1:15200 (path may carry a query string).</summary>
public sealed record AdminRequest(string Method, string PathAndQuery, string Body)
{
    public string Path => PathAndQuery.Split('?', 2)[0];

    public string? Query(string name)
    {
        var parts = PathAndQuery.Split('?', 2);
        if (parts.Length < 2)
        {
            return null;
        }
        foreach (var pair in parts[1].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (Uri.UnescapeDataString(kv[0]) == name)
            {
                return kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : "";
            }
        }
        return null;
    }
}
