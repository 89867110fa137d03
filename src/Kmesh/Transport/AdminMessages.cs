using System.Collections.Generic;

namespace Kmesh.Model.Transport;

/// <summary>A call to the daemon admin server on localhost:15200. <see cref="Path"/> includes any query.</summary>
public sealed record AdminRequest(string Method, string Path, string? Body)
{
    public static AdminRequest Get(string path) => new AdminRequest("GET", path, null);
    public static AdminRequest Post(string path, string? jsonBody) => new AdminRequest("POST", path, jsonBody);
}

public sealed record HttpHeader(string Name, string Value);

/// <summary>The admin server's answer. The body is text whatever the content type (it sends text/plain).</summary>
public sealed record AdminResponse(int Status, IReadOnlyList<HttpHeader> Headers, string Body)
{
    public bool IsSuccess => Status >= 200 && Status < 300;

    /// <summary>The first header of that name, case-insensitively, or null.</summary>
    public string? Header(string name)
    {
        foreach (HttpHeader header in Headers)
        {
            if (Json.JsonValue.AsciiEqualsIgnoreCase(header.Name, name)) return header.Value;
        }
        return null;
    }

    /// <summary>The daemon's answer to a dump of the mode it is not running: 400 <c>"\tInvalid Client Mode\n"</c>.</summary>
    public bool IsInvalidClientMode => Status == 400 && Body.Trim() == "Invalid Client Mode";
}

/// <summary>An error as Headlamp reports it (ApiProxy.request rejects with an Error carrying <c>status</c> and
/// <c>message</c>; a failed exec stream likewise). <see cref="Status"/> is 0 when no HTTP status is known.</summary>
public sealed record HeadlampApiError(int Status, string Message);

/// <summary>What the pod-proxy strategy's delegate returns: the daemon's response, or the error.</summary>
public sealed record ProxyOutcome(AdminResponse? Response, HeadlampApiError? Error)
{
    public static ProxyOutcome Answered(AdminResponse response) => new ProxyOutcome(response, null);
    public static ProxyOutcome Failed(HeadlampApiError error) => new ProxyOutcome(null, error);
}

/// <summary>What the exec strategy's delegate returns: the command's stdout and stderr, or the error that kept
/// the stream from running (e.g. 403 on the WebSocket upgrade).</summary>
public sealed record ExecOutput(string Stdout, string Stderr, HeadlampApiError? Error);
