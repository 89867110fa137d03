using System.Collections.Generic;

namespace Kmesh.Preview.KubeApi;

/// <summary>Which API group a resource belongs to, so discovery can leave out groups the scenario lacks.</summary>
public enum ApiAvailability
{
    Always,
    KmeshCrds,
    GatewayApiCrds,
}

/// <summary>A Kubernetes resource the simulated API server serves (as listed by discovery).</summary>
public sealed record ResourceType(
    string Group,
    string Version,
    string Plural,
    string Singular,
    string Kind,
    bool Namespaced,
    IReadOnlyList<string> ShortNames,
    ApiAvailability Availability,
    IReadOnlyList<string> Subresources)
{
    public string GroupVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>How Kubernetes names the resource in error messages: <c>pods</c>, <c>gateways.gateway.networking.k8s.io</c>.</summary>
    public string QualifiedName => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public bool IsCustomResource => Availability != ApiAvailability.Always;

    public string ListKind => Kind + "List";
}
