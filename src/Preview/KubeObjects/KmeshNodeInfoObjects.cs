using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeObjects;

/// <summary>KmeshNodeInfo as the daemon's IPsec controller writes it (note the JSON name <c>podCIDRS</c>).</summary>
internal static class KmeshNodeInfoObjects
{
    public static JsonObject NodeInfo(NodeIpsecInfo info, NodeInfo node) => new()
    {
        ["apiVersion"] = "kmesh.net/v1alpha1",
        ["kind"] = "KmeshNodeInfo",
        ["metadata"] = new JsonObject
        {
            ["creationTimestamp"] = KubeTime.Format(info.Created),
            ["generation"] = info.Generation,
            ["name"] = info.NodeName,
            ["namespace"] = ClusterParts.KmeshNamespace,
            ["resourceVersion"] = info.ResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["uid"] = info.Uid,
        },
        ["spec"] = new JsonObject
        {
            ["addresses"] = new JsonArray(JsonValue.Create(node.InternalIp)),
            ["bootID"] = node.BootId,
            ["podCIDRS"] = new JsonArray(JsonValue.Create(node.PodCidr)),
            ["spi"] = info.Spi,
        },
        ["status"] = new JsonObject(),
    };
}
