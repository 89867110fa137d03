using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Plugin.Views.Shared;

namespace Kmesh.Plugin.Views.Mesh;

/// <summary>The mesh views keep the chosen node (<c>node</c>) and the table's search (<c>filter</c>) in the URL's query, so a
/// link shows the same thing to whoever opens it.</summary>
public static class MeshQueryString
{
    public const string NodeKey = "node";
    public const string SearchKey = ListTable.SearchKey;

    /// <summary>The decoded value of <paramref name="key"/> in a query such as <c>?node=a&amp;q=b</c>, or "".</summary>
    public static string Read(string search, string key)
    {
        string text = search.StartsWith("?") ? search.Substring(1) : search;
        foreach (string pair in text.Split('&'))
        {
            int equals = pair.IndexOf('=');
            string name = equals < 0 ? pair : pair.Substring(0, equals);
            if (name != key) continue;
            return equals < 0 ? "" : Decode(pair.Substring(equals + 1).Replace('+', ' '));
        }
        return "";
    }

    /// <summary><c>?node=…&amp;q=…</c> with empty values left out; "" when both are empty.</summary>
    public static string Build(string node, string search)
    {
        var parts = new List<string>();
        if (node.Length > 0) parts.Add(NodeKey + "=" + WebText.EncodeUriComponent(node));
        if (search.Length > 0) parts.Add(SearchKey + "=" + WebText.EncodeUriComponent(search));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static string Decode(string text)
    {
        try
        {
            return WebText.DecodeUriComponent(text);
        }
        catch
        {
            return text;
        }
    }
}
