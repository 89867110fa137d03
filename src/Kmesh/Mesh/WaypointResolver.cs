using System.Collections.Generic;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.DualEngine;

namespace Kmesh.Model.Mesh;

/// <summary>Ties a dump's waypoint (<c>"&lt;network&gt;/&lt;ip&gt;"</c> once istiod assigned the waypoint an address,
/// <c>"&lt;ns&gt;/&lt;hostname&gt;"</c> before) to its Gateway: by the Gateway's status address, else by the dump
/// service owning that VIP (a waypoint's Service is named after its Gateway), else by the hostname's first label.</summary>
public sealed class WaypointResolver
{
    private readonly Dictionary<string, Gateway> gatewaysByAddress = new Dictionary<string, Gateway>();
    private readonly HashSet<string> gatewayKeys = new HashSet<string>();
    private readonly Dictionary<string, MeshService> servicesByVip = new Dictionary<string, MeshService>();
    private readonly bool gatewaysKnown;

    /// <param name="gateways">null when the Gateway list could not be read.</param>
    public WaypointResolver(IReadOnlyList<MeshService> services, IReadOnlyList<Gateway>? gateways)
    {
        gatewaysKnown = gateways is not null;
        if (gateways is not null)
        {
            foreach (Gateway gateway in gateways)
            {
                if (gateway?.Metadata is null || !WaypointRules.IsWaypoint(gateway)) continue;
                gatewayKeys.Add((gateway.Metadata.NamespaceProperty ?? "") + "/" + (gateway.Metadata.Name ?? ""));
                foreach (string address in WaypointRules.Addresses(gateway)) gatewaysByAddress[address] = gateway;
            }
        }
        foreach (MeshService service in services)
        {
            foreach (ScopedAddress vip in service.Vips) servicesByVip[vip.Address] = service;
        }
    }

    public WaypointLink Resolve(ScopedAddress? waypoint)
    {
        if (waypoint is null) return new WaypointLink("", "", "", false);
        string address = waypoint.Address;
        if (IsIp(address))
        {
            string text = waypoint.Scope.Length == 0 ? address : waypoint.ToString();
            if (gatewaysByAddress.TryGetValue(address, out Gateway? gateway))
            {
                return new WaypointLink(text, gateway.Metadata!.NamespaceProperty ?? "", gateway.Metadata.Name ?? "", true);
            }
            if (servicesByVip.TryGetValue(address, out MeshService? service)) return Named(text, service.Namespace, service.Name);
            return new WaypointLink(text, "", "", false);
        }
        int dot = address.IndexOf('.');
        string name = dot < 0 ? address : address.Substring(0, dot);
        string ns = waypoint.Scope;
        if (ns.Length == 0 && dot >= 0)
        {
            string rest = address.Substring(dot + 1);
            int next = rest.IndexOf('.');
            ns = next < 0 ? rest : rest.Substring(0, next);
        }
        return Named(address, ns, name);
    }

    private WaypointLink Named(string text, string ns, string name)
    {
        if (!gatewaysKnown) return new WaypointLink(text, ns, name, false);
        return gatewayKeys.Contains(ns + "/" + name) ? new WaypointLink(text, ns, name, true) : new WaypointLink(text, "", "", false);
    }

    /// <summary>A dotted quad or an IPv6 address (has a colon); hostnames have neither shape.</summary>
    public static bool IsIp(string text)
    {
        if (text.IndexOf(':') >= 0) return true;
        string[] parts = text.Split('.');
        if (parts.Length != 4) return false;
        foreach (string part in parts)
        {
            int? n = Addresses.ParseNonNegativeInt(part);
            if (n is null || n.Value > 255) return false;
        }
        return true;
    }
}
