using Kmesh.Model.Settings;
using Kmesh.Model.Text;

namespace Kmesh.Model.Transport;

public enum AdminFailureKind
{
    Forbidden,
    ConnectionRefused,
    ContainerNotRunning,
    PodNotFound,
    Timeout,
    Unreachable,
    WrongMode,
    NotFound,
    MethodNotAllowed,
    DaemonError,
    BadResponse,
    InvalidRequest,
    NoClient,
}

/// <summary>A user-facing explanation: what failed and how to fix it. Each kind has its own <see cref="Title"/>.</summary>
public sealed record AdminFailure(AdminFailureKind Kind, string Message, string Hint)
{
    public string Title => FailureClassifier.TitleOf(Kind);
}

public enum TransportStrategy { PodProxy, Exec }

/// <summary>Turns Headlamp errors, exec output and daemon answers into <see cref="AdminFailure"/>s.</summary>
public static class FailureClassifier
{
    public static AdminFailure Forbidden(TransportStrategy strategy, KmeshSettings? settings = null)
    {
        string ns = (settings ?? KmeshSettings.Defaults).Namespace;
        return strategy == TransportStrategy.PodProxy
        ? new AdminFailure(AdminFailureKind.Forbidden,
            Say.T("Forbidden: your account may not get pods/proxy in namespace {{ns}}.", "ns", ns),
            Say.T("Grant the verb \"get\" on resource \"pods/proxy\" in namespace {{ns}} (a Role and RoleBinding).", "ns", ns))
        : new AdminFailure(AdminFailureKind.Forbidden,
            Say.T("Forbidden: your account may not create pods/exec in namespace {{ns}}.", "ns", ns),
            Say.T("Grant the verb \"create\" on resource \"pods/exec\" in namespace {{ns}} (a Role and RoleBinding).", "ns", ns));
    }

    private static bool Has(string text, string part) => text.ToLowerInvariant().Contains(part);

    public static string TitleOf(AdminFailureKind kind) => kind switch
    {
        AdminFailureKind.Forbidden => Say.T("Not allowed to reach the daemon's admin API"),
        AdminFailureKind.ConnectionRefused => Say.T("The daemon refused the connection"),
        AdminFailureKind.ContainerNotRunning => Say.T("The daemon's container is not running"),
        AdminFailureKind.PodNotFound => Say.T("The daemon pod no longer exists"),
        AdminFailureKind.Timeout => Say.T("The daemon did not answer in time"),
        AdminFailureKind.Unreachable => Say.T("The daemon could not be reached"),
        AdminFailureKind.WrongMode => Say.T("This request belongs to the other Kmesh mode"),
        AdminFailureKind.NotFound => Say.T("The daemon has no such admin route"),
        AdminFailureKind.MethodNotAllowed => Say.T("The daemon does not allow this request"),
        AdminFailureKind.DaemonError => Say.T("The daemon answered with an HTTP error"),
        AdminFailureKind.BadResponse => Say.T("The daemon's answer could not be read"),
        AdminFailureKind.NoClient => Say.T("The daemon's container has neither curl nor bash"),
        _ => Say.T("The plugin built an invalid request"),
    };

    /// <summary>The daemon's own HTTP answer when the pod proxy relayed one as an error (Headlamp rejects every
    /// non-2xx answer with "&lt;status text&gt; - &lt;body&gt;"), or null when the error is the API server's or
    /// Headlamp's: forbidden, timed out, the dial refused or failed, the pod or container gone.</summary>
    public static AdminResponse? RelayedAnswer(HeadlampApiError error)
    {
        string message = error.Message;
        if (error.Status < 400 || error.Status == 401 || error.Status == 403 || error.Status == 408) return null;
        if (error.Status == 502 && message.Trim() == "Unreachable") return null;
        if (Has(message, "error trying to reach service") || Has(message, "connection refused") || Has(message, "timeout")
            || Has(message, "timed out") || Has(message, "no route to host") || IsContainerNotRunning(message)) return null;
        if (error.Status == 404 && Has(message, "pods") && Has(message, "not found")) return null;
        int dash = message.IndexOf(" - ", System.StringComparison.Ordinal);
        string body = dash >= 0 ? message.Substring(dash + 3) : message;
        return new AdminResponse(error.Status, new System.Collections.Generic.List<HttpHeader>(), body);
    }

