using Kmesh.Model.Transport;
using Kmesh.Model.Settings;
using Kmesh.Model.Text;

namespace Kmesh.Model.Traffic;

/// <summary>Why a daemon's metrics page could not be read, in the user's terms, and what to do about it.</summary>
public sealed record MetricsProblem(string Message, string Hint);

/// <summary>Explains a failed read of <c>:15020/status/metric</c> from the pod proxy's error and, when exec was tried
/// too, its output. Port 15020 binds all interfaces, so a refusal there is the daemon's doing, not the network's.</summary>
public static class MetricsFailure
{
    /// <summary>The pod proxy failed and the plugin's settings forbid the exec fallback.</summary>
    public static MetricsProblem ExecTurnedOff(string pod, HeadlampApiError proxy, KmeshSettings settings)
    {
        string off = Say.T("The exec fallback is turned off in the plugin's settings, so it was not tried.");
        if (proxy.Status == 403 || proxy.Message.ToLowerInvariant().Contains("forbidden"))
        {
            return new MetricsProblem(Say.T("Your account may not get pods/proxy in namespace {{namespace}}, so the metrics of pod {{pod}} cannot be read. {{off}}", "namespace", settings.Namespace, "pod", pod, "off", off),
                Say.T("Grant \"get\" on \"pods/proxy\" in namespace {{namespace}}.", "namespace", settings.Namespace));
        }
        MetricsProblem problem = Explain(pod, proxy, null, null, settings);
        return new MetricsProblem(Say.T("{{message}} {{more}}", "message", problem.Message, "more", off), problem.Hint);
    }

    public static MetricsProblem Explain(string pod, HeadlampApiError proxy, ExecOutput? exec, AdminResponse? execAnswer, KmeshSettings? settings = null)
    {
        KmeshSettings s = settings ?? KmeshSettings.Defaults;
        string ns = s.Namespace;
        string message = proxy.Message.ToLowerInvariant();
        bool proxyForbidden = proxy.Status == 403 || message.Contains("forbidden");
        bool execForbidden = exec?.Error is not null && (exec.Error.Status == 403 || exec.Error.Message.ToLowerInvariant().Contains("forbidden"));
        if (proxyForbidden && (exec is null || execForbidden))
        {
            return new MetricsProblem(Say.T("Your account may not get pods/proxy in namespace {{ns}}, nor create pods/exec there, so the metrics of pod {{pod}} cannot be read.", "ns", ns, "pod", pod),
                Say.T("Grant \"get\" on \"pods/proxy\" (enough for metrics) or \"create\" on \"pods/exec\" in namespace {{ns}}.", "ns", ns));
        }
        if (execAnswer is not null && execAnswer.Status == 404 || proxy.Status == 404 && !message.Contains("pods \""))
        {
            return new MetricsProblem(Say.T("Pod {{pod}} answers on port {{metricsPort}} but has no /status/metric (404).", "pod", pod, "metricsPort", s.MetricsPort),
                Say.T("This Kmesh version serves its metrics elsewhere or not at all."));
        }
        if (proxy.Status == 404)
        {
            return new MetricsProblem(Say.T("Pod {{pod}} no longer exists in {{ns}}.", "pod", pod, "ns", ns), Say.T("Reload the page to list the current daemon pods."));
        }
        if (message.Contains("connection refused") || (exec is not null && (exec.Stderr.ToLowerInvariant().Contains("connection refused") || exec.Stderr.Contains("Couldn't connect"))))
        {
            return new MetricsProblem(Say.T("Nothing listens on port {{metricsPort}} of pod {{pod}}.", "metricsPort", s.MetricsPort, "pod", pod),
                Say.T("The daemon serves metrics only in dual-engine mode with monitoring on (the default); it may also be starting or crashing. Check its --mode and --monitoring arguments and its logs."));
        }
        if (proxy.Status == 408 || message.Contains("timeout") || message.Contains("timed out"))
        {
            return new MetricsProblem(Say.T("Reading the metrics of pod {{pod}} timed out.", "pod", pod), Say.T("The daemon may be overloaded or restarting; sampling retries on its own."));
        }
        return new MetricsProblem(proxy.Status > 0 ? Say.T("Pod {{pod}}'s metrics could not be read ({{status}}): {{message}}", "pod", pod, "status", proxy.Status, "message", proxy.Message) : Say.T("Pod {{pod}}'s metrics could not be read: {{message}}", "pod", pod, "message", proxy.Message),
            Say.T("Check that the pod is running and that the API server can reach it."));
    }
}
