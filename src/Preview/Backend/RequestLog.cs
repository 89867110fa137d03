using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kmesh.Preview.Backend;

/// <summary>
/// Records every request the page makes to the simulated cluster and plugin folder, for the benchmark's
/// "HTTP requests per view" figure: <c>GET /preview/requests</c> lists them (with the server time to the first response byte),
/// <c>DELETE</c> clears.
/// </summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<JsonObject> entries = new();

    public void Record(string method, string pathAndQuery, int status, double milliseconds, bool webSocket) =>
        entries.Enqueue(new JsonObject
        {
            ["method"] = method,
            ["path"] = pathAndQuery,
            ["status"] = status,
            ["webSocket"] = webSocket,
            ["serverMs"] = Math.Round(milliseconds, 1),
        });

    public JsonObject Snapshot()
    {
        var all = entries.ToArray();
        return new JsonObject
        {
            ["total"] = all.Length,
            ["requests"] = new JsonArray(all.Select(e => (JsonNode)e.DeepClone()).ToArray()),
        };
    }

    public void Clear() => entries.Clear();
}

public static class RequestLogEndpoints
{
    /// <summary>Logs requests under /clusters/ and /plugins (the traffic a view causes), not the page's own assets.</summary>
    public static void UseRequestLog(this WebApplication app, RequestLog log)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (!path.StartsWith("/clusters/", StringComparison.Ordinal) && !path.StartsWith("/plugins", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }
            var clock = Stopwatch.StartNew();
            var webSocket = context.WebSockets.IsWebSocketRequest;
            var recorded = 0;
            void Record()
            {
                // Once per request, when the response starts: open watches and exec streams count as soon as they are accepted.
                if (Interlocked.Exchange(ref recorded, 1) == 0)
                {
                    log.Record(context.Request.Method, path + context.Request.QueryString, context.Response.StatusCode, clock.Elapsed.TotalMilliseconds, webSocket);
                }
            }
            context.Response.OnStarting(() =>
            {
                Record();
                return Task.CompletedTask;
            });
            try
            {
                await next(context);
            }
            finally
            {
                Record();
            }
        });
        app.MapGet("/preview/requests", () => Results.Json(log.Snapshot()));
        app.MapDelete("/preview/requests", () =>
        {
            log.Clear();
            return Results.NoContent();
        });
    }
}
