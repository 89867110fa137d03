using System.Collections.Generic;
using System.Text;

namespace Kmesh.Preview.Admin;

/// <summary>
/// What the daemon's Go HTTP handler produced: status, the headers the handler set itself, and the body.
/// <see cref="Crashed"/> means the handler panicked, so net/http dropped the connection without any response.
/// </summary>
public sealed record AdminResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> HandlerHeaders, byte[] Body, bool Crashed = false)
{
    private static readonly IReadOnlyList<KeyValuePair<string, string>> NoHeaders = new List<KeyValuePair<string, string>>();

    /// <summary>A handler that just wrote bytes (Go sniffs the content type).</summary>
    public static AdminResponse Ok(byte[] body) => new(200, NoHeaders, body);

    public static AdminResponse Ok(string body) => Ok(Encoding.UTF8.GetBytes(body));

    /// <summary><c>w.WriteHeader(status); w.Write(body)</c> without setting headers.</summary>
    public static AdminResponse Plain(int status, string body) => new(status, NoHeaders, Encoding.UTF8.GetBytes(body));

    /// <summary>Go's <c>http.Error(w, message, status)</c>: sets text/plain + nosniff and appends a newline.</summary>
    public static AdminResponse Error(int status, string message) => new(status, new List<KeyValuePair<string, string>>
    {
        new("Content-Type", "text/plain; charset=utf-8"),
        new("X-Content-Type-Options", "nosniff"),
    }, Encoding.UTF8.GetBytes(message + "\n"));

    public static AdminResponse Panic() => new(0, NoHeaders, System.Array.Empty<byte>(), Crashed: true);
}
