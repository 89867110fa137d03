using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Kmesh.Preview.KubeApi;
using Kmesh.Preview.Scenarios;
using Microsoft.AspNetCore.Http;

namespace Kmesh.Preview.Exec;

/// <summary>
/// <c>pods/&lt;name&gt;/exec</c> over WebSocket: checks the container like the kubelet does, runs the command against the
/// simulated container (the kmesh container answers the admin-API command), streams stdout/stderr and ends with the
/// Status on channel 3.
/// </summary>
public static class ExecEndpoint
{
    private const int ChunkSize = 32 * 1024;

    public static async Task ServeAsync(HttpContext context, SimulatedCluster cluster, string ns, string podName, CancellationToken cancel)
    {
        var query = context.Request.Query;
        var command = query["command"].Where(c => c is not null).Select(c => c!).ToList();
        var model = cluster.Model;
        var daemon = ns == ClusterParts.KmeshNamespace ? model.Daemons.FirstOrDefault(d => d.PodName == podName) : null;
        var containers = daemon is not null
            ? new[] { "kmesh" }
            : new[] { PodContainer(model, ns, podName) };
        var container = query["container"].FirstOrDefault() ?? containers[0];

        if (!containers.Contains(container))
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.BadRequest($"container {container} is not valid for pod {podName}"));
            return;
        }
        if (command.Count == 0)
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.BadRequest("you must specify at least 1 command"));
            return;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.BadRequest("Upgrade request required"));
            return;
        }
        if (daemon is { Health: DaemonHealth.CrashLoopBackOff })
        {
            // The kubelet refuses before upgrading; the API server relays its plain-text 500.
            context.Response.StatusCode = 500;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"container not found (\"{container}\")");
            return;
        }

        var protocol = ChannelProtocol.Negotiate(context.WebSockets.WebSocketRequestedProtocols);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol.Name);
        var server = daemon is null ? null : cluster.Admin.ForPod(daemon.PodName);
        var result = AdminCommand.Run(command, server, model.ImageHasCurl, DateTime.UtcNow);
        if (query["tty"].ToString() is "1" or "true")
        {
            // A terminal has one output stream: the kubelet sends everything on stdout.
            result = result with { Stdout = [.. result.Stdout, .. result.Stderr], Stderr = Array.Empty<byte>() };
        }
        try
        {
            // Like the kubelet: an empty message on the first output channel says the stream is established.
            await SendAsync(socket, protocol, 1, ReadOnlyMemory<byte>.Empty, cancel);
            await SendChunkedAsync(socket, protocol, 1, result.Stdout, cancel);
            await SendChunkedAsync(socket, protocol, 2, result.Stderr, cancel);
            await SendAsync(socket, protocol, 3, WireJson.Bytes(ExecStatus.For(command, result.ExitCode)), cancel);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancel);
            await DrainAsync(socket, cancel);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away mid-stream.
        }
    }

    private static string PodContainer(ClusterModel model, string ns, string podName)
    {
        var pod = model.Pods.FirstOrDefault(p => p.Namespace == ns && p.Name == podName);
        return pod is null ? "" : pod.Labels.ContainsKey("gateway.istio.io/managed") ? "istio-proxy" : pod.CanonicalName;
    }

    private static async Task SendChunkedAsync(WebSocket socket, ChannelProtocol protocol, byte channel, byte[] data, CancellationToken cancel)
    {
        for (var offset = 0; offset < data.Length; offset += ChunkSize)
        {
            await SendAsync(socket, protocol, channel, data.AsMemory(offset, Math.Min(ChunkSize, data.Length - offset)), cancel);
        }
    }

    private static Task SendAsync(WebSocket socket, ChannelProtocol protocol, byte channel, ReadOnlyMemory<byte> data, CancellationToken cancel)
    {
        var (payload, text) = protocol.Frame(channel, data.Span);
        return socket.SendAsync(payload, text ? WebSocketMessageType.Text : WebSocketMessageType.Binary, true, cancel);
    }

    private static async Task DrainAsync(WebSocket socket, CancellationToken cancel)
    {
        var buffer = new byte[256];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }
        }
    }
}
