using System.Collections.Generic;
using System.Text;
using Kmesh.Model.Rules;
using Kmesh.Model.Text;

namespace Kmesh.Model.Operations;

/// <summary>What the user asks for: a waypoint Gateway, and optionally a namespace or service to route through it.</summary>
public sealed record WaypointSpecRequest(string Namespace, string Name, string WaypointFor, string Image, bool EnrollNamespace, string? EnrollService);

/// <summary>The Gateway <c>kmeshctl waypoint apply</c> generates (class istio-waypoint, label istio.io/waypoint-for,
/// one HBONE listener "mesh" on 15008 with routes from the same namespace, the proxy image annotation), as JSON
/// to send and YAML to show, and the label patches that route a namespace or service through it.</summary>
public static class WaypointManifest
{
    public const int HbonePort = 15008;
    public const string ImageAnnotation = "sidecar.istio.io/proxyImage";
    public const string DefaultName = "waypoint";

    public static IReadOnlyList<string> ForValues { get; } = new List<string> { "service", "workload", "all", "none" };

    /// <summary>ghcr.io/kmesh-net/waypoint:&lt;daemon version&gt;, the image kmeshctl of that version sets.</summary>
    public static string ImageFor(string daemonVersion) => "ghcr.io/kmesh-net/waypoint:" + (daemonVersion.Length == 0 ? "latest" : daemonVersion);

    /// <summary>Every problem with the request, empty when it can be sent.</summary>
    public static List<string> Validate(WaypointSpecRequest request)
    {
        var problems = new List<string>();
        if (!IsDnsLabel(request.Namespace)) problems.Add(Say.T("namespace \"{{namespace}}\" is not a valid name (lower-case letters, digits and '-', at most 63)", "namespace", request.Namespace));
        if (!IsDnsLabel(request.Name)) problems.Add(Say.T("name \"{{name}}\" is not a valid name (lower-case letters, digits and '-', at most 63)", "name", request.Name));
        bool forOk = false;
        foreach (string value in ForValues)
        {
            if (value == request.WaypointFor) forOk = true;
        }
        if (!forOk) problems.Add(Say.T("\"{{waypointFor}}\" is not one of service, workload, all, none", "waypointFor", request.WaypointFor));
        if (!IsImage(request.Image)) problems.Add(Say.T("image \"{{image}}\" is not a valid image reference", "image", request.Image));
        if (request.EnrollService is not null && !IsDnsLabel(request.EnrollService)) problems.Add(Say.T("service \"{{enrollService}}\" is not a valid name", "enrollService", request.EnrollService));
        return problems;
    }

    public static string Json(WaypointSpecRequest r) =>
        "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"Gateway\",\"metadata\":{"
        + $"\"name\":\"{r.Name}\",\"namespace\":\"{r.Namespace}\","
        + $"\"labels\":{{\"{Meta.WaypointForLabel}\":\"{r.WaypointFor}\"}},"
        + $"\"annotations\":{{\"{ImageAnnotation}\":\"{r.Image}\"}}}},"
        + $"\"spec\":{{\"gatewayClassName\":\"{Meta.WaypointClass}\",\"listeners\":[{{\"name\":\"mesh\",\"port\":{HbonePort},\"protocol\":\"HBONE\","
        + "\"allowedRoutes\":{\"namespaces\":{\"from\":\"Same\"}}}]}}";

    public static string Yaml(WaypointSpecRequest r)
    {
        var yaml = new StringBuilder();
        yaml.Append("apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n");
        yaml.Append("  name: ").Append(r.Name).Append('\n');
        yaml.Append("  namespace: ").Append(r.Namespace).Append('\n');
        yaml.Append("  labels:\n    ").Append(Meta.WaypointForLabel).Append(": ").Append(r.WaypointFor).Append('\n');
        yaml.Append("  annotations:\n    ").Append(ImageAnnotation).Append(": ").Append(r.Image).Append('\n');
        yaml.Append("spec:\n  gatewayClassName: ").Append(Meta.WaypointClass).Append('\n');
        yaml.Append("  listeners:\n  - name: mesh\n    port: ").Append(HbonePort).Append("\n    protocol: HBONE\n");
        yaml.Append("    allowedRoutes:\n      namespaces:\n        from: Same\n");
        if (r.EnrollNamespace)
        {
            yaml.Append("---\n# label namespace ").Append(r.Namespace).Append('\n');
            yaml.Append("metadata:\n  labels:\n    ").Append(Meta.UseWaypointLabel).Append(": ").Append(r.Name).Append('\n');
        }
        if (r.EnrollService is not null)
        {
            yaml.Append("---\n# label service ").Append(r.Namespace).Append('/').Append(r.EnrollService).Append('\n');
            yaml.Append("metadata:\n  labels:\n    ").Append(Meta.UseWaypointLabel).Append(": ").Append(r.Name).Append('\n');
        }
        return yaml.ToString();
    }

    /// <summary>A JSON merge patch setting (or, with null, removing) istio.io/use-waypoint.</summary>
    public static string WaypointLabelPatch(string? waypointName) => waypointName is null
        ? $"{{\"metadata\":{{\"labels\":{{\"{Meta.UseWaypointLabel}\":null}}}}}}"
        : $"{{\"metadata\":{{\"labels\":{{\"{Meta.UseWaypointLabel}\":\"{waypointName}\"}}}}}}";

    public static string GatewaysPath(string ns) => $"/apis/gateway.networking.k8s.io/v1/namespaces/{ns}/gateways";

    public static string GatewayPath(string ns, string name) => $"{GatewaysPath(ns)}/{name}";

    public static string NamespacePath(string ns) => $"/api/v1/namespaces/{ns}";

    public static string ServicePath(string ns, string name) => $"/api/v1/namespaces/{ns}/services/{name}";

    /// <summary>The warning shown before deleting a waypoint; null when nothing uses it.</summary>
    public static string? DeleteWarning(WaypointUsers users)
    {
        var parts = new List<string>();
        if (users.Namespaces.Count > 0) parts.Add(Say.T("namespace {{names}}", "names", string.Join(", ", users.Namespaces)));
        if (users.Services.Count > 0) parts.Add(users.Services.Count == 1 ? Say.T("service {{names}}", "names", users.Services[0]) : Say.T("services {{names}}", "names", string.Join(", ", users.Services)));
        if (users.Pods.Count > 0) parts.Add(users.Pods.Count == 1 ? Say.T("pod {{names}}", "names", users.Pods[0]) : Say.T("pods {{names}}", "names", string.Join(", ", users.Pods)));
        if (parts.Count == 0) return null;
        return Say.T("Still labelled istio.io/use-waypoint for this waypoint: {{users}}. Their traffic is routed through this waypoint: once it is deleted, that traffic has no waypoint to go through (L7 policies and telemetry stop) until the labels are removed or point to another waypoint.", "users", string.Join("; ", parts));
    }

    public static bool IsDnsLabel(string name)
    {
        if (name.Length == 0 || name.Length > 63) return false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && !(c == '-' && i > 0 && i < name.Length - 1)) return false;
        }
        return true;
    }

    /// <summary>Registry/repository[:tag][@digest] characters only: nothing that needs escaping in JSON or YAML.</summary>
    public static bool IsImage(string image)
    {
        if (image.Length == 0 || image.Length > 255) return false;
        foreach (char c in image)
        {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '/' || c == ':' || c == '-' || c == '_' || c == '@';
            if (!ok) return false;
        }
        return true;
    }
}
