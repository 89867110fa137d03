using System.Collections.Generic;
using System.Text.Json.Serialization;
using CSharpToJs.Interop;
using k8s.Models;

namespace Kmesh.Model.Shapes;

/// <summary><c>kmesh.net/v1alpha1</c> KmeshNodeInfo in <c>kmesh-system</c>, one per node, written only when the
/// daemon runs with <c>--enable-ipsec</c>. A view over the API server's JSON: every property may be absent.</summary>
[JsonShape]
public sealed class KmeshNodeInfo
{
    [JsonPropertyName("apiVersion")] public string? ApiVersion { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("metadata")] public V1ObjectMeta? Metadata { get; set; }
    [JsonPropertyName("spec")] public KmeshNodeInfoSpec? Spec { get; set; }
}

[JsonShape]
public sealed class KmeshNodeInfoSpec
{
    /// <summary>The IPsec key's SPI; it changes on key rotation.</summary>
    [JsonPropertyName("spi")] public int? Spi { get; set; }

    /// <summary>The node's InternalIPs.</summary>
    [JsonPropertyName("addresses")] public IList<string>? Addresses { get; set; }

    [JsonPropertyName("bootID")] public string? BootId { get; set; }

    /// <summary>Pod CIDRs; the JSON name really is <c>podCIDRS</c> with a capital S.</summary>
    [JsonPropertyName("podCIDRS")] public IList<string>? PodCidrs { get; set; }
}

[JsonShape]
public sealed class KmeshNodeInfoList
{
    [JsonPropertyName("apiVersion")] public string? ApiVersion { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("items")] public IList<KmeshNodeInfo>? Items { get; set; }
}
