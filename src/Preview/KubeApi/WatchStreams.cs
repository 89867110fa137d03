using System;
using System.Linq;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Kmesh.Preview.KubeApi;

/// <summary>
/// Serves <c>?watch=1</c> over WebSocket (one text message per event, subprotocol <c>base64.binary.k8s.io</c> echoed when
/// offered, like Headlamp's own connections expect) or as a chunked HTTP stream of newline-separated events.
/// Both then stay open, as a real watch does, until the client goes away.
/// </summary>
public static class WatchStreams
{
    public const string WatchProtocol = "base64.binary.k8s.io";

    public static async Task ServeAsync(HttpContext context, ResourceCollection collection, string? ns, ListQuery query, CancellationToken cancel,
        WatchHub? changes = null)
    {
        System.Action unsubscribe = () => { };
        var later = changes?.Subscribe(collection.Type, out unsubscribe);
        if (changes is not null && later is not null && query.ResourceVersion is > 0)
        {
            var replay = System.Threading.Channels.Channel.CreateUnbounded<WatchChange>();
            foreach (var deleted in changes.DeletedSince(collection.Type, query.ResourceVersion.Value))
            {
                replay.Writer.TryWrite(deleted);
            }
            var live = later;
            _ = Task.Run(async () =>
            {
                try
                {
                    await foreach (var change in live.ReadAllAsync(cancel))
                    {
                        replay.Writer.TryWrite(change);
                    }
                }
                catch (OperationCanceledException)
                {
                    // The watch ended.
                }
                replay.Writer.TryComplete();
            }, CancellationToken.None);
            later = replay.Reader;
        }
        try
        {
            await ServeEventsAsync(context, collection, ns, query, later, cancel);
        }
        finally
        {
            unsubscribe();
        }
    }

    /// <summary>Changes after the watch began that this watch selects, as event messages.</summary>
    private static async Task ForwardAsync(System.Threading.Channels.ChannelReader<WatchChange>? later, string? ns, ListQuery query,
        Func<byte[], Task> send, CancellationToken cancel)
    {
        if (later is null)
        {
            return;
        }
        try
        {
            await foreach (var change in later.ReadAllAsync(cancel))
            {
                var item = change.Object;
                if ((ns is not null && item.Namespace != ns) || !query.Labels.Matches(item.Labels) || !query.Fields.Matches(item))
                {
                    continue;
                }
                await send(WatchEvents.Event(change.EventType, item.ObjectJson));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or System.IO.IOException)
        {
            // The watch ended.
        }
    }

    private static async Task ServeEventsAsync(HttpContext context, ResourceCollection collection, string? ns, ListQuery query,
        System.Threading.Channels.ChannelReader<WatchChange>? later, CancellationToken cancel)
    {
        var events = WatchEvents.Initial(collection, ns, query);
        if (context.WebSockets.IsWebSocketRequest)
        {
            var offered = context.WebSockets.WebSocketRequestedProtocols;
            var protocol = offered.Contains(WatchProtocol) ? WatchProtocol : offered.FirstOrDefault(p => p == "base64url.binary.k8s.io");
            using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol);
            foreach (var message in events)
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, true, cancel);
            }
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            var forward = ForwardAsync(later, ns, query, message => socket.SendAsync(message, WebSocketMessageType.Text, true, stop.Token), stop.Token);
            await DrainUntilClosedAsync(socket, cancel);
            stop.Cancel();
            await forward;
            return;
        }
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.StartAsync(cancel);
        foreach (var message in events)
        {
            await context.Response.Body.WriteAsync(message, cancel);
            await context.Response.Body.WriteAsync("\n"u8.ToArray(), cancel);
        }
        await context.Response.Body.FlushAsync(cancel);
        var timeout = TimeSpan.FromSeconds(int.TryParse(context.Request.Query["timeoutSeconds"], out var seconds) ? seconds : 1800);
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            stop.CancelAfter(timeout);
            await ForwardAsync(later, ns, query, async message =>
            {
                await context.Response.Body.WriteAsync(message, stop.Token);
                await context.Response.Body.WriteAsync("\n"u8.ToArray(), stop.Token);
                await context.Response.Body.FlushAsync(stop.Token);
            }, stop.Token);
            if (later is null)
            {
                await Task.Delay(timeout, cancel);
            }
        }
        catch (OperationCanceledException)
        {
            // The client closed the watch.
        }
    }

    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationToken aborted)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, aborted);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The page navigated away or the server is stopping.
        }
    }
}