    /// <summary>An answer that arrived but could not be read, with where (JSON path, line, column) and whether it
    /// was cut short.</summary>
    public static AdminFailure Unreadable(string pod, AdminRequest request, ParseError error)
    {
        string what = error.Kind == ParseErrorKind.UnexpectedEnd ? Say.T("truncated data") : error.Kind == ParseErrorKind.Empty ? Say.T("an empty body") : Say.T("malformed data");
        return new AdminFailure(AdminFailureKind.BadResponse,
            Say.T("The daemon in pod {{pod}} answered {{method}} {{path}} with {{what}}: {{error}}", "pod", pod, "method", request.Method, "path", request.Path, "what", what, "error", error),
            Say.T("The daemon may have crashed or been restarted mid-answer; try again, and check its logs if it persists."));
    }

    /// <summary>The first line of a body, at most 200 characters, for messages.</summary>
    public static string FirstLine(string body)
    {
        string text = body.Trim();
        int newline = text.IndexOf('\n');
        string line = (newline >= 0 ? text.Substring(0, newline) : text).Trim();
        return line.Length > 200 ? line.Substring(0, 200) + "…" : line;
    }

    public static AdminFailure FromHeadlampError(HeadlampApiError error, TransportStrategy strategy, string pod, KmeshSettings? settings = null)
    {
        KmeshSettings s = settings ?? KmeshSettings.Defaults;
        string message = error.Message;
        if (error.Status == 403 || Has(message, "forbidden")) return Forbidden(strategy, s);
        if (error.Status == 408 || Has(message, "timeout") || Has(message, "timed out"))
        {
            return new AdminFailure(AdminFailureKind.Timeout, Say.T("The request to pod {{pod}} timed out.", "pod", pod),
                Say.T("The daemon may be overloaded or restarting; try again."));
        }
        if (Has(message, "connection refused"))
        {
            return strategy == TransportStrategy.PodProxy
                ? new AdminFailure(AdminFailureKind.ConnectionRefused,
                    Say.T("Pod {{pod}} refused the connection on port {{adminPort}} through the pod proxy.", "pod", pod, "adminPort", s.AdminPort),
                    Say.T("The daemon binds its admin API to localhost only; the exec strategy is needed."))
                : ConnectionRefused(pod, s);
        }
        if (IsContainerNotRunning(message)) return ContainerNotRunning(pod, s);
        if (error.Status == 404)
        {
            return Has(message, "pods") && Has(message, "not found")
                ? new AdminFailure(AdminFailureKind.PodNotFound, Say.T("Pod {{pod}} no longer exists in {{namespace}}.", "pod", pod, "namespace", s.Namespace), Say.T("Reload the page to list the current daemon pods."))
                : new AdminFailure(AdminFailureKind.NotFound, Say.T("Pod {{pod}} answered 404 Not Found.", "pod", pod), Say.T("This Kmesh version may not have this admin route."));
        }
        if (error.Status == 400 && Has(message, "invalid client mode")) return WrongMode(pod);
        return new AdminFailure(AdminFailureKind.Unreachable,
            error.Status > 0 ? Say.T("Pod {{pod}} could not be reached ({{status}}): {{message}}", "pod", pod, "status", error.Status, "message", message) : Say.T("Pod {{pod}} could not be reached: {{message}}", "pod", pod, "message", message),
            Say.T("Check that the pod is running and that the API server can reach it."));
    }

    private static bool IsContainerNotRunning(string message)
        => Has(message, "container not found") || Has(message, "is not running") || Has(message, "container is terminated")
            || Has(message, "containercreating") || Has(message, "pod is not running");

    private static AdminFailure ConnectionRefused(string pod, KmeshSettings s) => new AdminFailure(AdminFailureKind.ConnectionRefused,
        Say.T("The Kmesh daemon in pod {{pod}} refused the connection on 127.0.0.1:{{adminPort}}.", "pod", pod, "adminPort", s.AdminPort),
        Say.T("The daemon may still be starting or its admin server failed; check the pod's logs."));

    private static AdminFailure ContainerNotRunning(string pod, KmeshSettings s) => new AdminFailure(AdminFailureKind.ContainerNotRunning,
        Say.T("Container {{container}} in pod {{pod}} is not running.", "container", s.Container, "pod", pod),
        Say.T("Wait for the pod to become ready, or look at its events and logs."));

