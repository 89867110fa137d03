using System;
using System.Linq;

namespace Kmesh.Preview.KubeApi;

public enum ApiPathKind
{
    CoreVersions,
    GroupList,
    Group,
    ResourceList,
    ClusterVersion,
    Resource,
    Unknown,
}

/// <summary>
/// A request path under <c>/clusters/&lt;c&gt;/</c> split the way kube-apiserver's RequestInfo resolver does:
/// group, version, namespace, resource, name, subresource and, for proxies, the remaining path.
/// </summary>
public sealed record ApiPath(
    ApiPathKind Kind,
    string Group = "",
    string Version = "",
    string? Namespace = null,
    string Plural = "",
    string? Name = null,
    string? Subresource = null,
    string Rest = "",
    bool LegacyWatch = false)
{
    public static ApiPath Parse(string path)
    {
        var trailingSlash = path.EndsWith('/') && path.Length > 1;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return new ApiPath(ApiPathKind.Unknown);
        }
        if (segments is ["version"])
        {
            return new ApiPath(ApiPathKind.ClusterVersion);
        }
        string group, version;
        string[] rest;
        switch (segments)
        {
            case ["api"]:
                return new ApiPath(ApiPathKind.CoreVersions);
            case ["api", var v]:
                return new ApiPath(ApiPathKind.ResourceList, "", v);
            case ["api", var v, ..]:
                (group, version, rest) = ("", v, segments[2..]);
                break;
            case ["apis"]:
                return new ApiPath(ApiPathKind.GroupList);
            case ["apis", var g]:
                return new ApiPath(ApiPathKind.Group, g);
            case ["apis", var g, var v]:
                return new ApiPath(ApiPathKind.ResourceList, g, v);
            case ["apis", var g, var v, ..]:
                (group, version, rest) = (g, v, segments[3..]);
                break;
            default:
                return new ApiPath(ApiPathKind.Unknown);
        }

        var legacyWatch = false;
        if (rest[0] == "watch")
        {
            legacyWatch = true;
            rest = rest[1..];
            if (rest.Length == 0)
            {
                return new ApiPath(ApiPathKind.Unknown);
            }
        }

        string? ns = null;
        // namespaces/<ns>/<resource>/... is a namespaced resource, except the namespace's own subresources.
        if (rest.Length >= 3 && rest[0] == "namespaces" && rest[2] is not ("status" or "finalize"))
        {
            ns = rest[1];
            rest = rest[2..];
        }
        var plural = rest[0];
        var name = rest.Length > 1 ? rest[1] : null;
        var subresource = rest.Length > 2 ? rest[2] : null;
        var remainder = rest.Length > 3 ? string.Join('/', rest.Skip(3)) : "";
        if (subresource is not null && trailingSlash)
        {
            remainder += "/";
        }
        return new ApiPath(ApiPathKind.Resource, group, version, ns, plural, name, subresource, remainder, legacyWatch);
    }
}
