using System.Collections.Generic;
using Kmesh.Model.Settings;
using Kmesh.Model.Text;

namespace Kmesh.Model.Transport;

/// <summary>The argv of the exec strategy, or why the request cannot be sent safely.</summary>
public sealed record ExecCommandResult(IReadOnlyList<string>? Argv, string? Error);

/// <summary>Builds the command run in container <c>kmesh</c> to reach the admin server: curl when the image has it,
/// else bash's <c>/dev/tcp</c> with a plain HTTP/1.0 request, run by bash itself (a <c>/bin/sh</c> such as dash or
/// busybox has no <c>/dev/tcp</c>); with neither, it says so on stderr and exits 127. The preview server parses this
/// format.
/// Nothing the caller passes can reach the shell unquoted: the path is limited to a safe character set and the
/// body to printable ASCII without quote, percent or backslash (it sits inside single quotes and a printf format).</summary>
public static class ExecCommand
{
    public const string Host = "127.0.0.1";

    /// <summary>What the command prints on stderr when the image has neither curl nor bash.</summary>
    public const string NoClientMessage = "kmesh-admin: neither curl nor bash is installed in container kmesh";

    /// <summary>The command for the default admin port (15200).</summary>
    public static ExecCommandResult Build(AdminRequest request) => Build(request, KmeshSettings.DefaultAdminPort);

    /// <summary>The same command for another port of the pod's loopback (a configured admin port, the metrics port).</summary>
    public static ExecCommandResult Build(AdminRequest request, int port)
    {
        string? problem = ValidateMethod(request.Method) ?? ValidatePath(request.Path) ?? ValidateBody(request.Body);
        if (problem is not null) return new ExecCommandResult(null, problem);
        string method = request.Method;
        string path = request.Path;
        string? body = request.Body is null || request.Body.Length == 0 ? null : request.Body;

        string curlData = body is null ? "" : $" -H 'Content-Type: application/json' --data-binary '{body}'";
        string curl = $"curl -sS -i --max-time 10 -X {method}{curlData} 'http://{Host}:{port}{path}'";
        string headers = body is null ? "" : $"Content-Type: application/json\\r\\nContent-Length: {body.Length}\\r\\n";
        // Inside bash -c '…': each single quote of the printf format is written '\'' (close, escaped quote, reopen).
        string printf = $"printf '\\''{method} {path} HTTP/1.0\\r\\nHost: {Host}:{port}\\r\\n{headers}\\r\\n{body ?? ""}'\\''";
        string devTcp = $"exec bash -c 'exec 3<>/dev/tcp/{Host}/{port} && {printf} >&3 && cat <&3'";
        string script = $"if command -v curl >/dev/null 2>&1; then {curl}; elif command -v bash >/dev/null 2>&1; then {devTcp}; "
            + $"else echo '{NoClientMessage}' >&2; exit 127; fi";
        return new ExecCommandResult(new List<string> { "/bin/sh", "-c", script }, null);
    }

    private static string? ValidateMethod(string method)
        => method == "GET" || method == "POST" ? null : Say.T("method \"{{method}}\" is not allowed (only GET and POST)", "method", method);

    /// <summary>A path starting with '/', made of letters, digits and <c>/ _ - . ? = &amp; , :</c>.</summary>
    public static string? ValidatePath(string path)
    {
        if (path.Length == 0 || path[0] != '/') return Say.T("the admin path must start with '/'");
        if (path.Length > 512) return Say.T("the admin path is longer than 512 characters");
        for (int i = 0; i < path.Length; i++)
        {
            int c = path[i];
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '/' || c == '_' || c == '-' || c == '.' || c == '?' || c == '=' || c == '&' || c == ',' || c == ':';
            if (!ok) return Say.T("the admin path contains a character that is not allowed at position {{position}}", "position", i + 1);
        }
        return null;
    }

    /// <summary>Printable ASCII without <c>' % \</c>: safe inside single quotes and a printf format, and its
    /// length in characters is its Content-Length in bytes.</summary>
    public static string? ValidateBody(string? body)
    {
        if (body is null) return null;
        if (body.Length > 4096) return Say.T("the request body is longer than 4096 characters");
        for (int i = 0; i < body.Length; i++)
        {
            int c = body[i];
            if (c < 0x20 || c > 0x7e) return Say.T("the request body contains a non-printable or non-ASCII character at position {{position}}", "position", i + 1);
            if (c == '\'' || c == '%' || c == '\\') return Say.T("the request body contains a character that is not allowed at position {{position}}", "position", i + 1);
        }
        return null;
    }
}