    public static AdminFailure WrongMode(string pod) => new AdminFailure(AdminFailureKind.WrongMode,
        Say.T("The daemon in pod {{pod}} runs the other mode and has no such dump (400 Invalid Client Mode).", "pod", pod),
        Say.T("Use the views of the mode the daemon runs (see its --mode argument)."));

    /// <summary>Exec failed before producing a response: read the stream error, then stderr and stdout.</summary>
    public static AdminFailure FromExecOutput(ExecOutput output, string pod, ParseError? parseError, KmeshSettings? settings = null)
    {
        KmeshSettings s = settings ?? KmeshSettings.Defaults;
        if (output.Error is not null) return FromHeadlampError(output.Error, TransportStrategy.Exec, pod, s);
        string all = output.Stderr + "\n" + output.Stdout;
        if (Has(all, "connection refused") || Has(all, "couldn't connect") || Has(all, "failed to connect")) return ConnectionRefused(pod, s);
        if (Has(all, "timed out") || Has(all, "curl: (28)"))
        {
            return new AdminFailure(AdminFailureKind.Timeout, Say.T("The admin request inside pod {{pod}} timed out.", "pod", pod),
                Say.T("The daemon may be overloaded or restarting; try again."));
        }
        if (IsContainerNotRunning(all)) return ContainerNotRunning(pod, s);
        if (all.Contains(ExecCommand.NoClientMessage))
        {
            return new AdminFailure(AdminFailureKind.NoClient,
                Say.T("Container {{container}} in pod {{pod}} has neither curl nor bash, so the admin API cannot be reached from inside it.", "container", s.Container, "pod", pod),
                Say.T("Use a Kmesh image that ships curl or bash, or one whose daemon binds its admin API to the pod IP (pod proxy)."));
        }
        if (Has(all, "/bin/sh") && Has(all, "no such file"))
        {
            return new AdminFailure(AdminFailureKind.Unreachable, Say.T("Container {{container}} in pod {{pod}} has no /bin/sh.", "container", s.Container, "pod", pod),
                Say.T("This image cannot be queried by exec; a daemon that binds its pod IP would allow the pod proxy."));
        }
        string detail = parseError is null ? "" : Say.T(" ({{error}})", "error", parseError.Message);
        string said = FirstLine(output.Stderr);
        if (said.Length > 0) detail += Say.T("; it printed: {{said}}", "said", said);
        return new AdminFailure(AdminFailureKind.BadResponse, Say.T("Pod {{pod}} did not return a readable HTTP response{{detail}}.", "pod", pod, "detail", detail),
            Say.T("Check the daemon's logs; the admin server may have crashed mid-response."));
    }

    /// <summary>A non-2xx answer from the daemon itself; null for success.</summary>
    public static AdminFailure? FromResponse(AdminResponse response, AdminRequest request, string pod)
    {
        if (response.IsSuccess) return null;
        if (response.IsInvalidClientMode) return WrongMode(pod);
        string body = response.Body.Trim();
        if (response.Status == 404)
        {
            return new AdminFailure(AdminFailureKind.NotFound, Say.T("The daemon in pod {{pod}} has no route {{method}} {{path}}.", "pod", pod, "method", request.Method, "path", request.Path),
                Say.T("This Kmesh version may not support it."));
        }
        if (response.Status == 405)
        {
            return new AdminFailure(AdminFailureKind.MethodNotAllowed, Say.T("The daemon in pod {{pod}} does not allow {{method}} {{path}}.", "pod", pod, "method", request.Method, "path", request.Path),
                Say.T("This Kmesh version does not support it."));
        }
        string line = FirstLine(body);
        return new AdminFailure(AdminFailureKind.DaemonError,
            line.Length > 0
                ? Say.T("The daemon in pod {{pod}} answered {{method}} {{path}} with HTTP {{status}}: {{message}}", "pod", pod, "method", request.Method, "path", request.Path, "status", response.Status, "message", line)
                : Say.T("The daemon in pod {{pod}} answered {{method}} {{path}} with HTTP {{status}} and an empty body", "pod", pod, "method", request.Method, "path", request.Path, "status", response.Status),
            Say.T("The message comes from the Kmesh daemon itself; its logs say more."));
    }
}
