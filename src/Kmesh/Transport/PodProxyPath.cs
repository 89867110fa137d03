using Kmesh.Model.Settings;

namespace Kmesh.Model.Transport;

/// <summary>API-server paths to the daemon pods.</summary>
public static class PodProxyPath
{
    /// <summary><c>/api/v1/namespaces/&lt;kmesh namespace&gt;/pods/&lt;pod&gt;:&lt;admin port&gt;/proxy&lt;path&gt;</c>
    /// (by default <c>kmesh-system</c> and 15200); null when the pod name is not a DNS-1123 subdomain or the path is
    /// unsafe.</summary>
    public static string? Admin(string podName, string adminPath, KmeshSettings? settings = null)
    {
        KmeshSettings s = settings ?? KmeshSettings.Defaults;
        return Build(s.Namespace, podName, s.AdminPort, adminPath);
    }

    /// <summary>The Prometheus endpoint, which binds all interfaces and so is reachable through the pod proxy.</summary>
    public static string? Metrics(string podName, KmeshSettings? settings = null)
    {
        KmeshSettings s = settings ?? KmeshSettings.Defaults;
        return Build(s.Namespace, podName, s.MetricsPort, "/status/metric");
    }

    private static string? Build(string ns, string podName, int port, string path)
    {
        if (!IsPodName(podName) || ExecCommand.ValidatePath(path) is not null) return null;
        return $"/api/v1/namespaces/{ns}/pods/{podName}:{port}/proxy{path}";
    }

    public static bool IsPodName(string name)
    {
        if (name.Length == 0 || name.Length > 253) return false;
        for (int i = 0; i < name.Length; i++)
        {
            int c = name[i];
            bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
            if (!ok) return false;
        }
        return true;
    }
}
