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
}

/// <summary>A user-facing explanation: what failed and how to fix it.</summary>
public sealed record AdminFailure(AdminFailureKind Kind, string Message, string Hint);

public enum TransportStrategy { PodProxy, Exec }

/// <summary>Turns Headlamp errors, exec output and daemon answers into <see cref="AdminFailure"/>s.</summary>
public static class FailureClassifier
{
    private const string Ns = PodProxyPath.Namespace;

    public static AdminFailure Forbidden(TransportStrategy strategy) => strategy == TransportStrategy.PodProxy
        ? new AdminFailure(AdminFailureKind.Forbidden,
            $"Forbidden: your account may not get pods/proxy in namespace {Ns}.",
            $"Grant the verb \"get\" on resource \"pods/proxy\" in namespace {Ns} (a Role and RoleBinding).")
        : new AdminFailure(AdminFailureKind.Forbidden,
            $"Forbidden: your account may not create pods/exec in namespace {Ns}.",
            $"Grant the verb \"create\" on resource \"pods/exec\" in namespace {Ns} (a Role and RoleBinding).");

    private static bool Has(string text, string part) => text.ToLowerInvariant().Contains(part);

    public static AdminFailure FromHeadlampError(HeadlampApiError error, TransportStrategy strategy, string pod)
    {
        string message = error.Message;
        if (error.Status == 403 || Has(message, "forbidden")) return Forbidden(strategy);
        if (error.Status == 408 || Has(message, "timeout") || Has(message, "timed out"))
        {
            return new AdminFailure(AdminFailureKind.Timeout, $"The request to pod {pod} timed out.",
                "The daemon may be overloaded or restarting; try again.");
        }
        if (Has(message, "connection refused"))
        {
            return strategy == TransportStrategy.PodProxy
                ? new AdminFailure(AdminFailureKind.ConnectionRefused,
                    $"Pod {pod} refused the connection on port {PodProxyPath.AdminPort} through the pod proxy.",
                    "The daemon binds its admin API to localhost only; the exec strategy is needed.")
                : ConnectionRefused(pod);
        }
        if (IsContainerNotRunning(message)) return ContainerNotRunning(pod);
        if (error.Status == 404)
        {
            return Has(message, "pods") && Has(message, "not found")
                ? new AdminFailure(AdminFailureKind.PodNotFound, $"Pod {pod} no longer exists in {Ns}.", "Reload the page to list the current daemon pods.")
                : new AdminFailure(AdminFailureKind.NotFound, $"Pod {pod} answered 404 Not Found.", "This Kmesh version may not have this admin route.");
        }
        if (error.Status == 400 && Has(message, "invalid client mode")) return WrongMode(pod);
        return new AdminFailure(AdminFailureKind.Unreachable,
            error.Status > 0 ? $"Pod {pod} could not be reached ({error.Status}): {message}" : $"Pod {pod} could not be reached: {message}",
            "Check that the pod is running and that the API server can reach it.");
    }

    private static bool IsContainerNotRunning(string message)
        => Has(message, "container not found") || Has(message, "is not running") || Has(message, "container is terminated")
            || Has(message, "containercreating") || Has(message, "pod is not running");

    private static AdminFailure ConnectionRefused(string pod) => new AdminFailure(AdminFailureKind.ConnectionRefused,
        $"The Kmesh daemon in pod {pod} refused the connection on 127.0.0.1:{PodProxyPath.AdminPort}.",
        "The daemon may still be starting or its admin server failed; check the pod's logs.");

    private static AdminFailure ContainerNotRunning(string pod) => new AdminFailure(AdminFailureKind.ContainerNotRunning,
        $"Container kmesh in pod {pod} is not running.",
        "Wait for the pod to become ready, or look at its events and logs.");

    public static AdminFailure WrongMode(string pod) => new AdminFailure(AdminFailureKind.WrongMode,
        $"The daemon in pod {pod} runs the other mode and has no such dump (400 Invalid Client Mode).",
        "Use the views of the mode the daemon runs (see its --mode argument).");

    /// <summary>Exec failed before producing a response: read the stream error, then stderr and stdout.</summary>
    public static AdminFailure FromExecOutput(ExecOutput output, string pod, ParseError? parseError)
    {
        if (output.Error is not null) return FromHeadlampError(output.Error, TransportStrategy.Exec, pod);
        string all = output.Stderr + "\n" + output.Stdout;
        if (Has(all, "connection refused") || Has(all, "couldn't connect") || Has(all, "failed to connect")) return ConnectionRefused(pod);
        if (Has(all, "timed out") || Has(all, "curl: (28)"))
        {
            return new AdminFailure(AdminFailureKind.Timeout, $"The admin request inside pod {pod} timed out.",
                "The daemon may be overloaded or restarting; try again.");
        }
        if (IsContainerNotRunning(all)) return ContainerNotRunning(pod);
        if (Has(all, "/bin/sh") && Has(all, "no such file"))
        {
            return new AdminFailure(AdminFailureKind.Unreachable, $"Container kmesh in pod {pod} has no /bin/sh.",
                "This image cannot be queried by exec; a daemon that binds its pod IP would allow the pod proxy.");
        }
        string detail = parseError is null ? "" : $" ({parseError.Message})";
        return new AdminFailure(AdminFailureKind.BadResponse, $"Pod {pod} did not return a readable HTTP response{detail}.",
            "Check the daemon's logs; the admin server may have crashed mid-response.");
    }

    /// <summary>A non-2xx answer from the daemon itself; null for success.</summary>
    public static AdminFailure? FromResponse(AdminResponse response, AdminRequest request, string pod)
    {
        if (response.IsSuccess) return null;
        if (response.IsInvalidClientMode) return WrongMode(pod);
        string body = response.Body.Trim();
        if (response.Status == 404)
        {
            return new AdminFailure(AdminFailureKind.NotFound, $"The daemon in pod {pod} has no route {request.Method} {request.Path}.",
                "This Kmesh version may not support it.");
        }
        if (response.Status == 405)
        {
            return new AdminFailure(AdminFailureKind.MethodNotAllowed, $"The daemon in pod {pod} does not allow {request.Method} {request.Path}.",
                "This Kmesh version does not support it.");
        }
        return new AdminFailure(AdminFailureKind.DaemonError, $"The daemon in pod {pod} answered {response.Status}: {body}",
            "Read the message; it comes from the Kmesh daemon.");
    }
}
