using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Kmesh.Preview.Admin;

/// <summary>
/// Lays out a response the way Go's net/http server puts it on the wire: handler headers (sorted), then Date,
/// Content-Length (only when the whole body fit in the 2 KiB pre-chunking buffer), the sniffed Content-Type and,
/// for an HTTP/1.1 request with a bigger body, Transfer-Encoding: chunked.
/// </summary>
public static class GoHttpResponse
{
    private const int BufferBeforeChunking = 2048;

    /// <summary>
    /// The bytes a client shows: for curl -i the header block as received plus the de-chunked body; for a raw
    /// HTTP/1.0 request read with cat, exactly the bytes the server sent.
    /// </summary>
    public static byte[] Render(AdminResponse response, DateTime date, bool http11)
    {
        var headers = new StringBuilder();
        headers.Append(http11 ? "HTTP/1.1 " : "HTTP/1.0 ")
            .Append(response.Status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(ReasonPhrase(response.Status)).Append("\r\n");
        foreach (var header in response.HandlerHeaders.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            headers.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        }
        headers.Append("Date: ").Append(date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture)).Append("\r\n");
        var fitsBuffer = response.Body.Length <= BufferBeforeChunking;
        if (fitsBuffer)
        {
            headers.Append("Content-Length: ").Append(response.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }
        if (response.Body.Length > 0 && !response.HandlerHeaders.Any(h => h.Key == "Content-Type"))
        {
            headers.Append("Content-Type: text/plain; charset=utf-8\r\n");
        }
        if (!fitsBuffer && http11)
        {
            headers.Append("Transfer-Encoding: chunked\r\n");
        }
        headers.Append("\r\n");
        var head = Encoding.ASCII.GetBytes(headers.ToString());
        var result = new byte[head.Length + response.Body.Length];
        head.CopyTo(result, 0);
        response.Body.CopyTo(result, head.Length);
        return result;
    }

    private static string ReasonPhrase(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        _ => "Status " + status.ToString(CultureInfo.InvariantCulture),
    };
}
