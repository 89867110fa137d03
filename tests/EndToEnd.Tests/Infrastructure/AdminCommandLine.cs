using System.Collections.Generic;

namespace Kmesh.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The exact argv the plugin's model layer sends to reach the admin API through exec (agreed with the plugin):
/// curl when the image has it, else a raw HTTP/1.0 request over bash's /dev/tcp.
/// </summary>
public static class AdminCommandLine
{
    public static IReadOnlyList<string> For(string method, string path, string? jsonBody = null)
    {
        var curlBody = jsonBody is null ? "" : $" -H 'Content-Type: application/json' --data-binary '{Quote(jsonBody)}'";
        var rawHeaders = jsonBody is null
            ? ""
            : $"Content-Type: application/json\\r\\nContent-Length: {System.Text.Encoding.UTF8.GetByteCount(jsonBody)}\\r\\n";
        var rawBody = jsonBody is null ? "" : Quote(jsonBody.Replace("%", "%%"));
        var script =
            $"if command -v curl >/dev/null 2>&1; then curl -sS -i --max-time 10 -X {method}{curlBody} 'http://127.0.0.1:15200{path}'; " +
            $"else exec 3<>/dev/tcp/127.0.0.1/15200 && printf '{method} {path} HTTP/1.0\\r\\nHost: 127.0.0.1:15200\\r\\n{rawHeaders}\\r\\n{rawBody}' >&3 && cat <&3; fi";
        return new[] { "/bin/sh", "-c", script };
    }

    /// <summary>Single-quote escaping for sh: close, escaped quote, reopen.</summary>
    private static string Quote(string text) => text.Replace("'", "'\\''");
}
